#include "ChartScale.h"

#include "ChartAxes.h"
#include "SeriesColumns.h"

#include <algorithm>
#include <cmath>

namespace tickerline {

double PriceTransform::apply(double price) const
{
    switch (scale) {
    case PriceScale::Linear:
        break;
    case PriceScale::Log:
        return std::log(price);
    case PriceScale::Percent:
        return (price / base - 1.0) * 100.0;
    }
    return price;
}

double PriceTransform::invert(double value) const
{
    switch (scale) {
    case PriceScale::Linear:
        break;
    case PriceScale::Log:
        return std::exp(value);
    case PriceScale::Percent:
        return base * (1.0 + value / 100.0);
    }
    return value;
}

namespace {

// The whole multiples k of step in [low, high], as the first k and how many,
// at most MaxMultiples. None when they cannot be counted: a range zoomed in
// below the values' precision (where k += 1.0 stood still and the GUI hung)
// or out to infinity.
struct Multiples
{
    qint64 first = 0;
    qint64 count = 0;
};

Multiples multiplesOf(double step, double low, double high)
{
    constexpr qint64 MaxMultiples = 400;
    constexpr double Exact = 0x1.0p52;   // beyond this, consecutive k are not all doubles
    const double first = std::ceil(low / step);
    const double last = std::floor(high / step);
    if (!(std::abs(first) < Exact && std::abs(last) < Exact) || last < first)
        return {};
    return {qint64(first), std::min(qint64(last) - qint64(first) + 1, MaxMultiples)};
}

int decimalsFor(double step, int minimum)
{
    return std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), minimum, 8);
}

} // namespace

QList<ScaleTick> scaleTicks(PriceScale scale, double low, double high, double heightPixels, double labelPixels,
                            const QLocale &locale)
{
    QList<ScaleTick> out;
    if (!(high > low) || heightPixels <= 0.0 || labelPixels <= 0.0 || scale == PriceScale::Linear)
        return out;
    const double labels = std::max(2.0, heightPixels / labelPixels);
    if (scale == PriceScale::Percent) {
        const double step = niceStep((high - low) / labels);
        const int decimals = decimalsFor(step, 0);
        const auto [first, count] = multiplesOf(step, low, high);
        for (qint64 i = 0; i < count; ++i) {
            const double k = double(first + i);
            const double v = std::abs(k) < 0.5 ? 0.0 : k * step;
            QString text = locale.toString(v, 'f', decimals);
            if (v > 0.0)
                text.prepend(locale.positiveSign());
            out.append({v, text + QStringLiteral(" %")});
        }
        return out;
    }
    // Log: round prices, thinned so neighbours keep a label's height apart.
    const double pLow = std::exp(low);
    const double pHigh = std::exp(high);
    const double minGap = (high - low) / labels;
    const double step = niceStep((pHigh - pLow) / (labels * 2.0));
    const int decimals = decimalsFor(step, 2);
    double last = -std::numeric_limits<double>::infinity();
    const auto [first, count] = multiplesOf(step, pLow, pHigh);
    for (qint64 i = 0; i < count; ++i) {
        const double k = double(first + i);
        const double v = std::log(k * step);
        if (v - last < minGap)
            continue;
        last = v;
        out.append({v, locale.toString(k * step, 'f', decimals)});
    }
    return out;
}

// The price a line is rebased on in percent mode: its first point in view.
double firstPriceInView(const SeriesColumns &buffer, double fromX, double toX)
{
    const qsizetype before = buffer.indexAtOrBefore(qint64(std::ceil(fromX)) - 1);
    const qsizetype first = before + 1 < buffer.size() && double(buffer.times()[std::size_t(before + 1)]) <= toX
        ? before + 1
        : before;
    return first >= 0 ? buffer.prices()[std::size_t(first)] : 1.0;
}

} // namespace tickerline
