#pragma once

// Internal to tickerline_parsers: small pieces every provider parser needs.

#include "ParseResult.h"

#include <QString>
#include <QUrl>

#include <optional>

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

// One malformed payload: the usual answer to unreadable bytes.
[[nodiscard]] ParseResult malformedPayload();

} // namespace tickerline::support
