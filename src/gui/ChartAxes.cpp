#include "ChartAxes.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace tickerline {

namespace {
constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

// Durations a reader takes for round, ascending.
constexpr std::array RoundSteps{
    Second, 2 * Second, 5 * Second, 10 * Second, 15 * Second, 30 * Second,
    Minute, 2 * Minute, 5 * Minute, 10 * Minute, 15 * Minute, 30 * Minute,
    Hour, 2 * Hour, 3 * Hour, 6 * Hour, 12 * Hour,
    Day, 2 * Day, 7 * Day, 14 * Day, 28 * Day,
};
// The live edge moves in steps of about this fraction of the window.
constexpr qint64 LiveSteps = 40;
// ... and keeps at least this fraction of the window right of the newest point.
constexpr qint64 LiveMarginDivisor = 100;
} // namespace

QString priceAxisTitle(const QStringList &currencies)
{
    const QString price = QCoreApplication::translate("PriceChart", "Price");
    if (currencies.isEmpty() || currencies.constFirst().isEmpty())
        return price;
    const QString &first = currencies.constFirst();
    const bool same = std::all_of(currencies.cbegin(), currencies.cend(),
                                  [&](const QString &c) { return c == first; });
    return same ? price + u" (" + first + u')' : price;
}

qint64 liveWindowEnd(qint64 latestMs, qint64 windowMs)
{
    qint64 unit = RoundSteps.front();
    for (const qint64 step : RoundSteps) {
        if (step * LiveSteps <= windowMs)
            unit = step;
    }
    const qint64 earliest = latestMs + windowMs / LiveMarginDivisor;
    // Round up to a multiple of the unit, also for times before the epoch.
    const qint64 rest = ((earliest % unit) + unit) % unit;
    return rest == 0 ? earliest : earliest + unit - rest;
}

double niceStep(double rough)
{
    if (!(rough > 0.0) || !std::isfinite(rough))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double m : {1.0, 2.0, 5.0}) {
        if (m * magnitude >= rough * (1.0 - 1e-9))
            return m * magnitude;
    }
    return 10.0 * magnitude;
}

QString priceLabelFormat(double step)
{
    const int decimals = step > 0.0 ? std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 2, 8) : 2;
    return u"%." + QString::number(decimals) + u'f';
}

} // namespace tickerline
