#include "HkexHolidays.h"

#include "ChineseCalendar.h"
#include "DateRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <algorithm>
#include <mutex>

namespace tickerline::calendar {

namespace {

struct Holiday
{
    QDate date;
    const char *name;
};

struct Year
{
    QDate lunarNewYear;
    QList<Holiday> holidays;   // as kept, after Sunday substitutes
};

Year computeYear(int y)
{
    const QDate lunarNewYear = chineseCalendarDate(y, 1, 1);
    const QDate easter = easterSunday(y);
    QList<Holiday> named = {
        {QDate(y, 1, 1), QT_TRANSLATE_NOOP("Calendar", "New Year's Day")},
        {lunarNewYear, QT_TRANSLATE_NOOP("Calendar", "Lunar New Year's Day")},
        {lunarNewYear.addDays(1), QT_TRANSLATE_NOOP("Calendar", "The second day of Lunar New Year")},
        {lunarNewYear.addDays(2), QT_TRANSLATE_NOOP("Calendar", "The third day of Lunar New Year")},
        {qingming(y), QT_TRANSLATE_NOOP("Calendar", "Ching Ming Festival")},
        {easter.addDays(-2), QT_TRANSLATE_NOOP("Calendar", "Good Friday")},
        {easter.addDays(-1), QT_TRANSLATE_NOOP("Calendar", "The day following Good Friday")},
        {easter.addDays(1), QT_TRANSLATE_NOOP("Calendar", "Easter Monday")},
        {QDate(y, 5, 1), QT_TRANSLATE_NOOP("Calendar", "Labour Day")},
        {chineseCalendarDate(y, 4, 8), QT_TRANSLATE_NOOP("Calendar", "The Birthday of the Buddha")},
        {chineseCalendarDate(y, 5, 5), QT_TRANSLATE_NOOP("Calendar", "Tuen Ng Festival")},
        {QDate(y, 7, 1), QT_TRANSLATE_NOOP("Calendar", "Hong Kong Special Administrative Region Establishment Day")},
        {chineseCalendarDate(y, 8, 16), QT_TRANSLATE_NOOP("Calendar", "The day following the Mid-Autumn Festival")},
        {QDate(y, 10, 1), QT_TRANSLATE_NOOP("Calendar", "National Day")},
        {chineseCalendarDate(y, 9, 9), QT_TRANSLATE_NOOP("Calendar", "Chung Yeung Festival")},
        {QDate(y, 12, 25), QT_TRANSLATE_NOOP("Calendar", "Christmas Day")},
        {QDate(y, 12, 26), QT_TRANSLATE_NOOP("Calendar", "The first weekday after Christmas Day")},
    };
    named.erase(std::remove_if(named.begin(), named.end(), [](const Holiday &h) { return !h.date.isValid(); }),
                named.end());
    std::sort(named.begin(), named.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });

    QList<Holiday> kept;
    const auto taken = [&kept, &named](QDate d) {
        const auto at = [d](const Holiday &h) { return h.date == d; };
        return std::any_of(kept.begin(), kept.end(), at) || std::any_of(named.begin(), named.end(), at);
    };
    for (const Holiday &h : named) {
        if (h.date.dayOfWeek() != Qt::Sunday) {
            kept.append(h);
            continue;
        }
        QDate substitute = h.date.addDays(1);
        while (substitute.dayOfWeek() == Qt::Sunday || taken(substitute))
            substitute = substitute.addDays(1);
        kept.append({substitute, h.name});
    }
    return {lunarNewYear, kept};
}

// ICU is not free; a year is asked for many times while a calendar walks days.
Year yearOf(int y)
{
    static std::mutex mutex;
    static QHash<int, Year> cache;
    const std::lock_guard lock(mutex);
    auto it = cache.find(y);
    if (it == cache.end())
        it = cache.insert(y, computeYear(y));
    return *it;
}

bool isTradingDay(QDate date)
{
    return date.dayOfWeek() <= Qt::Friday && !hkexHoliday(date);
}

} // namespace

std::optional<QString> hkexHoliday(QDate date)
{
    for (const Holiday &h : yearOf(date.year()).holidays) {
        if (h.date == date)
            return QCoreApplication::translate("Calendar", h.name);
    }
    return std::nullopt;
}

std::optional<QTime> hkexEarlyClose(QDate date)
{
    if (!isTradingDay(date))
        return std::nullopt;
    const QDate next = date.addDays(1);
    const bool eve = (next.month() == 12 && next.day() == 25) || (next.month() == 1 && next.day() == 1)
        || next == yearOf(next.year()).lunarNewYear;
    if (eve)
        return QTime(12, 0);
    return std::nullopt;
}

} // namespace tickerline::calendar
