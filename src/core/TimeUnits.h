#pragma once

#include <QtGlobal>

namespace tickerline {

// Milliseconds per unit: every time in Tickerline is qint64 ms since the epoch
// (UTC), so these are the only conversions any module needs.
inline constexpr qint64 MsPerSecond = 1'000;
inline constexpr qint64 MsPerMinute = 60 * MsPerSecond;
inline constexpr qint64 MsPerHour = 60 * MsPerMinute;
inline constexpr qint64 MsPerDay = 24 * MsPerHour;

} // namespace tickerline
