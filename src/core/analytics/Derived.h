#pragma once

// Series derived from two symbols' prices: spread (a - b) and ratio (a / b),
// for the chart's derived lines.

#include "SeriesPoint.h"

namespace tickerline {

enum class DerivedKind { Spread, Ratio };   // a - b, a / b

// Latest-of-both pairing: walking both series in time order, every point of either side after both have
// had a value gives one output point at that time from the latest a and latest b (ratio skips b == 0).
// At equal times a's point is walked before b's, so a pair of simultaneous
// points gives two outputs at that time, the second with both new values.
[[nodiscard]] Series derive(const Series &a, const Series &b, DerivedKind kind);

} // namespace tickerline
