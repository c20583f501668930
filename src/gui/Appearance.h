#pragma once

#include <QString>

namespace tickerline {

// Applies the Appearance setting to the whole application, live:
//   "system" – the platform's own style and palette, following the
//              platform's light or dark mode as it changes;
//   "light"  – Fusion with its light palette;
//   "dark"   – Fusion with a dark palette.
// The platform style is captured on the first call, so call it once at
// start-up before anything changes the style.
void applyAppearance(const QString &mode);

} // namespace tickerline
