#pragma once

#include <QString>

namespace tickerline {

// Number formats of the watchlist, in the user's locale.
[[nodiscard]] int priceDecimals(double price);          // 2, more below 1
[[nodiscard]] QString formatPrice(double price);
[[nodiscard]] QString withPlusSign(double value, const QString &text);   // "+1.20" for gains
[[nodiscard]] QString formatVolume(double volume);      // "8,412", "12.4M"

} // namespace tickerline
