#include "ChartAxes.h"

#include "TimeUnits.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace tickerline {

namespace {

// Durations a reader takes for round, ascending.
constexpr std::array RoundSteps{
    MsPerSecond, 2 * MsPerSecond, 5 * MsPerSecond, 10 * MsPerSecond, 15 * MsPerSecond, 30 * MsPerSecond,
    MsPerMinute, 2 * MsPerMinute, 5 * MsPerMinute, 10 * MsPerMinute, 15 * MsPerMinute, 30 * MsPerMinute,
    MsPerHour, 2 * MsPerHour, 3 * MsPerHour, 6 * MsPerHour, 12 * MsPerHour,
    MsPerDay, 2 * MsPerDay, 7 * MsPerDay, 14 * MsPerDay, 28 * MsPerDay,
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

double priceAxisStep(double range, double heightPixels)
{
    constexpr double PriceLabelPixels = 48.0;
    double step = niceStep(range / std::max(2.0, heightPixels / PriceLabelPixels));
    // Down the 1-2-5 ladder (5 → 2 → 1 → 0.5 …) while the range holds fewer
    // than two steps; a few rungs at most.
    for (int rung = 0; rung < 6 && range > 0.0 && range / step < 2.0; ++rung) {
        const double magnitude = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
        const double mantissa = step / magnitude;
        step = mantissa > 4.5 ? 2.0 * magnitude : mantissa > 1.5 ? magnitude : 0.5 * magnitude;
    }
    return step;
}

QString priceLabelFormat(double step)
{
    const int decimals = step > 0.0 ? std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 2, 8) : 2;
    return u"%." + QString::number(decimals) + u'f';
}

} // namespace tickerline
