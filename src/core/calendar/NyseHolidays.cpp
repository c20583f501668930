#include "NyseHolidays.h"

#include "DateRules.h"

#include <QCoreApplication>

namespace tickerline::calendar {

std::optional<QString> nyseHoliday(QDate date)
{
    const int y = date.year();
    const auto text = [](const char *source) { return QCoreApplication::translate("Calendar", source); };
    // Rule 7.2: New Year's Day on a Saturday is not moved to the Friday before (that is the old year).
    const QDate newYear(y, 1, 1);
    if (newYear.dayOfWeek() != Qt::Saturday && date == usObserved(newYear))
        return text(QT_TRANSLATE_NOOP("Calendar", "New Year's Day"));
    if (date == nthWeekday(y, 1, Qt::Monday, 3))
        return text(QT_TRANSLATE_NOOP("Calendar", "Martin Luther King, Jr. Day"));
    if (date == nthWeekday(y, 2, Qt::Monday, 3))
        return text(QT_TRANSLATE_NOOP("Calendar", "Washington's Birthday"));
    if (date == easterSunday(y).addDays(-2))
        return text(QT_TRANSLATE_NOOP("Calendar", "Good Friday"));
    if (date == nthWeekday(y, 5, Qt::Monday, -1))
        return text(QT_TRANSLATE_NOOP("Calendar", "Memorial Day"));
    if (y >= 2022 && date == usObserved(QDate(y, 6, 19)))
        return text(QT_TRANSLATE_NOOP("Calendar", "Juneteenth National Independence Day"));
    if (date == usObserved(QDate(y, 7, 4)))
        return text(QT_TRANSLATE_NOOP("Calendar", "Independence Day"));
    if (date == nthWeekday(y, 9, Qt::Monday, 1))
        return text(QT_TRANSLATE_NOOP("Calendar", "Labor Day"));
    if (date == nthWeekday(y, 11, Qt::Thursday, 4))
        return text(QT_TRANSLATE_NOOP("Calendar", "Thanksgiving Day"));
    if (date == usObserved(QDate(y, 12, 25)))
        return text(QT_TRANSLATE_NOOP("Calendar", "Christmas Day"));
    return std::nullopt;
}

std::optional<QTime> nyseEarlyClose(QDate date)
{
    if (date.dayOfWeek() > Qt::Friday || nyseHoliday(date))
        return std::nullopt;
    const int y = date.year();
    const bool partial = date == QDate(y, 7, 3) || date == QDate(y, 12, 24)
        || date == nthWeekday(y, 11, Qt::Thursday, 4).addDays(1);
    if (partial)
        return QTime(13, 0);
    return std::nullopt;
}

} // namespace tickerline::calendar
