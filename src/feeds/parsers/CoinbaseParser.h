#pragma once

#include "StreamFrameParser.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace tickerline {

// Coinbase Exchange WebSocket frames (ws-feed.exchange.coinbase.com):
// ticker (string numbers, ISO µs time, per-product sequence → Tick.sequence,
// last_size → size), heartbeat (→ Heartbeat with the product's sequence),
// subscriptions (→ SubscribeAck), error. Holds a reusable JSON parser: one per
// feed, not thread-safe.
//
// A ticker's sequence is the product's full-channel sequence, so it jumps
// between tickers as a matter of course: equal means duplicate, lower means
// replay, but a jump is not a gap on this channel. Trade ids (a ticker's
// trade_id, a heartbeat's last_trade_id → ParseResult::tradeId) count trades
// and are what a gap check compares.
// Coinbase product ids ("BTC-USD") map to user symbols.
class CoinbaseParser final : public StreamFrameParser
{
public:
    explicit CoinbaseParser(const SymbolMap &symbols = {});

private:
    [[nodiscard]] ParseResult parseLoaded(qint64 nowMs) override;
};

namespace coinbase {

inline constexpr QStringView ProviderName = u"coinbase";

// GET /products/{id}/candles?granularity=S: [[time_s, low, high, open, close,
// volume], …] newest first → bars ascending, interval = granularity.
[[nodiscard]] ParseResult parseCandles(const QByteArray &body, const QString &symbol, qint64 granularitySeconds);

} // namespace coinbase
} // namespace tickerline
