#include "ChartItemCache.h"

#include <QByteArray>
#include <QChart>
#include <QGraphicsLineItem>
#include <QGraphicsObject>

namespace tickerline {

namespace {

bool isLineSeriesItem(QGraphicsItem *item)
{
    const QGraphicsObject *object = item->toGraphicsObject();
    return object && QByteArray(object->metaObject()->className()) == "LineChartItem";
}

void cacheUnder(QGraphicsItem *item, const QRectF &plot)
{
    const QList<QGraphicsItem *> children = item->childItems();
    for (QGraphicsItem *child : children) {
        QGraphicsItem::CacheMode wanted = child->cacheMode();
        if (child->type() == QGraphicsLineItem::Type) {
            wanted = QGraphicsItem::DeviceCoordinateCache;   // grid and axis lines: never clipped
        } else if (isLineSeriesItem(child)) {
            // Drawn from its cache, a series item is not clipped to the plot:
            // cached only while all of it lies inside (a manual price zoom,
            // a study beyond the view's values draw uncached).
            wanted = plot.contains(child->sceneBoundingRect()) ? QGraphicsItem::DeviceCoordinateCache
                                                               : QGraphicsItem::NoCache;
        }
        if (child->cacheMode() != wanted)
            child->setCacheMode(wanted);
        cacheUnder(child, plot);
    }
}

void collectCached(QGraphicsItem *item, QList<QGraphicsItem *> &out)
{
    const QList<QGraphicsItem *> children = item->childItems();
    for (QGraphicsItem *child : children) {
        if (child->cacheMode() != QGraphicsItem::NoCache)
            out.append(child);
        collectCached(child, out);
    }
}

} // namespace

void cacheChartItems(QChart *chart)
{
    // The pen reaches a little past the points: a line along a border is inside.
    constexpr qreal PenMargin = 3.0;
    const QRectF plot = chart->mapRectToScene(chart->plotArea()).adjusted(-PenMargin, -PenMargin, PenMargin, PenMargin);
    cacheUnder(chart, plot);
}

UncachedChartItems::UncachedChartItems(QGraphicsItem *chart)
{
    collectCached(chart, m_items);
    for (QGraphicsItem *item : std::as_const(m_items))
        item->setCacheMode(QGraphicsItem::NoCache);
}

UncachedChartItems::~UncachedChartItems()
{
    for (QGraphicsItem *item : std::as_const(m_items))
        item->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
}

} // namespace tickerline
