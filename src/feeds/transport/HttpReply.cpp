#include "HttpReply.h"

#include "ProviderError.h"
#include "Redaction.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace tickerline {

namespace {

bool isTlsError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError;
}

} // namespace

QByteArray HttpReply::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool isHttpUrl(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

void applySafeRedirects(QNetworkRequest &request, int maxRedirects)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(maxRedirects);
}

HttpReply toHttpReply(const QNetworkReply &reply, QByteArray body, bool timedOut, qint64 nowMs)
{
    HttpReply out;
    out.status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.headers = reply.rawHeaderPairs();
    out.body = std::move(body);
    const QUrl url = reply.request().url();
    const QString where = redactedUrl(url);
    const QString reason = reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();

    if (timedOut) {
        out.error = HttpReply::Error::Timeout;
        out.message = QStringLiteral("Timed out: %1").arg(where);
    } else if (out.status == 429 || out.status == 503) {
        out.error = HttpReply::Error::RateLimited;
        out.retryAfterMs = parseRetryAfter(out.header("Retry-After"), nowMs);
        out.message = QStringLiteral("HTTP %1 %2: %3").arg(out.status).arg(reason, where);
    } else if (out.status >= 400) {
        out.error = HttpReply::Error::Http;
        out.message = QStringLiteral("HTTP %1 %2: %3").arg(out.status).arg(reason, where);
    } else if (reply.error() != QNetworkReply::NoError) {
        out.error = isTlsError(reply.error()) ? HttpReply::Error::Tls : HttpReply::Error::Network;
        // Qt's error strings may embed the URL, key and all.
        out.message = QStringLiteral("%1: %2").arg(redactedMessage(reply.errorString(), url).simplified(), where);
    }
    return out;
}

} // namespace tickerline
