#include "TseHolidays.h"

#include "DateRules.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>
#include <cmath>

namespace tickerline::calendar {

namespace {

struct Holiday
{
    QDate date;
    const char *name;
};

int equinoxDay(int year, double base)
{
    // Day of the month, valid 1980–2099 (National Astronomical Observatory of Japan approximation).
    const int n = year - 1980;
    return static_cast<int>(std::floor(base + 0.242194 * n)) - n / 4;
}

// The holidays the Act names, before substitutes.
QList<Holiday> namedHolidays(int y)
{
    QList<Holiday> days = {
        {QDate(y, 1, 1), QT_TRANSLATE_NOOP("Calendar", "New Year's Day")},
        {nthWeekday(y, 1, Qt::Monday, 2), QT_TRANSLATE_NOOP("Calendar", "Coming of Age Day")},
        {QDate(y, 2, 11), QT_TRANSLATE_NOOP("Calendar", "National Foundation Day")},
        {QDate(y, 2, 23), QT_TRANSLATE_NOOP("Calendar", "Emperor's Birthday")},
        {QDate(y, 3, equinoxDay(y, 20.8431)), QT_TRANSLATE_NOOP("Calendar", "Vernal Equinox Day")},
        {QDate(y, 4, 29), QT_TRANSLATE_NOOP("Calendar", "Showa Day")},
        {QDate(y, 5, 3), QT_TRANSLATE_NOOP("Calendar", "Constitution Memorial Day")},
        {QDate(y, 5, 4), QT_TRANSLATE_NOOP("Calendar", "Greenery Day")},
        {QDate(y, 5, 5), QT_TRANSLATE_NOOP("Calendar", "Children's Day")},
        {nthWeekday(y, 9, Qt::Monday, 3), QT_TRANSLATE_NOOP("Calendar", "Respect for the Aged Day")},
        {QDate(y, 9, equinoxDay(y, 23.2488)), QT_TRANSLATE_NOOP("Calendar", "Autumnal Equinox Day")},
        {QDate(y, 11, 3), QT_TRANSLATE_NOOP("Calendar", "Culture Day")},
        {QDate(y, 11, 23), QT_TRANSLATE_NOOP("Calendar", "Labour Thanksgiving Day")},
    };
    // The Tokyo Olympics special measures moved three holidays in 2020 and 2021.
    QDate marine = nthWeekday(y, 7, Qt::Monday, 3);
    QDate mountain(y, 8, 11);
    QDate sports = nthWeekday(y, 10, Qt::Monday, 2);
    if (y == 2020) {
        marine = QDate(2020, 7, 23);
        sports = QDate(2020, 7, 24);
        mountain = QDate(2020, 8, 10);
    } else if (y == 2021) {
        marine = QDate(2021, 7, 22);
        sports = QDate(2021, 7, 23);
        mountain = QDate(2021, 8, 8);
    }
    days.append({marine, QT_TRANSLATE_NOOP("Calendar", "Marine Day")});
    days.append({mountain, QT_TRANSLATE_NOOP("Calendar", "Mountain Day")});
    days.append({sports, QT_TRANSLATE_NOOP("Calendar", "Sports Day")});
    std::sort(days.begin(), days.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return days;
}

QList<Holiday> holidaysOfYear(int y)
{
    const QList<Holiday> named = namedHolidays(y);
    const auto isNamed = [&named](QDate d) {
        return std::any_of(named.begin(), named.end(), [d](const Holiday &h) { return h.date == d; });
    };
    QList<Holiday> all = named;
    for (const Holiday &h : named) {
        if (h.date.dayOfWeek() != Qt::Sunday)
            continue;
        QDate substitute = h.date.addDays(1);
        while (isNamed(substitute))
            substitute = substitute.addDays(1);
        all.append({substitute, QT_TRANSLATE_NOOP("Calendar", "Substitute Holiday")});
    }
    // A day between two named holidays is a holiday itself (in practice the September one).
    for (qsizetype i = 0; i + 1 < named.size(); ++i) {
        const QDate between = named[i].date.addDays(1);
        if (named[i + 1].date == between.addDays(1) && between.dayOfWeek() != Qt::Sunday && !isNamed(between))
            all.append({between, QT_TRANSLATE_NOOP("Calendar", "Citizens' Holiday")});
    }
    return all;
}

} // namespace

std::optional<QString> japaneseHoliday(QDate date)
{
    for (const Holiday &h : holidaysOfYear(date.year())) {
        if (h.date == date)
            return QCoreApplication::translate("Calendar", h.name);
    }
    return std::nullopt;
}

std::optional<QString> tseHoliday(QDate date)
{
    if (auto national = japaneseHoliday(date))
        return national;
    if ((date.month() == 1 && date.day() <= 3) || (date.month() == 12 && date.day() == 31))
        return QCoreApplication::translate("Calendar", "Market holiday");
    return std::nullopt;
}

} // namespace tickerline::calendar
