#pragma once

#include "CoinbaseParser.h"
#include "ProviderSpec.h"
#include "StreamingAdapter.h"
#include "SubscriptionBook.h"
#include "TimeUnits.h"

#include <QHash>

#include <memory>

namespace tickerline {

// Coinbase Exchange over wss://ws-feed.exchange.coinbase.com (--endpoint
// replaces it): the ticker and heartbeat channels for every product on each
// connect, unsubscribed live. A user symbol is its product id upper-cased
// (BTC-USD). Backfill: 1-minute candles from
// {rest}/products/{id}/candles, rest being https://api.exchange.coinbase.com,
// or FeedConfig::historyEndpoint, or the origin of --endpoint.
//
// Duplicates: a ticker whose sequence is not above the last one of its
// product repeats or replays one already delivered, and is dropped.
//
// Gaps: neither sequences nor ticker trade ids can show one. The sequence
// counts the product's messages on every channel, so it jumps between
// tickers as a rule; and the ticker channel folds the matches of one order
// cascading through the book into one message carrying the last trade's id,
// so trade ids jump between tickers too. What proves a loss is the heartbeat:
// once a second it names the product's newest trade id, and it is sequenced
// after every ticker sent before it. A last_trade_id above the newest id our
// tickers (or the previous heartbeat) showed is a trade whose ticker never
// arrived: the span from the last complete moment to that heartbeat is
// backfilled. A reconnect backfills the whole outage and forgets the trade
// id baseline, which the next heartbeat sets again.
class CoinbaseAdapter final : public BookedStreamingAdapter
{
public:
    static constexpr qint64 CandleSeconds = 60;
    static constexpr qint64 MaxCandlesPerRequest = 300;
    static constexpr qint64 MaxBackfillMs = MsPerDay;

    // backfillBudget: spacing of the candle requests; none: unspaced.
    explicit CoinbaseAdapter(std::optional<BudgetPolicy> backfillBudget = std::nullopt);

    [[nodiscard]] QUrl url(const FeedConfig &config) const override;
    // Frames (heartbeats checked for gaps; repeats and unsubscribed symbols
    // dropped); candle replies (tag "candles").
    [[nodiscard]] ParseResult parse(const Payload &payload) override;

    void noteConnected(qint64 nowMs) override;
    [[nodiscard]] QList<PollRequest> takeBackfillRequests(const FeedConfig &config) override;
    [[nodiscard]] quint64 gapsFound() const { return m_gaps; }

    [[nodiscard]] static QString productId(const QString &symbol);

private:
    void checkHeartbeat(const ParseResult &result, qint64 nowMs);
    [[nodiscard]] QStringList subscriptionMessages(bool subscribe, const QStringList &symbols) override;
    void forget(const QStringList &symbols) override;

    // The newest trade id seen per symbol; none: no baseline (a new product, or after a reconnect).
    QHash<QString, qint64> m_lastTradeIds;
    quint64 m_gaps = 0;
};

[[nodiscard]] std::unique_ptr<Feed> makeCoinbaseFeed(const ProviderSpec &spec, const FeedConfig &config,
                                                     const Clock &clock, const ProviderOptions &options);

} // namespace tickerline
