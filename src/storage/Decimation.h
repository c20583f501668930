#pragma once

#include "SeriesPoint.h"

#include <QList>

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

} // namespace tickerline
