#include "CandleSets.h"

#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QPen>

namespace tickerline {

namespace {

void apply(QCandlestickSet *set, const CandleShape &shape)
{
    if (set->timestamp() != shape.timestamp)
        set->setTimestamp(shape.timestamp);
    if (set->open() != shape.open)
        set->setOpen(shape.open);
    if (set->high() != shape.high)
        set->setHigh(shape.high);
    if (set->low() != shape.low)
        set->setLow(shape.low);
    if (set->close() != shape.close)
        set->setClose(shape.close);
    // The wick in the body's colour, as traders expect.
    if (set->pen().color() != shape.color)
        set->setPen(QPen(shape.color, 1.0));
}

} // namespace

void syncCandleSets(QCandlestickSeries *series, const QList<CandleShape> &shapes)
{
    QList<QCandlestickSet *> sets = series->sets();
    if (sets.size() > shapes.size()) {
        series->remove(sets.mid(shapes.size()));   // deletes them
        sets.resize(shapes.size());
    }
    for (qsizetype i = 0; i < sets.size(); ++i)
        apply(sets.at(i), shapes.at(i));
    QList<QCandlestickSet *> added;
    for (qsizetype i = sets.size(); i < shapes.size(); ++i) {
        auto *set = new QCandlestickSet;
        apply(set, shapes.at(i));
        added.append(set);
    }
    if (!added.isEmpty())
        series->append(added);
}

} // namespace tickerline
