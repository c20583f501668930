#pragma once

#include "Instrument.h"
#include "SeriesPalette.h"

#include <QImage>

namespace tickerline {

// Decodes an instrument's logo bytes (PNG, JPEG or SVG) into a square image
// of the given size, with limits on the encoded and decoded size; draws a
// letter mark in the symbol's look when there is no usable logo. The
// simulated market's generated letter logo is no real logo either: it would
// show one letter on a colour of its own, so the look's mark replaces it.
[[nodiscard]] QImage logoImage(const Instrument &instrument, const SymbolLook &look, int size);
[[nodiscard]] QImage letterMark(const SymbolLook &look, int size);

} // namespace tickerline
