#pragma once

#include "StreamFrameParser.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace tickerline {

// Kraken WebSocket v2 frames (wss://ws.kraken.com/v2): the trade channel's
// snapshot and update messages (several trades each; numbers as JSON
// numbers, trade_id → Tick.sequence, qty → size, RFC 3339 µs timestamps),
// heartbeats and pongs (→ Heartbeat), subscribe replies (→ SubscribeAck, or
// an error when success is false), status frames (ignored). Symbols are v2
// spellings ("BTC/USD"), mapped to user symbols. One per feed, not thread-safe.
class KrakenParser final : public StreamFrameParser
{
public:
    explicit KrakenParser(const SymbolMap &symbols = {});

private:
    [[nodiscard]] ParseResult parseLoaded(qint64 nowMs) override;
};

namespace kraken {

inline constexpr QStringView ProviderName = u"kraken";

// GET /0/public/OHLC?pair=XBTUSD&interval=1: {"error":[],"result":{"XXBTZUSD":
// [[time_s,"open","high","low","close","vwap","volume",count],…],"last":s}}
// ascending → bars of intervalSeconds; {"error":["EQuery:Unknown asset pair"]} → error.
[[nodiscard]] ParseResult parseOhlc(const QByteArray &body, const QString &symbol, qint64 intervalSeconds);

} // namespace kraken
} // namespace tickerline
