#pragma once

#include <QDate>

namespace tickerline::calendar {

// The Gregorian date of a day of the Chinese lunisolar calendar (ICU's "chinese"
// calendar: astronomical new moons and solar terms for UTC+8), in the Chinese year
// that begins in gregorianYear. month and day are 1-based; leap months are never
// meant. Invalid if ICU cannot compute it.
[[nodiscard]] QDate chineseCalendarDate(int gregorianYear, int month, int day);

// Qingming, the solar term at 15° solar longitude (4 or 5 April), by the usual
// approximation for 2000–2099.
[[nodiscard]] QDate qingming(int year);

} // namespace tickerline::calendar
