#include "QuoteFormat.h"

#include "PriceText.h"

#include <QLocale>

#include <cmath>

namespace tickerline {

int priceDecimals(double price)
{
    return chartPriceDecimals(price);
}

QString formatPrice(double price)
{
    return QLocale().toString(price, 'f', priceDecimals(price));
}

QString withPlusSign(double value, const QString &text)
{
    return value > 0 ? QString(QLocale().positiveSign() + text) : text;
}

QString formatVolume(double volume)
{
    const QLocale locale;
    if (volume < 10'000)
        return locale.toString(qint64(std::llround(volume)));
    // Volumes run into billions: three significant figures and a unit.
    static constexpr struct { double scale; const char16_t *suffix; } units[] = {
        {1e12, u"T"}, {1e9, u"B"}, {1e6, u"M"}, {1e3, u"K"},
    };
    for (const auto &unit : units) {
        if (volume >= unit.scale) {
            const double scaled = volume / unit.scale;
            const int decimals = scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2;
            return QString(locale.toString(scaled, 'f', decimals) + QStringView(unit.suffix));
        }
    }
    return locale.toString(volume, 'f', 0);
}

} // namespace tickerline
