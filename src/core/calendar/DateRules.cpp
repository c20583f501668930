#include "DateRules.h"

namespace tickerline::calendar {

QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return {year, month, day};
}

QDate nthWeekday(int year, int month, int dayOfWeek, int n)
{
    if (n < 0) {
        const QDate last(year, month, QDate(year, month, 1).daysInMonth());
        return last.addDays(-((last.dayOfWeek() - dayOfWeek + 7) % 7));
    }
    const QDate first(year, month, 1);
    return first.addDays((dayOfWeek - first.dayOfWeek() + 7) % 7 + 7 * (n - 1));
}

QDate usObserved(QDate date)
{
    if (date.dayOfWeek() == Qt::Saturday)
        return date.addDays(-1);
    if (date.dayOfWeek() == Qt::Sunday)
        return date.addDays(1);
    return date;
}

} // namespace tickerline::calendar

namespace tickerline::calendar {

QDate weekendToMonday(QDate date)
{
    if (date.dayOfWeek() == Qt::Saturday)
        return date.addDays(2);
    if (date.dayOfWeek() == Qt::Sunday)
        return date.addDays(1);
    return date;
}

ChristmasDays commonwealthChristmas(int year)
{
    const QDate christmas(year, 12, 25);
    switch (christmas.dayOfWeek()) {
    case Qt::Saturday:
        return {christmas.addDays(2), christmas.addDays(3)};
    case Qt::Sunday:
        return {christmas.addDays(2), christmas.addDays(1)};
    case Qt::Friday:
        return {christmas, christmas.addDays(3)};
    default:
        return {christmas, christmas.addDays(1)};
    }
}

} // namespace tickerline::calendar
