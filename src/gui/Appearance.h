#pragma once

#include "Choices.h"

namespace tickerline {

// Applies the Appearance setting to the whole application, live:
//   System – the platform's own style and palette, following the
//            platform's light or dark mode as it changes;
//   Light  – Fusion with its light palette;
//   Dark   – Fusion with a dark palette.
// The platform style is captured on the first call, so call it once at
// start-up before anything changes the style.
void applyAppearance(Appearance mode);

} // namespace tickerline
