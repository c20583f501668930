#include "TimeAxisTicks.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <array>
#include <limits>

namespace tickerline {

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

enum class Unit { Ms, Day, Month, Year };

struct Step
{
    Unit unit;
    qint64 count;      // of ms, days, months or years
    qint64 approxMs;
};

constexpr std::array Steps{
    Step{Unit::Ms, Second, Second}, Step{Unit::Ms, 2 * Second, 2 * Second},
    Step{Unit::Ms, 5 * Second, 5 * Second}, Step{Unit::Ms, 10 * Second, 10 * Second},
    Step{Unit::Ms, 15 * Second, 15 * Second}, Step{Unit::Ms, 30 * Second, 30 * Second},
    Step{Unit::Ms, Minute, Minute}, Step{Unit::Ms, 2 * Minute, 2 * Minute},
    Step{Unit::Ms, 5 * Minute, 5 * Minute}, Step{Unit::Ms, 10 * Minute, 10 * Minute},
    Step{Unit::Ms, 15 * Minute, 15 * Minute}, Step{Unit::Ms, 30 * Minute, 30 * Minute},
    Step{Unit::Ms, Hour, Hour}, Step{Unit::Ms, 2 * Hour, 2 * Hour}, Step{Unit::Ms, 3 * Hour, 3 * Hour},
    Step{Unit::Ms, 6 * Hour, 6 * Hour}, Step{Unit::Ms, 12 * Hour, 12 * Hour},
    Step{Unit::Day, 1, Day}, Step{Unit::Day, 2, 2 * Day}, Step{Unit::Day, 7, 7 * Day},
    Step{Unit::Day, 14, 14 * Day},
    Step{Unit::Month, 1, 30 * Day}, Step{Unit::Month, 2, 61 * Day}, Step{Unit::Month, 3, 91 * Day},
    Step{Unit::Month, 6, 182 * Day},
    Step{Unit::Year, 1, 365 * Day}, Step{Unit::Year, 2, 730 * Day}, Step{Unit::Year, 5, 1826 * Day},
    Step{Unit::Year, 10, 3652 * Day}, Step{Unit::Year, 20, 7305 * Day},
};

QString labelFormat(const Step &step, const QDateTime &at)
{
    switch (step.unit) {
    case Unit::Ms:
        if (at.time() == QTime(0, 0) && step.count >= Minute) {
            //: Time axis label at midnight, a QDateTime format: MMM month, d day
            return QCoreApplication::translate("PriceChart", "MMM d");
        }
        return step.count < Minute ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    case Unit::Day:
        return QCoreApplication::translate("PriceChart", "MMM d");
    case Unit::Month:
        //: Time axis label for a month, a QDateTime format: MMM month, yyyy year
        return QCoreApplication::translate("PriceChart", "MMM yyyy");
    case Unit::Year:
        break;
    }
    return QStringLiteral("yyyy");
}

// A wall-clock reading of the zone; it need not exist there (a skipped hour).
struct Wall
{
    QDate date;
    qint64 ofDay = 0;   // ms since midnight
};

// The first round wall-clock time of the step at or before `from`.
Wall firstTick(const Step &step, const QDateTime &from)
{
    const QDate date = from.date();
    switch (step.unit) {
    case Unit::Ms: {
        const qint64 ofDay = from.time().msecsSinceStartOfDay();
        return {date, ofDay - ofDay % step.count};
    }
    case Unit::Day: {
        // Weeks start on Mondays; other day steps on days the step divides.
        const qint64 back = step.count == 7 || step.count == 14 ? (date.dayOfWeek() - 1)
                                                                 : date.toJulianDay() % step.count;
        return {date.addDays(-back), 0};
    }
    case Unit::Month: {
        const int month0 = date.month() - 1;
        return {QDate(date.year(), month0 - month0 % int(step.count) + 1, 1), 0};
    }
    case Unit::Year:
        break;
    }
    return {QDate(date.year() - date.year() % int(step.count), 1, 1), 0};
}

Wall nextTick(const Step &step, const Wall &tick)
{
    switch (step.unit) {
    case Unit::Ms: {
        // Wall-clock arithmetic: 09:00, 10:00 … also on the day the clocks change.
        const qint64 next = tick.ofDay + step.count;
        return next >= Day ? Wall{tick.date.addDays(1), 0} : Wall{tick.date, next};
    }
    case Unit::Day:
        return {tick.date.addDays(step.count), 0};
    case Unit::Month:
        return {tick.date.addMonths(int(step.count)), 0};
    case Unit::Year:
        break;
    }
    return {tick.date.addYears(int(step.count)), 0};
}

} // namespace

QList<TimeTick> timeTicks(qint64 fromMs, qint64 toMs, double widthPixels, double labelPixels,
                          const QTimeZone &zone, const QLocale &locale)
{
    QList<TimeTick> out;
    if (toMs <= fromMs || widthPixels <= 0.0 || labelPixels <= 0.0)
        return out;
    const double maxLabels = std::max(2.0, widthPixels / labelPixels);
    const qint64 span = toMs - fromMs;
    const auto fits = std::find_if(Steps.cbegin(), Steps.cend(),
                                   [&](const Step &s) { return double(span) / double(s.approxMs) <= maxLabels; });
    const Step step = fits == Steps.cend() ? Steps.back() : *fits;

    Wall wall = firstTick(step, QDateTime::fromMSecsSinceEpoch(fromMs, zone));
    qint64 previous = std::numeric_limits<qint64>::min();
    // A bound on the loop whatever the zone does.
    for (int guard = 0; guard < 1000 && wall.date.isValid(); ++guard, wall = nextTick(step, wall)) {
        const QDateTime tick(wall.date, QTime::fromMSecsSinceStartOfDay(int(wall.ofDay)), zone);
        // A wall-clock time the zone skips gives no tick; one it repeats, one.
        if (!tick.isValid() || tick.time().msecsSinceStartOfDay() != wall.ofDay)
            continue;
        const qint64 ms = tick.toMSecsSinceEpoch();
        if (ms > toMs)
            break;
        if (ms < fromMs || ms <= previous)
            continue;
        previous = ms;
        out.append({ms, locale.toString(tick, labelFormat(step, tick))});
    }
    return out;
}

QString crosshairTimeLabel(qint64 ms, const QTimeZone &zone, const QLocale &locale)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, zone);
    return locale.toString(at.date(), QLocale::ShortFormat) + u' ' + at.time().toString(QStringLiteral("HH:mm:ss"))
        + u' ' + at.timeZoneAbbreviation();
}

} // namespace tickerline
