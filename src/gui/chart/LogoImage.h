#pragma once

#include "Instrument.h"

#include <QImage>

namespace tickerline {

// Decodes an instrument's logo bytes (PNG, JPEG or SVG) into a square image
// of the given size, with limits on the encoded and decoded size; draws a
// letter mark on a colour derived from the symbol when there is no usable logo.
[[nodiscard]] QImage logoImage(const Instrument &instrument, int size);
[[nodiscard]] QImage letterMark(const QString &symbol, int size);

} // namespace tickerline
