#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <string_view>

namespace tickerline {

// How a provider spells times on the wire.
enum class TimeUnit { Seconds, Milliseconds, Microseconds, Iso8601 };

// Reading values the way providers spell them: numbers as strings, times in
// assorted units. Every reader is strict (the whole text must be the value)
// and returns nullopt rather than a guess.
namespace wire {

// Provider times outside this window are unit mix-ups or placeholders, never
// real quotes: seconds read as ms land in January 1970, ms read as seconds
// past the year 3000, and 0 is Finnhub's "no data". The price is history
// before 1973, which backfill never needs.
inline constexpr qint64 MinTimeMs = 100'000'000'000;      // 1973-03-03T09:46:40Z
inline constexpr qint64 MaxTimeMs = 32'503'680'000'000;   // 3000-01-01T00:00:00Z

[[nodiscard]] bool isPlausibleTimeMs(qint64 ms);

// Decimal text ("99727.43", "1e-3", "NaN"); non-finite results are returned
// as such so that callers count them as invalid prices, not as unreadable.
[[nodiscard]] std::optional<double> parseDecimal(std::string_view text);
[[nodiscard]] std::optional<qint64> parseInteger(std::string_view text);
// YYYY-MM-DD[(T| )HH:MM[:SS[.fraction]]][Z|±HH[:]MM] (no zone: UTC) → UTC ms,
// fraction truncated to ms.
[[nodiscard]] std::optional<qint64> parseIsoTimeMs(std::string_view text);

// "YYYY-MM-DD HH:MM:SS" or "YYYY-MM-DD" (midnight), a wall time in `zone`,
// as Alpha Vantage and Twelve Data write their series.
[[nodiscard]] std::optional<qint64> parseLocalTimeMs(const QString &text, const QTimeZone &zone);

// Epoch values in a unit → UTC ms within [MinTimeMs, MaxTimeMs].
[[nodiscard]] std::optional<qint64> toTimeMs(qint64 value, TimeUnit unit);
[[nodiscard]] std::optional<qint64> toTimeMs(double value, TimeUnit unit);

// REST bodies through QJsonDocument: an object or array root.
[[nodiscard]] std::optional<QJsonValue> parseJson(const QByteArray &body);
// A number, or a string holding one.
[[nodiscard]] std::optional<double> number(const QJsonValue &value);
// An exact integer (QJsonValue keeps 64-bit integers), or a string of digits.
[[nodiscard]] std::optional<qint64> integer(const QJsonValue &value);
[[nodiscard]] std::optional<qint64> timeMs(const QJsonValue &value, TimeUnit unit);

} // namespace wire
} // namespace tickerline
