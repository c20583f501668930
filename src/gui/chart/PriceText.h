#pragma once

#include <QLocale>
#include <QString>

#include <cmath>

namespace tickerline {

// The decimals of a price, in the chart and the watchlist alike
// (QuoteFormat's priceDecimals): two, more below 1 for crypto fractions and
// penny stocks.
[[nodiscard]] inline int chartPriceDecimals(double price)
{
    const double magnitude = std::abs(price);
    if (magnitude == 0.0 || magnitude >= 1.0)
        return 2;
    return magnitude >= 0.01 ? 4 : 6;
}

// A price as the chart's read-outs show it, in the locale's digits. A change,
// or any price of an instrument, takes the decimals of the price it belongs
// to (`of`), so +0.50 on a 100 stock does not read +0.5000.
[[nodiscard]] inline QString chartPriceText(double value, const QLocale &locale, double of)
{
    return locale.toString(value, 'f', chartPriceDecimals(of));
}
[[nodiscard]] inline QString chartPriceText(double price, const QLocale &locale)
{
    return chartPriceText(price, locale, price);
}

} // namespace tickerline
