#pragma once

#include "OkxParser.h"
#include "ProviderSpec.h"
#include "StreamingAdapter.h"
#include "SubscriptionBook.h"
#include "TimeUnits.h"

#include <memory>

namespace tickerline {

// OKX spot trades over the v5 public WebSocket,
// wss://ws.okx.com:8443/ws/v5/public (--endpoint replaces it):
// {"op":"subscribe","args":[{"channel":"trades","instId":"BTC-USDT"},…]} on
// each connect and live. A user symbol is its instrument id upper-cased, with
// "/" or "_" read as "-" (btc/usdt → BTC-USDT); ticks come back in the user's
// spelling.
//
// OKX closes a link that received nothing for 30 s (4004 "No data received
// in 30s"): the spec's keep-alive sends the text "ping" every
// PingIntervalMs, and the server's "pong" keeps the link fresh. Trade ids
// rise per instrument, so one not above the last delivered is a repeat and is
// dropped. Reconnects backfill 1-minute candles from
// {rest}/api/v5/market/history-candles (rest being https://www.okx.com,
// FeedConfig::historyEndpoint or the origin of --endpoint).
class OkxAdapter final : public BookedStreamingAdapter
{
public:
    static constexpr qint64 IdleCloseMs = 30'000;       // the server's limit
    static constexpr qint64 PingIntervalMs = 20'000;    // well inside it
    static constexpr qint64 MaxCandlesPerRequest = 100;
    static constexpr qint64 MaxBackfillMs = MsPerDay;

    // backfillBudget: spacing of the candle requests; none: unspaced.
    explicit OkxAdapter(std::optional<BudgetPolicy> backfillBudget = std::nullopt);

    [[nodiscard]] QUrl url(const FeedConfig &config) const override;
    // Frames (repeats dropped); candle replies (tag "candles").
    [[nodiscard]] ParseResult parse(const Payload &payload) override;
    [[nodiscard]] QList<PollRequest> takeBackfillRequests(const FeedConfig &config) override;

    // "BTC-USDT" for BTC-USDT, btc/usdt or BTC_USDT.
    [[nodiscard]] static QString instrumentId(const QString &symbol);

private:
    [[nodiscard]] QStringList subscriptionMessages(bool subscribe, const QStringList &symbols) override;
};

[[nodiscard]] std::unique_ptr<Feed> makeOkxFeed(const ProviderSpec &spec, const FeedConfig &config,
                                                const Clock &clock, const ProviderOptions &options);

} // namespace tickerline
