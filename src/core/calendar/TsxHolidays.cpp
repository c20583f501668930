#include "TsxHolidays.h"

#include "DateRules.h"

#include <QCoreApplication>

namespace tickerline::calendar {

std::optional<QString> tsxHoliday(QDate date)
{
    const int y = date.year();
    const auto text = [](const char *source) { return QCoreApplication::translate("Calendar", source); };
    if (date == weekendToMonday(QDate(y, 1, 1)))
        return text(QT_TRANSLATE_NOOP("Calendar", "New Year's Day"));
    if (date == nthWeekday(y, 2, Qt::Monday, 3))
        return text(QT_TRANSLATE_NOOP("Calendar", "Family Day"));
    if (date == easterSunday(y).addDays(-2))
        return text(QT_TRANSLATE_NOOP("Calendar", "Good Friday"));
    // The Monday before 25 May.
    const QDate may24(y, 5, 24);
    if (date == may24.addDays(-(may24.dayOfWeek() - Qt::Monday)))
        return text(QT_TRANSLATE_NOOP("Calendar", "Victoria Day"));
    if (date == weekendToMonday(QDate(y, 7, 1)))
        return text(QT_TRANSLATE_NOOP("Calendar", "Canada Day"));
    if (date == nthWeekday(y, 8, Qt::Monday, 1))
        return text(QT_TRANSLATE_NOOP("Calendar", "Civic Holiday"));
    if (date == nthWeekday(y, 9, Qt::Monday, 1))
        return text(QT_TRANSLATE_NOOP("Calendar", "Labour Day"));
    if (date == nthWeekday(y, 10, Qt::Monday, 2))
        return text(QT_TRANSLATE_NOOP("Calendar", "Thanksgiving Day"));
    const ChristmasDays christmas = commonwealthChristmas(y);
    if (date == christmas.christmas)
        return text(QT_TRANSLATE_NOOP("Calendar", "Christmas Day"));
    if (date == christmas.boxingDay)
        return text(QT_TRANSLATE_NOOP("Calendar", "Boxing Day"));
    return std::nullopt;
}

std::optional<QTime> tsxEarlyClose(QDate date)
{
    if (date.month() == 12 && date.day() == 24 && date.dayOfWeek() <= Qt::Friday && !tsxHoliday(date))
        return QTime(13, 0);
    return std::nullopt;
}

} // namespace tickerline::calendar
