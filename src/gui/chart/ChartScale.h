#pragma once

#include "Choices.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace tickerline {

class SeriesColumns;

// Price → plotted value: the price itself, its logarithm, or its change in %
// from `base` (the line's first price in view).
struct PriceTransform
{
    PriceScale scale = PriceScale::Linear;
    double base = 1.0;

    [[nodiscard]] double apply(double price) const;
    [[nodiscard]] double invert(double value) const;
};

struct ScaleTick
{
    double value = 0.0;   // plotted value
    QString label;
};

// Labels for the log and percent axes over plotted values [low, high], about
// one per `labelPixels` of `heightPixels`: round percentages ("+2 %"), or
// round prices spaced evenly on screen for the log scale.
[[nodiscard]] QList<ScaleTick> scaleTicks(PriceScale scale, double low, double high, double heightPixels,
                                          double labelPixels, const QLocale &locale = QLocale());

// The price a line is rebased on in percent mode: its first point in [fromX, toX].
[[nodiscard]] double firstPriceInView(const SeriesColumns &buffer, double fromX, double toX);

} // namespace tickerline
