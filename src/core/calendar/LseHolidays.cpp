#include "LseHolidays.h"

#include "DateRules.h"

#include <QCoreApplication>

namespace tickerline::calendar {

std::optional<QString> lseHoliday(QDate date)
{
    const int y = date.year();
    const auto text = [](const char *source) { return QCoreApplication::translate("Calendar", source); };
    if (date == weekendToMonday(QDate(y, 1, 1)))
        return text(QT_TRANSLATE_NOOP("Calendar", "New Year's Day"));
    const QDate easter = easterSunday(y);
    if (date == easter.addDays(-2))
        return text(QT_TRANSLATE_NOOP("Calendar", "Good Friday"));
    if (date == easter.addDays(1))
        return text(QT_TRANSLATE_NOOP("Calendar", "Easter Monday"));
    if (date == nthWeekday(y, 5, Qt::Monday, 1))
        return text(QT_TRANSLATE_NOOP("Calendar", "Early May bank holiday"));
    if (date == nthWeekday(y, 5, Qt::Monday, -1))
        return text(QT_TRANSLATE_NOOP("Calendar", "Spring bank holiday"));
    if (date == nthWeekday(y, 8, Qt::Monday, -1))
        return text(QT_TRANSLATE_NOOP("Calendar", "Summer bank holiday"));
    const ChristmasDays christmas = commonwealthChristmas(y);
    if (date == christmas.christmas)
        return text(QT_TRANSLATE_NOOP("Calendar", "Christmas Day"));
    if (date == christmas.boxingDay)
        return text(QT_TRANSLATE_NOOP("Calendar", "Boxing Day"));
    return std::nullopt;
}

std::optional<QTime> lseEarlyClose(QDate date)
{
    if (date.dayOfWeek() > Qt::Friday || lseHoliday(date))
        return std::nullopt;
    // A weekend 24 or 31 Dec moves the half day to the Friday before (22 and 29 Dec 2023).
    const auto lastWeekdayOnOrBefore = [](QDate d) {
        return d.dayOfWeek() > Qt::Friday ? d.addDays(Qt::Friday - d.dayOfWeek()) : d;
    };
    const int y = date.year();
    if (date == lastWeekdayOnOrBefore(QDate(y, 12, 24)) || date == lastWeekdayOnOrBefore(QDate(y, 12, 31)))
        return QTime(12, 30);
    return std::nullopt;
}

} // namespace tickerline::calendar
