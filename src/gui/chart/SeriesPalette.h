#pragma once

#include <QColor>

namespace tickerline {

// The colour of the n-th symbol of the watchlist, shared by the watchlist's
// swatch, the price line and its 52-week band so they always agree.
[[nodiscard]] QColor seriesColor(int index);

} // namespace tickerline
