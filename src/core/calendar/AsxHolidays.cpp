#include "AsxHolidays.h"

#include "DateRules.h"

#include <QCoreApplication>

namespace tickerline::calendar {

namespace {

bool isAsxTradingDay(QDate date)
{
    return date.dayOfWeek() <= Qt::Friday && !asxHoliday(date);
}

QDate lastTradingDayBefore(QDate date)
{
    QDate day = date.addDays(-1);
    while (!isAsxTradingDay(day))
        day = day.addDays(-1);
    return day;
}

} // namespace

std::optional<QString> asxHoliday(QDate date)
{
    const int y = date.year();
    const auto text = [](const char *source) { return QCoreApplication::translate("Calendar", source); };
    if (date == weekendToMonday(QDate(y, 1, 1)))
        return text(QT_TRANSLATE_NOOP("Calendar", "New Year's Day"));
    if (date == weekendToMonday(QDate(y, 1, 26)))
        return text(QT_TRANSLATE_NOOP("Calendar", "Australia Day"));
    const QDate easter = easterSunday(y);
    if (date == easter.addDays(-2))
        return text(QT_TRANSLATE_NOOP("Calendar", "Good Friday"));
    if (date == easter.addDays(1))
        return text(QT_TRANSLATE_NOOP("Calendar", "Easter Monday"));
    if (date == QDate(y, 4, 25) && date.dayOfWeek() <= Qt::Friday)
        return text(QT_TRANSLATE_NOOP("Calendar", "Anzac Day"));
    if (date == nthWeekday(y, 6, Qt::Monday, 2))
        return text(QT_TRANSLATE_NOOP("Calendar", "King's Birthday"));
    const ChristmasDays christmas = commonwealthChristmas(y);
    if (date == christmas.christmas)
        return text(QT_TRANSLATE_NOOP("Calendar", "Christmas Day"));
    if (date == christmas.boxingDay)
        return text(QT_TRANSLATE_NOOP("Calendar", "Boxing Day"));
    return std::nullopt;
}

std::optional<QTime> asxEarlyClose(QDate date)
{
    if (!isAsxTradingDay(date))
        return std::nullopt;
    const int y = date.year();
    if (date == lastTradingDayBefore(QDate(y, 12, 25)) || date == lastTradingDayBefore(QDate(y + 1, 1, 1)))
        return QTime(14, 10);
    return std::nullopt;
}

} // namespace tickerline::calendar
