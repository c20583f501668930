#pragma once

#include <QString>

namespace tickerline {

// Applies the Appearance setting to the whole application, live:
//   "system" – the platform's own style and palette, as at start-up;
//   "light"  – Fusion with its light palette;
//   "dark"   – Fusion with a dark palette.
// The platform look is captured on the first call, so call it once at start-up
// before anything changes the style or palette.
void applyAppearance(const QString &mode);

} // namespace tickerline
