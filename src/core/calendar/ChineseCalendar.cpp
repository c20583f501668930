#include "ChineseCalendar.h"

#include <QDateTime>
#include <QTimeZone>

#include <unicode/ucal.h>

#include <memory>

namespace tickerline::calendar {

namespace {

struct CalendarCloser
{
    void operator()(UCalendar *calendar) const { ucal_close(calendar); }
};
using CalendarPtr = std::unique_ptr<UCalendar, CalendarCloser>;

// Fields → instant in UTC, so an instant's UTC date is the calendar date.
constexpr UChar Utc[] = {u'U', u'T', u'C', 0};

CalendarPtr openCalendar(const char *locale, UCalendarType type)
{
    UErrorCode status = U_ZERO_ERROR;
    CalendarPtr calendar(ucal_open(Utc, -1, locale, type, &status));
    if (U_FAILURE(status))
        return nullptr;
    return calendar;
}

} // namespace

QDate chineseCalendarDate(int gregorianYear, int month, int day)
{
    const CalendarPtr chinese = openCalendar("en@calendar=chinese", UCAL_DEFAULT);
    if (!chinese)
        return {};
    UErrorCode status = U_ZERO_ERROR;
    // 1 July always lies in the Chinese year that began in January or February.
    const qint64 midYear = QDateTime(QDate(gregorianYear, 7, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    ucal_setMillis(chinese.get(), static_cast<UDate>(midYear), &status);
    const int era = ucal_get(chinese.get(), UCAL_ERA, &status);
    const int year = ucal_get(chinese.get(), UCAL_YEAR, &status);
    ucal_clear(chinese.get());
    ucal_set(chinese.get(), UCAL_ERA, era);
    ucal_set(chinese.get(), UCAL_YEAR, year);
    ucal_set(chinese.get(), UCAL_MONTH, month - 1);
    ucal_set(chinese.get(), UCAL_IS_LEAP_MONTH, 0);
    ucal_set(chinese.get(), UCAL_DATE, day);
    const UDate instant = ucal_getMillis(chinese.get(), &status);
    if (U_FAILURE(status))
        return {};
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(instant), QTimeZone::utc()).date();
}

QDate qingming(int year)
{
    const int y = year % 100;
    return {year, 4, static_cast<int>(y * 0.2422 + 4.81) - y / 4};
}

} // namespace tickerline::calendar
