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

void cacheChartItems(QGraphicsItem *chart)
{
    const QList<QGraphicsItem *> children = chart->childItems();
    for (QGraphicsItem *child : children) {
        if (child->cacheMode() == QGraphicsItem::NoCache && isDrawnLikeLastFrame(child))
            child->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
        cacheChartItems(child);
    }
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
