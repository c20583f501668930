#pragma once

#include "StreamFrameParser.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace tickerline {

// Binance WebSocket frames: raw trades {"e":"trade","s","t"(trade id →
// sequence),"p","q"(→ size),"T"(ms)}, alone (/ws/…) or wrapped by a combined
// stream (/stream?streams=…) as {"stream","data"}; {"result":…,"id":n} acks
// (→ SubscribeAck, ackId n); {"code","msg"} errors. Pings are WebSocket
// control frames, answered by QWebSocket itself. Holds a reusable JSON parser:
// one per feed, not thread-safe.
// Binance symbols map to user symbols case-insensitively ("btcusdt" or
// "BTCUSDT"); unmapped symbols pass through upper-cased.
class BinanceParser final : public StreamFrameParser
{
public:
    explicit BinanceParser(const SymbolMap &symbols = {});

private:
    [[nodiscard]] ParseResult parseLoaded(qint64 nowMs) override;
};

namespace binance {

inline constexpr QStringView ProviderName = u"binance";

// GET /api/v3/klines: [[openTime ms, "open", "high", "low", "close", "volume",
// closeTime ms, …], …] ascending; a bar's interval is closeTime - openTime + 1.
// Errors: {"code":-1121,"msg":"Invalid symbol."}.
[[nodiscard]] ParseResult parseKlines(const QByteArray &body, const QString &symbol);

} // namespace binance
} // namespace tickerline
