#pragma once

#include "BybitParser.h"
#include "ProviderSpec.h"
#include "StreamingAdapter.h"
#include "SubscriptionBook.h"
#include "TimeUnits.h"

#include <memory>

namespace tickerline {

// Bybit spot trades over the v5 public WebSocket,
// wss://stream.bybit.com/v5/public/spot (--endpoint replaces it):
// {"op":"subscribe","args":["publicTrade.BTCUSDT",…]} on each connect and
// live. A user symbol's letters and digits, upper-cased, are the Bybit symbol
// (BTC-USDT, btc/usdt → BTCUSDT); ticks come back in the user's spelling.
//
// Bybit wants {"op":"ping"} about every 20 s (a WebSocket ping does not
// count): the spec's keep-alive sends it, and its reply keeps the link fresh.
// Trade ids are strings hashed into Tick::sequence (bybit::sequenceOf), which
// do not rise: the book drops an id seen among the symbol's recent ones.
// Reconnects backfill 1-minute klines from {rest}/v5/market/kline (rest
// being https://api.bybit.com, FeedConfig::historyEndpoint or the origin of
// --endpoint).
class BybitAdapter final : public BookedStreamingAdapter
{
public:
    static constexpr qint64 PingIntervalMs = 20'000;
    static constexpr qint64 MaxKlinesPerRequest = 1000;
    static constexpr qint64 MaxBackfillMs = MsPerDay;

    // backfillBudget: spacing of the kline requests; none: unspaced.
    explicit BybitAdapter(std::optional<BudgetPolicy> backfillBudget = std::nullopt);

    [[nodiscard]] QUrl url(const FeedConfig &config) const override;
    // Frames (repeats dropped); kline replies (tag "klines").
    [[nodiscard]] ParseResult parse(const Payload &payload) override;
    [[nodiscard]] QList<PollRequest> takeBackfillRequests(const FeedConfig &config) override;

    // "BTCUSDT" for BTC-USDT, btc/usdt or BTCUSDT.
    [[nodiscard]] static QString bybitSymbol(const QString &symbol);

private:
    [[nodiscard]] QStringList subscriptionMessages(bool subscribe, const QStringList &symbols) override;
};

[[nodiscard]] std::unique_ptr<Feed> makeBybitFeed(const ProviderSpec &spec, const FeedConfig &config,
                                                  const Clock &clock, const ProviderOptions &options);

} // namespace tickerline
