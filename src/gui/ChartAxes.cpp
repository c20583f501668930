#include "ChartAxes.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace tickerline {

namespace {
constexpr qint64 Minute = 60'000;
constexpr qint64 Day = 24 * 60 * Minute;
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

QString timeLabelFormat(qint64 spanMs)
{
    if (spanMs <= 30 * Minute)
        return QStringLiteral("HH:mm:ss");
    if (spanMs <= Day)
        return QStringLiteral("HH:mm");
    if (spanMs <= 90 * Day)
        return QStringLiteral("MMM d HH:mm");
    return QStringLiteral("MMM d yyyy");
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
