#pragma once

#include "ParseResult.h"
#include "SymbolTable.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace tickerline {

class JsonFrame;

// Twelve Data WebSocket frames (wss://ws.twelvedata.com/v1/quotes/price):
// {"event":"price","symbol","timestamp"(s),"price"} → ticks with size 0 (only
// a cumulative day_volume is sent); subscribe-status → SubscribeAck naming
// the symbols that succeeded, and an UnknownSymbol error naming the "fails";
// {"event":"heartbeat","status":"ok"} → Heartbeat. Holds a reusable JSON
// parser: one per feed, not thread-safe.
class TwelveDataParser final
{
public:
    explicit TwelveDataParser(const SymbolMap &symbols = {});
    ~TwelveDataParser();
    Q_DISABLE_COPY_MOVE(TwelveDataParser)

    // Twelve Data spellings ("EUR/USD", "BTC/USD") → user symbols; unmapped pass through.
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

// Twelve Data REST bodies (https://api.twelvedata.com). Numbers arrive as
// strings. Errors: {"status":"error","code":400|401|403|404|429,"message"};
// a 429 means the minute's credits are spent, so retryAfterMs points at the
// next minute. `symbol` is the user's symbol the request was for.
namespace twelvedata {

inline constexpr QStringView ProviderName = u"twelvedata";

// /quote → a tick (close at last_quote_at, else timestamp) and an instrument:
// name, currency, exchange, previous_close, fifty_two_week {high, low}.
[[nodiscard]] ParseResult parseQuote(const QByteArray &body, const QString &symbol, qint64 nowMs);

// /time_series → bars ascending. "datetime" values are wall times in the
// zone the request asked for: request timezone=UTC and keep the default, or
// pass the exchange's zone (meta.exchange_timezone) when asking for it.
[[nodiscard]] ParseResult parseTimeSeries(const QByteArray &body, const QString &symbol, qint64 nowMs,
                                          const QTimeZone &zone = QTimeZone::utc());

// "1min" "5min" "15min" "30min" "45min" "1h" "2h" "4h" "8h" "1day" "1week"
// "1month"; months are nominal 30 days.
[[nodiscard]] std::optional<qint64> intervalMs(QStringView interval);

} // namespace twelvedata
} // namespace tickerline
