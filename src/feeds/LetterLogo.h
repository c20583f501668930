#pragma once

#include <QByteArray>
#include <QString>

namespace tickerline {

// A logo for symbols without one: the symbol's first letter or digit in white
// on a rounded square whose colour comes from the symbol, so it is the same in
// every run. SVG so that feeds need no QtGui; the GUI renders it with QSvgRenderer.
[[nodiscard]] QByteArray letterLogoSvg(const QString &symbol);
[[nodiscard]] QString letterLogoColor(const QString &symbol);   // "#rrggbb"
[[nodiscard]] QString letterLogoMimeType();                     // "image/svg+xml"

} // namespace tickerline
