#include "XetraHolidays.h"

#include "DateRules.h"

#include <QCoreApplication>

namespace tickerline::calendar {

std::optional<QString> xetraHoliday(QDate date)
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
    case 1224:
        return text(QT_TRANSLATE_NOOP("Calendar", "Christmas Eve"));
    case 1225:
        return text(QT_TRANSLATE_NOOP("Calendar", "Christmas Day"));
    case 1226:
        return text(QT_TRANSLATE_NOOP("Calendar", "Boxing Day"));
    case 1231:
        return text(QT_TRANSLATE_NOOP("Calendar", "New Year's Eve"));
    default:
        return std::nullopt;
    }
}

} // namespace tickerline::calendar
