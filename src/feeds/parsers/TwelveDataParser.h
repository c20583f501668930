#pragma once

#include "StreamFrameParser.h"

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QTimeZone>

#include <optional>

namespace tickerline {

// Twelve Data WebSocket frames (wss://ws.twelvedata.com/v1/quotes/price):
// {"event":"price","symbol","timestamp"(s),"price"} → ticks with size 0 (only
// a cumulative day_volume is sent); subscribe-status → SubscribeAck naming
// the symbols that succeeded, and an UnknownSymbol error naming the "fails";
// {"event":"heartbeat","status":"ok"} → Heartbeat. Holds a reusable JSON
// parser: one per feed, not thread-safe.
// Twelve Data spellings ("EUR/USD", "BTC/USD") map to user symbols.
class TwelveDataParser final : public StreamFrameParser
{
public:
    explicit TwelveDataParser(const SymbolMap &symbols = {});

private:
    [[nodiscard]] ParseResult parseLoaded(qint64 nowMs) override;
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
