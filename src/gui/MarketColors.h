#pragma once

#include <QColor>

class QPalette;

namespace tickerline {

// Up/down colours for changes and flashes, picked for the palette in use so
// they stay readable on light and dark backgrounds.
[[nodiscard]] bool isDarkPalette(const QPalette &palette);
[[nodiscard]] QColor upColor(const QPalette &palette);
[[nodiscard]] QColor downColor(const QPalette &palette);

} // namespace tickerline
