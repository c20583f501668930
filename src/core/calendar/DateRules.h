#pragma once

#include <QDate>

namespace tickerline::calendar {

// Date rules the venues publish their holidays by, valid for every year.
[[nodiscard]] QDate easterSunday(int year);   // Gregorian computus (anonymous algorithm)
// n-th (1-based) weekday of a month; n = -1 is the last one. dayOfWeek is Qt::DayOfWeek.
[[nodiscard]] QDate nthWeekday(int year, int month, int dayOfWeek, int n);
// US rule: a Saturday holiday is kept on the Friday before, a Sunday one on the Monday after.
[[nodiscard]] QDate usObserved(QDate date);
// UK/Commonwealth rule: a Saturday or Sunday holiday is kept on the Monday after.
[[nodiscard]] QDate weekendToMonday(QDate date);

// Christmas and Boxing Day as kept in the UK, Canada and Australia: on a weekend
// each moves to the next weekday the other does not already take
// (Sat 25: Mon 27 and Tue 28; Sun 25: Boxing Day Mon 26, Christmas Tue 27; Fri 25: Boxing Day Mon 28).
struct ChristmasDays
{
    QDate christmas;
    QDate boxingDay;
};
[[nodiscard]] ChristmasDays commonwealthChristmas(int year);

} // namespace tickerline::calendar
