#pragma once

#include "Feed.h"
#include "FeedStatusTracker.h"
#include "ParseResult.h"

#include <QStringList>

namespace tickerline {

// What the generic network feeds (streaming, polling, SSE) share: status
// reporting, publishing what an adapter parsed, and the reading of a
// provider error. Not a feed by itself.
class NetworkFeed : public Feed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkFeed)
public:
    ~NetworkFeed() override;

protected:
    // How a feed answers a provider error found in a payload.
    enum class ErrorReaction {
        Log,            // Other: the provider complained, data may still flow
        Fail,           // Auth, or every symbol unknown: no retry storm
        BackOff,        // RateLimited: wait retryAfterMs (or a backoff draw)
        SymbolsDropped, // UnknownSymbol for some symbols: they are gone from m_config.symbols
    };

    NetworkFeed(FeedConfig config, const Clock &clock, QObject *parent = nullptr);

    // Emits the ticks, bars and instruments of `result` and counts them and
    // its malformed items; a malformed frame is never fatal. Identical ticks
    // of the result are numbered (Tick::occurrence) so that each is stored.
    void publish(const ParseResult &result);
    // Valid provider data: something to store or show, or a control frame
    // (ping, heartbeat, ack) that shows the provider speaking its protocol.
    [[nodiscard]] static bool deliversData(const ParseResult &result);
    // Decides about result.error (which must be set); `fallbackSymbols` are
    // the ones a nameless UnknownSymbol error refers to (a polled batch).
    [[nodiscard]] ErrorReaction reactTo(const ProviderError &error, const QStringList &fallbackSymbols = {});
    // The provider's words, any echo of the key masked, for logs and statuses.
    [[nodiscard]] QString providerMessage(const ProviderError &error) const;

    FeedStatusTracker m_status;
};

// Symbols in user order without duplicates or blanks.
[[nodiscard]] QStringList uniqueSymbols(const QStringList &symbols);

} // namespace tickerline
