#include "EuronextParisHolidays.h"

#include "DateRules.h"

#include <QCoreApplication>

namespace tickerline::calendar {

std::optional<QString> euronextParisHoliday(QDate date)
{
    const auto text = [](const char *source) { return QCoreApplication::translate("Calendar", source); };
    const QDate easter = easterSunday(date.year());
    if (date == easter.addDays(-2))
        return text(QT_TRANSLATE_NOOP("Calendar", "Good Friday"));
    if (date == easter.addDays(1))
        return text(QT_TRANSLATE_NOOP("Calendar", "Easter Monday"));
    switch (date.month() * 100 + date.day()) {
    case 101:
        return text(QT_TRANSLATE_NOOP("Calendar", "New Year's Day"));
    case 501:
        return text(QT_TRANSLATE_NOOP("Calendar", "Labour Day"));
    case 1225:
        return text(QT_TRANSLATE_NOOP("Calendar", "Christmas Day"));
    case 1226:
        return text(QT_TRANSLATE_NOOP("Calendar", "Boxing Day"));
    default:
        return std::nullopt;
    }
}

std::optional<QTime> euronextParisEarlyClose(QDate date)
{
    if (date.dayOfWeek() > Qt::Friday)
        return std::nullopt;
    if (date.month() == 12 && (date.day() == 24 || date.day() == 31))
        return QTime(14, 5);
    return std::nullopt;
}

} // namespace tickerline::calendar
