#include "ChartItemCache.h"

#include <QByteArray>
#include <QGraphicsLineItem>
#include <QGraphicsObject>

namespace tickerline {

namespace {

bool isDrawnLikeLastFrame(const QGraphicsItem *item)
{
    if (item->type() == QGraphicsLineItem::Type)
        return true;
    // Line series. Not areas: a cached AreaChartItem loses the clip to the
    // plot, and the bands reach past it.
    const QGraphicsObject *object = const_cast<QGraphicsItem *>(item)->toGraphicsObject();
    return object && QByteArray(object->metaObject()->className()) == "LineChartItem";
}

} // namespace

void cacheChartItems(QGraphicsItem *chart)
{
    const QList<QGraphicsItem *> children = chart->childItems();
    for (QGraphicsItem *child : children) {
        if (child->cacheMode() == QGraphicsItem::NoCache && isDrawnLikeLastFrame(child))
            child->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
        cacheChartItems(child);
    }
}

} // namespace tickerline
