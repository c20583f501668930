#include "TimeTicks.h"

#include "TimeUnits.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <array>
#include <limits>

namespace tickerline {

namespace {

enum class Unit { Ms, Day, Month, Year };

struct Step
{
    Unit unit;
    qint64 count;      // of ms, days, months or years
    qint64 approxMs;
};

constexpr std::array Steps{
    Step{Unit::Ms, MsPerSecond, MsPerSecond}, Step{Unit::Ms, 2 * MsPerSecond, 2 * MsPerSecond},
    Step{Unit::Ms, 5 * MsPerSecond, 5 * MsPerSecond}, Step{Unit::Ms, 10 * MsPerSecond, 10 * MsPerSecond},
    Step{Unit::Ms, 15 * MsPerSecond, 15 * MsPerSecond}, Step{Unit::Ms, 30 * MsPerSecond, 30 * MsPerSecond},
    Step{Unit::Ms, MsPerMinute, MsPerMinute}, Step{Unit::Ms, 2 * MsPerMinute, 2 * MsPerMinute},
    Step{Unit::Ms, 5 * MsPerMinute, 5 * MsPerMinute}, Step{Unit::Ms, 10 * MsPerMinute, 10 * MsPerMinute},
    Step{Unit::Ms, 15 * MsPerMinute, 15 * MsPerMinute}, Step{Unit::Ms, 30 * MsPerMinute, 30 * MsPerMinute},
    Step{Unit::Ms, MsPerHour, MsPerHour}, Step{Unit::Ms, 2 * MsPerHour, 2 * MsPerHour}, Step{Unit::Ms, 3 * MsPerHour, 3 * MsPerHour},
    Step{Unit::Ms, 6 * MsPerHour, 6 * MsPerHour}, Step{Unit::Ms, 12 * MsPerHour, 12 * MsPerHour},
    Step{Unit::Day, 1, MsPerDay}, Step{Unit::Day, 2, 2 * MsPerDay}, Step{Unit::Day, 7, 7 * MsPerDay},
    Step{Unit::Day, 14, 14 * MsPerDay},
    Step{Unit::Month, 1, 30 * MsPerDay}, Step{Unit::Month, 2, 61 * MsPerDay}, Step{Unit::Month, 3, 91 * MsPerDay},
    Step{Unit::Month, 6, 182 * MsPerDay},
    Step{Unit::Year, 1, 365 * MsPerDay}, Step{Unit::Year, 2, 730 * MsPerDay}, Step{Unit::Year, 5, 1826 * MsPerDay},
    Step{Unit::Year, 10, 3652 * MsPerDay}, Step{Unit::Year, 20, 7305 * MsPerDay},
};

QString labelFormat(const Step &step, const QDateTime &at)
{
    switch (step.unit) {
    case Unit::Ms:
        if (at.time() == QTime(0, 0) && step.count >= MsPerMinute) {
            //: Time axis label at midnight, a QDateTime format: MMM month, d day
            return QCoreApplication::translate("PriceChart", "MMM d");
        }
        return step.count < MsPerMinute ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
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
        return next >= MsPerDay ? Wall{tick.date.addDays(1), 0} : Wall{tick.date, next};
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
