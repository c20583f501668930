#pragma once

#include "ParseResult.h"
#include "SymbolTable.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <memory>

namespace tickerline {

class JsonFrame;

// Binance WebSocket frames: raw trades {"e":"trade","s","t"(trade id →
// sequence),"p","q"(→ size),"T"(ms)}, alone (/ws/…) or wrapped by a combined
// stream (/stream?streams=…) as {"stream","data"}; {"result":…,"id":n} acks
// (→ SubscribeAck, ackId n); {"code","msg"} errors. Pings are WebSocket
// control frames, answered by QWebSocket itself. Holds a reusable JSON parser:
// one per feed, not thread-safe.
class BinanceParser final
{
public:
    explicit BinanceParser(const SymbolMap &symbols = {});
    ~BinanceParser();
    Q_DISABLE_COPY_MOVE(BinanceParser)

    // Binance symbols → user symbols. Keys match case-insensitively ("btcusdt"
    // or "BTCUSDT"); unmapped symbols pass through upper-cased.
    void setSymbolMap(const SymbolMap &symbols);
    [[nodiscard]] ParseResult parseFrame(QByteArrayView frame, qint64 nowMs);
    // QWebSocket hands text messages over as QString: encoded straight into
    // the parser's buffer, without a QByteArray per message.
    [[nodiscard]] ParseResult parseFrame(QStringView frame, qint64 nowMs);

private:
    [[nodiscard]] ParseResult parseLoaded(qint64 nowMs);

    std::unique_ptr<JsonFrame> m_json;
    SymbolTable m_symbols;
    QString m_provider;
};

namespace binance {

inline constexpr QStringView ProviderName = u"binance";

// GET /api/v3/klines: [[openTime ms, "open", "high", "low", "close", "volume",
// closeTime ms, …], …] ascending; a bar's interval is closeTime - openTime + 1.
// Errors: {"code":-1121,"msg":"Invalid symbol."}.
[[nodiscard]] ParseResult parseKlines(const QByteArray &body, const QString &symbol);

} // namespace binance
} // namespace tickerline
