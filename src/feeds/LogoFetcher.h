#pragma once

#include "HttpPoller.h"
#include "Instrument.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace tickerline {

class Clock;

struct LogoOptions
{
    // {symbolBase}/{SYMBOL}?format=png&size=96 for symbols whose provider names
    // no logo; empty: https://assets.parqet.com/logos/symbol
    QUrl symbolBase;
    QString cacheDir;                      // empty: QStandardPaths::CacheLocation + "/logos"
    qint64 expiryMs = 7 * 86'400'000LL;    // a cached logo is refetched after this
    qint64 retryMs = 3'600'000;            // a failed fetch is not tried again sooner
    qint64 maxBytes = 1024 * 1024;         // larger downloads are aborted
    qint64 deadlineMs = 20'000;
};

// Fetches company logos beside a feed, on its thread, with its own network
// manager so that a slow logo host never delays a quote. Each symbol's logo
// is fetched at most once per expiry: from the provider's URL (Finnhub
// profile2) or the symbol logo service. Only http/https, at most maxBytes,
// only image/* answers. Logos are cached on disk with their fetch time; a
// stale cached logo is served when the network fails. Failures are logged
// and never reach the feed's state.
class LogoFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogoFetcher)
public:
    LogoFetcher(QString provider, const Clock &clock, LogoOptions options = {}, QObject *parent = nullptr);
    ~LogoFetcher() override;

    // The logo of `symbol` from `url`; with an empty url the one already
    // known for the symbol, else the symbol logo service's. Does nothing
    // while the symbol's logo is fresh or on its way, unless `url` names a
    // different source (the provider's own logo beats the generic one).
    void request(const QString &symbol, const QUrl &url = {});
    // Drops everything in flight (the feed stopped).
    void cancelAll();

Q_SIGNALS:
    // Instruments carrying only symbol, provider and the logo (bytes, MIME type, URL).
    void instrumentsArrived(const tickerline::InstrumentList &instruments);

private:
    struct Known
    {
        QUrl url;
        qint64 nextAttemptMs = 0;   // fresh until then
        bool inFlight = false;
    };
    struct Cached
    {
        QByteArray bytes;
        QString mimeType;
        qint64 fetchedMs = 0;
    };

    void handleReply(quint64 id, const HttpReply &reply);
    void publish(const QString &symbol, const QUrl &url, const Cached &logo);
    void settle(const QString &symbol, const QUrl &url, qint64 nextAttemptMs);
    [[nodiscard]] QUrl symbolUrl(const QString &symbol) const;
    [[nodiscard]] QString cachePath(const QUrl &url, QStringView suffix) const;
    [[nodiscard]] std::optional<Cached> readCache(const QUrl &url) const;
    void writeCache(const QUrl &url, const Cached &logo) const;

    QString m_provider;
    const Clock &m_clock;
    LogoOptions m_options;
    HttpPoller m_poller;
    QHash<QString, Known> m_known;                       // by symbol
    QHash<quint64, QPair<QString, QUrl>> m_pending;      // request id → symbol, url
};

} // namespace tickerline
