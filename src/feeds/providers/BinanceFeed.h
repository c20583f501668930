#pragma once

#include "BinanceParser.h"
#include "ProviderSpec.h"
#include "StreamingAdapter.h"
#include "SubscriptionBook.h"
#include "TimeUnits.h"

#include <memory>

namespace tickerline {

// Binance spot trades over wss://stream.binance.com:9443/ws (--endpoint
// replaces the origin; a URL without a path gets /ws): one connection, streams
// added and removed live with {"method":"SUBSCRIBE"|"UNSUBSCRIBE",
// "params":["btcusdt@trade"],"id":n}; raw and combined-stream frames both
// parse. Users may write BTCUSDT, BTC-USDT or btc/usdt: the stream name is
// the letters and digits in lower case, and ticks come back in the user's
// spelling.
//
// Binance closes every connection after 24 hours: the feed renews it a little
// earlier, and like any reconnect that backfills 1-minute klines from
// {rest}/api/v3/klines since each symbol's last trade (rest being
// https://api.binance.com, FeedConfig::historyEndpoint or the origin of
// --endpoint). Trade ids rise per symbol, so one not above the last is a
// repeat and is dropped. HTTP 451 on the handshake (a restricted location)
// fails the feed without retries.
class BinanceAdapter final : public BookedStreamingAdapter
{
public:
    static constexpr qint64 ConnectionLimitMs = MsPerDay;
    static constexpr qint64 DefaultMaxConnectionMs = ConnectionLimitMs - 10 * MsPerMinute;
    static constexpr qint64 MaxKlinesPerRequest = 1000;
    static constexpr qint64 MaxBackfillMs = MsPerDay;

    // backfillBudget: spacing of the klines requests; none: unspaced.
    explicit BinanceAdapter(qint64 maxConnectionMs = DefaultMaxConnectionMs,
                            std::optional<BudgetPolicy> backfillBudget = std::nullopt);

    [[nodiscard]] QUrl url(const FeedConfig &config) const override;
    // Frames, repeated trade ids dropped; klines replies (tag "klines").
    [[nodiscard]] ParseResult parse(const Payload &payload) override;
    [[nodiscard]] qint64 maxConnectionMs() const override { return m_maxConnectionMs; }

    [[nodiscard]] QList<PollRequest> takeBackfillRequests(const FeedConfig &config) override;

    // "btcusdt" for BTCUSDT, BTC-USDT or btc/usdt.
    [[nodiscard]] static QString streamSymbol(const QString &symbol);

private:
    [[nodiscard]] QStringList subscriptionMessages(bool subscribe, const QStringList &symbols) override;

    qint64 m_maxConnectionMs;
    qint64 m_nextRequestId = 1;
};

[[nodiscard]] std::unique_ptr<Feed> makeBinanceFeed(const ProviderSpec &spec, const FeedConfig &config,
                                                    const Clock &clock, const ProviderOptions &options);

} // namespace tickerline
