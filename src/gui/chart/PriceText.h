#pragma once

#include <QLocale>
#include <QString>

#include <cmath>

namespace tickerline {

// A price as the chart's read-outs show it, in the locale's digits: four
// decimals for prices below 1 (crypto fractions, penny stocks), two
// otherwise. A change takes the decimals of the price it is a change of
// (`of`), so +0.50 on a 100 stock does not read +0.5000.
[[nodiscard]] inline QString chartPriceText(double value, const QLocale &locale, double of)
{
    return locale.toString(value, 'f', std::abs(of) < 1.0 ? 4 : 2);
}
[[nodiscard]] inline QString chartPriceText(double price, const QLocale &locale)
{
    return chartPriceText(price, locale, price);
}

} // namespace tickerline
