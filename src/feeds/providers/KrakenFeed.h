#pragma once

#include "KrakenParser.h"
#include "ProviderSpec.h"
#include "StreamingAdapter.h"
#include "SubscriptionBook.h"
#include "TimeUnits.h"

#include <memory>

namespace tickerline {

// Kraken spot trades over WebSocket v2, wss://ws.kraken.com/v2 (--endpoint
// replaces it): {"method":"subscribe","params":{"channel":"trade",
// "symbol":[…]}} on each connect and live. Users write a pair in any of
// Kraken's spellings (BTC/USD, XBTUSD, XXBTZUSD); the stream uses the v2 one
// and ticks come back in the user's.
//
// The first message after a subscribe is a snapshot of recent trades, sent
// again on every reconnect: trade ids rise per pair, so one not above the
// last delivered is a repeat and is dropped (the snapshot is read in id
// order). Two identical prints carry two ids and stay two trades. The spec's
// keep-alive sends {"method":"ping"}, the liveness check Kraken offers;
// heartbeats (about one a second) and pongs keep the link fresh. Reconnects
// backfill 1-minute bars from
// {rest}/0/public/OHLC?pair=XBTUSD&interval=1&since=S (rest being
// https://api.kraken.com, FeedConfig::historyEndpoint or the origin of --endpoint).
class KrakenAdapter final : public BookedStreamingAdapter
{
public:
    static constexpr qint64 DefaultPingIntervalMs = 15'000;
    static constexpr qint64 OhlcMinutes = 1;
    // OHLC answers the newest 720 bars at most, whatever `since` asks: older gaps cannot be filled.
    static constexpr qint64 MaxBarsPerRequest = 720;
    static constexpr qint64 MaxBackfillMs = MaxBarsPerRequest * OhlcMinutes * MsPerMinute;

    // backfillBudget: spacing of the OHLC requests; none: unspaced.
    explicit KrakenAdapter(std::optional<BudgetPolicy> backfillBudget = std::nullopt);

    [[nodiscard]] QUrl url(const FeedConfig &config) const override;
    // Frames (repeats dropped); OHLC replies (tag "ohlc").
    [[nodiscard]] ParseResult parse(const Payload &payload) override;
    [[nodiscard]] QList<PollRequest> takeBackfillRequests(const FeedConfig &config) override;

private:
    [[nodiscard]] QStringList subscriptionMessages(bool subscribe, const QStringList &symbols) override;

    qint64 m_nextRequestId = 1;
};

[[nodiscard]] std::unique_ptr<Feed> makeKrakenFeed(const ProviderSpec &spec, const FeedConfig &config,
                                                   const Clock &clock, const ProviderOptions &options);

} // namespace tickerline
