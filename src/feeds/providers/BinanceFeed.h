#pragma once

#include "BinanceParser.h"
#include "StreamHistory.h"
#include "StreamingAdapter.h"
#include "WebSocketTransport.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace tickerline {

class Clock;
class Feed;

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
class BinanceAdapter final : public StreamingAdapter
{
public:
    static constexpr qint64 ConnectionLimitMs = 24 * 3'600'000;
    static constexpr qint64 DefaultMaxConnectionMs = ConnectionLimitMs - 10 * 60'000;
    static constexpr qint64 MaxKlinesPerRequest = 1000;
    static constexpr qint64 MaxBackfillMs = 24 * 3'600'000;

    explicit BinanceAdapter(qint64 maxConnectionMs = DefaultMaxConnectionMs);

    [[nodiscard]] QUrl url(const FeedConfig &config) const override;
    [[nodiscard]] QStringList subscribeMessages(const QStringList &symbols) override;
    [[nodiscard]] QStringList unsubscribeMessages(const QStringList &symbols) override;
    [[nodiscard]] ParseResult parse(QByteArrayView frame, qint64 nowMs) override;
    [[nodiscard]] ParseResult parseText(QStringView frame, qint64 nowMs) override;
    [[nodiscard]] qint64 maxConnectionMs() const override { return m_maxConnectionMs; }

    void noteConnected(qint64 nowMs) override;
    [[nodiscard]] QList<PollRequest> takeBackfillRequests(const FeedConfig &config) override;
    [[nodiscard]] ParseResult parseBackfill(const PollRequest &request, const HttpReply &reply) override;
    [[nodiscard]] std::optional<BudgetPolicy> backfillBudget() const override;

    [[nodiscard]] quint64 duplicatesDropped() const { return m_duplicates; }

    // "btcusdt" for BTCUSDT, BTC-USDT or btc/usdt.
    [[nodiscard]] static QString streamSymbol(const QString &symbol);

private:
    [[nodiscard]] QString request(const QString &method, const QStringList &symbols);
    // Repeated trade ids dropped (counted as ignored).
    [[nodiscard]] ParseResult screened(ParseResult result);
    [[nodiscard]] bool acceptTick(const Tick &tick);

    BinanceParser m_parser;
    qint64 m_maxConnectionMs;
    qint64 m_nextRequestId = 1;
    SymbolMap m_spellings;             // stream symbol → user symbol
    QSet<QString> m_subscribed;        // user symbols
    QHash<QString, qint64> m_lastTradeIds;
    GapTracker m_history;
    quint64 m_duplicates = 0;
};

[[nodiscard]] std::unique_ptr<Feed> makeBinanceFeed(const FeedConfig &config, const Clock &clock,
                                                    const WebSocketOptions &options = {});

} // namespace tickerline
