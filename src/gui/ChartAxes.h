#pragma once

#include <QString>
#include <QStringList>

namespace tickerline {

// Axis labelling rules of the price chart, kept apart so they can be tested.

// "Price (USD)" when all lines share one currency, "Price" otherwise.
[[nodiscard]] QString priceAxisTitle(const QStringList &currencies);
// Date-time label format that distinguishes ticks over a span of that length.
[[nodiscard]] QString timeLabelFormat(qint64 spanMs);
// QDateTimeAxis spaces its ticks evenly from its minimum to its maximum. The
// live window ends on a round time (a little past the newest point) and gets
// a tick count whose step is a round duration, so its labels read 09:00 rather
// than 08:47; other spans get about one label per `labelPixels`.
[[nodiscard]] qint64 liveWindowEnd(qint64 latestMs, qint64 windowMs);
[[nodiscard]] int timeTickCount(qint64 spanMs, double widthPixels, double labelPixels);
// A 1, 2 or 5 × 10^n step no smaller than `rough`.
[[nodiscard]] double niceStep(double rough);
// printf-style format for price labels `step` apart: cents at least, more
// decimals only when the step needs them.
[[nodiscard]] QString priceLabelFormat(double step);

} // namespace tickerline
