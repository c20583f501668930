#pragma once

#include <QString>
#include <QStringList>

namespace tickerline {

// Axis labelling rules of the price chart, kept apart so they can be tested.

// "Price (USD)" when all lines share one currency, "Price" otherwise.
[[nodiscard]] QString priceAxisTitle(const QStringList &currencies);
// The live window ends on a round time a little past the newest point, so it
// moves in steps (a redraw per step, not per tick).
[[nodiscard]] qint64 liveWindowEnd(qint64 latestMs, qint64 windowMs);
// A 1, 2 or 5 × 10^n step no smaller than `rough`.
[[nodiscard]] double niceStep(double rough);
// The price axis step for `range` on an axis `heightPixels` high: about one
// label per 48 pixels, rounded to a nice step, but never so coarse that fewer
// than two labels fall in the range (a low chart with a wide range showed one).
[[nodiscard]] double priceAxisStep(double range, double heightPixels);
// printf-style format for price labels `step` apart: cents at least, more
// decimals only when the step needs them.
[[nodiscard]] QString priceLabelFormat(double step);

} // namespace tickerline
