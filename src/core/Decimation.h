#pragma once

#include "PriceBlocks.h"
#include "SeriesPoint.h"

#include <QList>
#include <QPointF>

#include <span>

// Min/max decimation, the one home of it: a series reduced to what can be
// seen keeps each bucket's extremes, so a one-tick spike survives any zoom.
// Two entry points for the two shapes a series arrives in:
//  * MinMaxBuckets — points streamed in any order (the store reads several
//    providers' rows one after another), reduced to a budget of points;
//  * reduceToPixelColumns — a time-ordered column pair in memory (the chart's
//    buffers), reduced to the pixel columns it is drawn on.
// Decimate once: the store reduces what it reads, the chart what it draws;
// nothing in between thins a series again.

namespace tickerline {

// Min/max decimation over fixed time buckets: [fromMs, toMs] is split into
// maxPoints / 4 equal buckets and each keeps its first, lowest, highest and
// last point, so a spike of one tick survives any zoom level and the line
// still starts and ends where the data does.
//
// Points are fed in any order (the store streams several providers' rows one
// after another); ties in time keep their arrival order. Points outside
// [fromMs, toMs] are ignored. When at most maxPoints points fall in range, or
// maxPoints <= 0, all of them are returned unreduced.
class MinMaxBuckets
{
public:
    MinMaxBuckets(qint64 fromMs, qint64 toMs, int maxPoints);

    void add(const SeriesPoint &point);
    [[nodiscard]] qsizetype pointsSeen() const { return m_seen; }
    // The width of one bucket once reducing (1 when maxPoints <= 0).
    [[nodiscard]] qint64 bucketWidthMs() const { return m_bucketWidthMs; }
    // Points in time order (stable for equal times).
    [[nodiscard]] Series takeResult();

private:
    struct Ranked
    {
        SeriesPoint point;
        qsizetype arrival = -1;   // -1: bucket still empty
    };
    struct Bucket
    {
        Ranked first;
        Ranked low;
        Ranked high;
        Ranked last;
    };

    void addToBucket(const Ranked &ranked);

    qint64 m_fromMs;
    qint64 m_toMs;
    int m_maxPoints;
    qint64 m_bucketWidthMs = 1;
    qsizetype m_seen = 0;
    QList<Ranked> m_raw;         // kept until more than maxPoints arrive
    QList<Bucket> m_buckets;
};

// Convenience over MinMaxBuckets for a series already in memory.
[[nodiscard]] Series decimateMinMax(const Series &series, qint64 fromMs, qint64 toMs, int maxPoints);

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
