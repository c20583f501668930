#include "LetterLogo.h"

#include "SimulatedProfile.h"

#include <algorithm>
#include <cmath>

namespace tickerline {

namespace {

// HSL to 0..255 RGB, as in CSS Color 3; QColor would pull in QtGui.
int hslChannel(double hue, double saturation, double lightness, double offset)
{
    const double k = std::fmod(offset + hue / 30.0, 12.0);
    const double a = saturation * std::min(lightness, 1.0 - lightness);
    const double value = lightness - a * std::max(-1.0, std::min({k - 3.0, 9.0 - k, 1.0}));
    return int(std::lround(value * 255.0));
}

QChar markLetter(const QString &symbol)
{
    for (const QChar c : symbol) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            return c.toUpper();
    }
    return u'?';
}

} // namespace

QString letterLogoColor(const QString &symbol)
{
    // Lightness 0.40 keeps white text readable on every hue.
    const double hue = double(stableSymbolHash(symbol) % 360);
    const int r = hslChannel(hue, 0.55, 0.40, 0.0);
    const int g = hslChannel(hue, 0.55, 0.40, 8.0);
    const int b = hslChannel(hue, 0.55, 0.40, 4.0);
    return QStringLiteral("#%1%2%3")
        .arg(r, 2, 16, QLatin1Char('0'))
        .arg(g, 2, 16, QLatin1Char('0'))
        .arg(b, 2, 16, QLatin1Char('0'));
}

QByteArray letterLogoSvg(const QString &symbol)
{
    // Text is placed by its baseline (y) rather than dominant-baseline,
    // which SVG Tiny renderers such as QSvgRenderer ignore.
    const QString svg = QStringLiteral(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\" viewBox=\"0 0 64 64\">"
        "<rect width=\"64\" height=\"64\" rx=\"14\" ry=\"14\" fill=\"%1\"/>"
        "<text x=\"32\" y=\"44\" fill=\"#ffffff\" font-family=\"sans-serif\" font-size=\"34\" "
        "font-weight=\"bold\" text-anchor=\"middle\">%2</text></svg>")
        .arg(letterLogoColor(symbol), QString(markLetter(symbol)));
    return svg.toUtf8();
}

QString letterLogoMimeType()
{
    return QStringLiteral("image/svg+xml");
}

} // namespace tickerline
