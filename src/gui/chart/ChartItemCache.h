#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QGraphicsItem;
QT_END_NAMESPACE

namespace tickerline {

// Gives the items Qt Charts draws series and grid lines with (which it does
// not expose) a device-coordinate cache, once each: a repaint of the plot
// then blits every item whose own geometry did not change. Without it, a
// live tick that moves one line re-strokes every line, band and grid line
// under the repainted area. Cheap enough to call after every frame, which
// also reaches the items of new series and new grid lines.
void cacheChartItems(QGraphicsItem *chart);

} // namespace tickerline
