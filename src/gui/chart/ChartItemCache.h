#pragma once

#include <QGraphicsItem>
#include <QList>

namespace tickerline {

// Gives the items Qt Charts draws series and grid lines with (which it does
// not expose) a device-coordinate cache, once each: a repaint of the plot
// then blits every item whose own geometry did not change. Without it, a
// live tick that moves one line re-strokes every line, band and grid line
// under the repainted area. Cheap enough to call after every frame, which
// also reaches the items of new series and new grid lines.
void cacheChartItems(QGraphicsItem *chart);

// While it lives, every item under `chart` draws itself rather than its
// cached pixmap: an export is vectors (SVG) at any size, not bitmaps.
class UncachedChartItems final
{
    Q_DISABLE_COPY_MOVE(UncachedChartItems)
public:
    explicit UncachedChartItems(QGraphicsItem *chart);
    ~UncachedChartItems();

private:
    QList<QGraphicsItem *> m_items;
};

} // namespace tickerline
