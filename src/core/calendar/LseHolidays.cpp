#include "LseHolidays.h"

#include "DateRules.h"

#include <QCoreApplication>

namespace tickerline::calendar {

namespace {

// A weekend New Year's Day moves to the Monday after.
QDate ukSubstitute(QDate date)
{
    if (date.dayOfWeek() == Qt::Saturday)
        return date.addDays(2);
    if (date.dayOfWeek() == Qt::Sunday)
        return date.addDays(1);
    return date;
}

} // namespace

std::optional<QString> lseHoliday(QDate date)
{
    const int y = date.year();
    const auto tr = [](const char *text) { return QCoreApplication::translate("Calendar", text); };
    if (date == ukSubstitute(QDate(y, 1, 1)))
        return tr("New Year's Day");
    const QDate easter = easterSunday(y);
    if (date == easter.addDays(-2))
        return tr("Good Friday");
    if (date == easter.addDays(1))
        return tr("Easter Monday");
    if (date == nthWeekday(y, 5, Qt::Monday, 1))
        return tr("Early May bank holiday");
    if (date == nthWeekday(y, 5, Qt::Monday, -1))
        return tr("Spring bank holiday");
    if (date == nthWeekday(y, 8, Qt::Monday, -1))
        return tr("Summer bank holiday");
    // Christmas and Boxing Day on a weekend: substitutes on the next weekdays, in order.
    const QDate christmas(y, 12, 25);
    QDate christmasOff = christmas;
    QDate boxingOff = christmas.addDays(1);
    if (christmas.dayOfWeek() == Qt::Saturday) {
        christmasOff = christmas.addDays(2);   // Mon 27
        boxingOff = christmas.addDays(3);      // Tue 28
    } else if (christmas.dayOfWeek() == Qt::Sunday) {
        boxingOff = christmas.addDays(1);      // Mon 26
        christmasOff = christmas.addDays(2);   // Tue 27
    } else if (christmas.dayOfWeek() == Qt::Friday) {
        boxingOff = christmas.addDays(3);      // Mon 28
    }
    if (date == christmasOff)
        return tr("Christmas Day");
    if (date == boxingOff)
        return tr("Boxing Day");
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
