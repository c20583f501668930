#pragma once

#include <QGraphicsItem>
#include <QList>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace tickerline {

// Gives the items Qt Charts draws line series and grid lines with (which it
// does not expose) a device-coordinate cache: a repaint of the plot then
// blits every item whose own geometry did not change. Without it, a live
// tick that moves one line re-strokes every line and grid line under the
// repainted area. A cached series item is not clipped to the plot, so a
// series is cached only while it lies inside it. Cheap enough to call after
// every frame, which also reaches new series and grid lines.
void cacheChartItems(QChart *chart);

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
