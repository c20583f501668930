#pragma once

#include <QDate>

namespace tickerline::calendar {

// Date rules the venues publish their holidays by, valid for every year.
[[nodiscard]] QDate easterSunday(int year);   // Gregorian computus (anonymous algorithm)
// n-th (1-based) weekday of a month; n = -1 is the last one. dayOfWeek is Qt::DayOfWeek.
[[nodiscard]] QDate nthWeekday(int year, int month, int dayOfWeek, int n);
// US rule: a Saturday holiday is kept on the Friday before, a Sunday one on the Monday after.
[[nodiscard]] QDate usObserved(QDate date);

} // namespace tickerline::calendar
