#pragma once

#include "Feed.h"
#include "LogoFetcher.h"
#include "MetadataPoller.h"
#include "PollingFeed.h"
#include "WebSocketTransport.h"

#include <memory>
#include <optional>

namespace tickerline {

// Tuning for tests and special setups. Unset values are the provider's own
// (its minimum poll interval, its request budget, its heartbeat).
struct ProviderOptions
{
    PollingOptions polling;                          // REST quote feeds
    WebSocketOptions webSocket;                      // streaming feeds
    HttpPollerOptions metadataHttp;                  // streaming feeds' REST metadata
    std::optional<qint64> advisedPollIntervalMs;
    std::optional<qint64> metadataIntervalMs;
    std::optional<qint64> heartbeatIntervalMs;
    LogoOptions logos;
};

// A provider's feed: the feed that brings its ticks (a PollingFeed or a
// StreamingFeed with the provider's adapter), plus what runs beside it: the
// REST metadata cycle a streaming provider needs and the logo fetcher. Only
// the tick feed decides the state; metadata and logo failures are logged.
// A provider that needs a key fails at start without one, before any request.
// With --endpoint, logos without a provider URL come from that host too
// ({origin}/logos/symbol/SYM), so nothing leaves for the real services.
class ProviderFeed final : public Feed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderFeed)
public:
    struct Parts
    {
        QString keyVariable;                        // FINNHUB_API_KEY, …; empty: no key needed
        std::unique_ptr<Feed> ticks;
        std::unique_ptr<MetadataPoller> metadata;   // none: the tick feed has its own cycle
        LogoOptions logos;
    };

    ProviderFeed(FeedConfig config, const Clock &clock, Parts parts, QObject *parent = nullptr);
    ~ProviderFeed() override;

    void start() override;
    void stop() override;
    void setSymbols(const QStringList &symbols) override;

private:
    void handleInstruments(const InstrumentList &instruments);
    void handleSymbolRefreshed(const QString &symbol);

    QString m_keyVariable;
    std::unique_ptr<Feed> m_ticks;
    std::unique_ptr<MetadataPoller> m_metadata;
    LogoFetcher m_logos;
    bool m_running = false;   // feed thread only
};

} // namespace tickerline
