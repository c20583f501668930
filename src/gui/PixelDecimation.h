#pragma once

#include "PriceBlocks.h"

#include <QList>
#include <QPointF>

#include <span>

namespace tickerline {

// What a line chart can show of a time-ordered series (times and values as
// parallel columns) across `columns` pixel columns spanning [fromX, toX]: at
// most two points per column (its minimum and maximum, in time order, so
// spikes survive), the first and last points inside the range, and the
// nearest point beyond each edge so the line reaches the border of the plot.
// Points further outside are dropped. With `blocks` (the values' block
// extremes, e.g. SeriesColumns::priceBlocks()) wide columns are reduced from
// them: the same points, found without reading every value.
[[nodiscard]] QList<QPointF> reduceToPixelColumns(std::span<const qint64> times,
                                                  std::span<const double> values,
                                                  double fromX, double toX, int columns,
                                                  const PriceBlocks::View *blocks = nullptr);

} // namespace tickerline
