#pragma once

// Internal to tickerline_parsers: small pieces every provider parser needs.

#include "ParseResult.h"
#include "WireValues.h"

#include <QJsonArray>
#include <QLatin1String>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <cmath>
#include <optional>
#include <span>

namespace tickerline::support {

[[nodiscard]] Instrument makeInstrument(const QString &symbol, const QString &provider, qint64 nowMs);

// Sets both 52-week values when they form a plausible range, neither when not.
// Returns false when values were given but rejected (the caller counts it).
[[nodiscard]] bool setWeek52(Instrument &instrument, std::optional<double> high, std::optional<double> low);

// A logo or web URL from a payload, accepted only as absolute http(s): a
// hostile endpoint must not steer the logo fetcher to file:// or data: URLs.
[[nodiscard]] QUrl httpUrl(const QString &text);

// Valid prices with low <= open, close <= high: a bar that breaks this is
// corrupt (swapped or misaligned columns), and a chart would draw it inside out.
[[nodiscard]] bool isValidOhlc(double open, double high, double low, double close);
// Bars ascending by time, as ParseResult promises, whatever order the provider used.
void sortBars(BarBatch &bars);

// A size or volume that is there, finite and not negative.
[[nodiscard]] inline bool isValidSize(std::optional<double> size)
{
    return size && *size >= 0.0 && std::isfinite(*size);
}

// A tick of `symbol` at `timeMs`, received at `nowMs`; without a sequence: -1.
[[nodiscard]] Tick makeTick(const QString &symbol, const QString &provider, qint64 timeMs, double price, qint64 nowMs,
                            double size = 0.0, qint64 sequence = -1);

// A REST quote: its tick, and the previous close as an instrument fact when
// the provider gave a valid one.
void appendQuote(ParseResult &result, const Tick &tick, std::optional<double> previousClose);

// Where a provider's candle rows (arrays) hold their values. closeTime < 0:
// every bar spans intervalMs; otherwise the bar ends at that column's time (inclusive).
struct CandleColumns
{
    int time = 0;
    TimeUnit timeUnit = TimeUnit::Seconds;
    int open = 0;
    int high = 0;
    int low = 0;
    int close = 0;
    int volume = 0;
    int closeTime = -1;
    qint64 intervalMs = 0;
};

// Rows of numbers (or numeric strings) into result.bars, ascending; a row
// that is short, not finite or not a valid OHLC counts as malformed.
void appendCandles(ParseResult &result, const QJsonArray &rows, const CandleColumns &columns, const QString &symbol,
                   const QString &provider);

// "15m", "1day": a count and a unit suffix, 1..1000 of them. Units are tried
// in order, so a suffix that ends another ("month" and "h") comes first.
struct IntervalUnit
{
    QLatin1String suffix;
    qint64 ms;
};
[[nodiscard]] std::optional<qint64> intervalMs(QStringView interval, std::span<const IntervalUnit> units);

// One malformed payload: the usual answer to unreadable bytes.
[[nodiscard]] ParseResult malformedPayload();

} // namespace tickerline::support
