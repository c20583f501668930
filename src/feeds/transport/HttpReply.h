#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

#include <optional>

class QNetworkReply;
class QNetworkRequest;
class QUrl;

namespace tickerline {

// The outcome of one HTTP request, as a value: what the feeds and provider
// adapters see instead of a QNetworkReply.
struct HttpReply
{
    enum class Error {
        None,
        Timeout,       // the absolute deadline passed (a trickling server included)
        Network,       // refused, reset, DNS, bad redirect, body too large, not http(s)
        Tls,           // handshake or certificate failure; never ignored
        Http,          // a status >= 400 other than 429/503; the body may say why
        RateLimited,   // 429 or 503; retryAfterMs when the server said how long
    };

    Error error = Error::None;
    int status = 0;                                   // 0 when no response arrived
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::optional<qint64> retryAfterMs;
    QString message;                                  // one line; URL and key redacted

    [[nodiscard]] bool isOk() const { return error == Error::None; }
    // The first header of that name, compared case-insensitively; empty when absent.
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
};

// Only http and https leave the process: no file:, ftp: or data: URLs from a
// provider's payload or a typo in --endpoint.
[[nodiscard]] bool isHttpUrl(const QUrl &url);

// At most maxRedirects, never to a scheme other than http/https (Qt refuses
// those) and never from https down to http.
void applySafeRedirects(QNetworkRequest &request, int maxRedirects);

// A finished reply as a value. `timedOut` when our own deadline aborted it;
// nowMs resolves an HTTP-date Retry-After.
[[nodiscard]] HttpReply toHttpReply(const QNetworkReply &reply, QByteArray body, bool timedOut, qint64 nowMs);

} // namespace tickerline

Q_DECLARE_METATYPE(tickerline::HttpReply)
