#pragma once

#include "BitstampParser.h"
#include "ProviderSpec.h"
#include "StreamingAdapter.h"
#include "SubscriptionBook.h"
#include "TimeUnits.h"

#include <memory>

namespace tickerline {

// Bitstamp trades over WebSocket v2, wss://ws.bitstamp.net (--endpoint
// replaces it): {"event":"bts:subscribe","data":{"channel":"live_trades_btcusd"}}
// per pair on each connect, bts:unsubscribe live. A user symbol's letters
// and digits in lower case are the pair (BTC/USD, BTC-USD → btcusd); ticks
// come back in the user's spelling. Trade ids rise per pair: one not above
// the last delivered is a repeat and is dropped.
//
// bts:request_reconnect (the server is about to go away) is honoured at once.
// Without a gap it would need a second socket, subscribed before the first
// one is dropped; WebSocketTransport keeps one link, so the feed reconnects
// instead: trades both links carry are dropped by id, and the moment between
// is backfilled as 1-minute bars from {rest}/api/v2/ohlc/{pair}/ (rest being
// https://www.bitstamp.net, FeedConfig::historyEndpoint or the origin of
// --endpoint) like after any reconnect. The trades of that moment are stored
// as bars, not ticks.
class BitstampAdapter final : public BookedStreamingAdapter
{
public:
    static constexpr qint64 StepSeconds = 60;
    static constexpr qint64 MaxBarsPerRequest = 1000;
    static constexpr qint64 MaxBackfillMs = MsPerDay;

    // backfillBudget: spacing of the OHLC requests; none: unspaced.
    explicit BitstampAdapter(std::optional<BudgetPolicy> backfillBudget = std::nullopt);

    [[nodiscard]] QUrl url(const FeedConfig &config) const override;
    // Frames (repeats dropped); OHLC replies (tag "ohlc").
    [[nodiscard]] ParseResult parse(const Payload &payload) override;
    [[nodiscard]] QList<PollRequest> takeBackfillRequests(const FeedConfig &config) override;

    // "btcusd" for BTC/USD, BTC-USD or btcusd.
    [[nodiscard]] static QString pair(const QString &symbol);

private:
    [[nodiscard]] QStringList subscriptionMessages(bool subscribe, const QStringList &symbols) override;
};

[[nodiscard]] std::unique_ptr<Feed> makeBitstampFeed(const ProviderSpec &spec, const FeedConfig &config,
                                                     const Clock &clock, const ProviderOptions &options);

} // namespace tickerline
