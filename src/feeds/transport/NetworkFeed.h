#pragma once

#include "Feed.h"
#include "FeedStatusTracker.h"
#include "LogoFetcher.h"
#include "MetadataPoller.h"
#include "ParseResult.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace tickerline {

// What runs beside a provider's ticks, the same for every provider: the key
// check, the REST metadata cycle a streaming provider needs and the logo
// fetcher. Transport tests and the generic JSON feeds leave it empty.
struct ProviderParts
{
    QString keyVariable;                        // FINNHUB_API_KEY, …; empty: no key needed
    std::unique_ptr<MetadataPoller> metadata;   // none: the ticks' own replies carry the facts
    std::optional<LogoOptions> logos;           // none: no logos
};

// What the generic network feeds (streaming, polling, SSE) share: the
// provider parts, status reporting, publishing what an adapter parsed, and
// the handling of a provider error. Only the transport decides the state;
// metadata and logo failures are logged. A provider that needs a key fails
// at start without one, before any request. With --endpoint, logos without
// a provider URL come from that host too ({origin}/logos/symbol/SYM), so
// nothing leaves for the real services. Not a feed by itself.
class NetworkFeed : public Feed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkFeed)
public:
    ~NetworkFeed() override;

    void start() final;
    void stop() final;
    void setSymbols(const QStringList &symbols) final;

protected:
    // How a feed answers a provider error found in a payload.
    enum class ErrorReaction {
        Log,            // Other: the provider complained, data may still flow
        Fail,           // Auth, or every symbol unknown: no retry storm
        BackOff,        // RateLimited: wait retryAfterMs (or a backoff draw)
        SymbolsDropped, // UnknownSymbol for some symbols: they are gone from m_config.symbols
    };

    NetworkFeed(FeedConfig config, const Clock &clock, ProviderParts parts, QObject *parent = nullptr);

    virtual void startTransport() = 0;
    virtual void stopTransport() = 0;
    // m_config.symbols holds the new list already.
    virtual void updateTransport(const QStringList &previousSymbols) = 0;

    // Emits the ticks, bars and instruments of `result` and counts them and
    // its malformed items; a malformed frame is never fatal. Identical ticks
    // of the result are numbered (Tick::occurrence) so that each is stored.
    // Logos named by the instruments are fetched.
    void publish(const ParseResult &result);
    // Valid provider data: something to store or show, or a control frame
    // (ping, heartbeat, ack) that shows the provider speaking its protocol.
    [[nodiscard]] static bool deliversData(const ParseResult &result);
    // Drops the symbols an UnknownSymbol error names from m_config.symbols,
    // logs the error and returns how the transport must answer it.
    // `fallbackSymbols` are the ones a nameless UnknownSymbol error refers to
    // (a polled batch).
    ErrorReaction applyProviderError(const ProviderError &error, const QStringList &fallbackSymbols = {});
    // The provider's words, any echo of the key masked, for logs and statuses.
    [[nodiscard]] QString providerMessage(const ProviderError &error) const;

    FeedStatusTracker m_status;

private:
    // The symbols an UnknownSymbol error takes away: those it names, else the
    // fallback, else the feed's only symbol; empty when nobody can tell.
    [[nodiscard]] QStringList unknownSymbols(const ProviderError &error, const QStringList &fallbackSymbols) const;
    // The decision alone, for an error whose unknown symbols are `unknown`.
    [[nodiscard]] ErrorReaction reactionTo(const ProviderError &error, const QStringList &unknown) const;
    void requestLogos(const InstrumentList &instruments);

    QString m_keyVariable;
    std::unique_ptr<MetadataPoller> m_metadata;
    std::unique_ptr<LogoFetcher> m_logos;
    bool m_running = false;   // feed thread only
};

// Symbols in user order without duplicates or blanks.
[[nodiscard]] QStringList uniqueSymbols(const QStringList &symbols);

} // namespace tickerline
