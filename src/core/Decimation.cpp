#include "Decimation.h"

#include <algorithm>
#include <array>

namespace tickerline {

namespace {

bool earlier(const SeriesPoint &a, qsizetype arrivalA, const SeriesPoint &b, qsizetype arrivalB)
{
    return a.timeMs != b.timeMs ? a.timeMs < b.timeMs : arrivalA < arrivalB;
}

} // namespace

MinMaxBuckets::MinMaxBuckets(qint64 fromMs, qint64 toMs, int maxPoints)
    : m_fromMs(fromMs), m_toMs(toMs), m_maxPoints(maxPoints)
{
    if (m_maxPoints > 0 && m_toMs >= m_fromMs) {
        const quint64 buckets = quint64(std::max(1, m_maxPoints / 4));
        // Unsigned so that a range spanning most of qint64 cannot overflow.
        const quint64 span = quint64(m_toMs) - quint64(m_fromMs) + 1;
        m_bucketWidthMs = qint64(std::max<quint64>(1, span / buckets + (span % buckets ? 1 : 0)));
    }
}

void MinMaxBuckets::add(const SeriesPoint &point)
{
    if (point.timeMs < m_fromMs || point.timeMs > m_toMs)
        return;
    const Ranked ranked{point, m_seen++};
    if (!m_buckets.isEmpty()) {
        addToBucket(ranked);
        return;
    }
    m_raw.append(ranked);
    if (m_maxPoints > 0 && m_raw.size() > m_maxPoints) {
        // Too many to return as they are: from now on only buckets are kept.
        m_buckets.resize(std::max(1, m_maxPoints / 4));
        for (const Ranked &r : std::as_const(m_raw))
            addToBucket(r);
        m_raw = {};
    }
}

void MinMaxBuckets::addToBucket(const Ranked &r)
{
    const auto index = qsizetype((quint64(r.point.timeMs) - quint64(m_fromMs)) / quint64(m_bucketWidthMs));
    Bucket &b = m_buckets[std::min(index, m_buckets.size() - 1)];
    if (b.first.arrival < 0) {
        b = Bucket{r, r, r, r};
        return;
    }
    if (earlier(r.point, r.arrival, b.first.point, b.first.arrival))
        b.first = r;
    if (earlier(b.last.point, b.last.arrival, r.point, r.arrival))
        b.last = r;
    if (r.point.value < b.low.point.value)
        b.low = r;
    if (r.point.value > b.high.point.value)
        b.high = r;
}

Series MinMaxBuckets::takeResult()
{
    const auto byTime = [](const Ranked &a, const Ranked &b) {
        return earlier(a.point, a.arrival, b.point, b.arrival);
    };
    Series out;
    if (m_buckets.isEmpty()) {
        std::sort(m_raw.begin(), m_raw.end(), byTime);
        out.reserve(m_raw.size());
        for (const Ranked &r : std::as_const(m_raw))
            out.append(r.point);
        m_raw = {};
        return out;
    }
    out.reserve(m_buckets.size() * 4);
    for (const Bucket &b : std::as_const(m_buckets)) {
        if (b.first.arrival < 0)
            continue;
        std::array<Ranked, 4> kept{b.first, b.low, b.high, b.last};
        std::sort(kept.begin(), kept.end(), byTime);
        qsizetype previous = -1;
        for (const Ranked &r : kept) {
            // The same point is often both first and low, or high and last.
            if (r.arrival != previous)
                out.append(r.point);
            previous = r.arrival;
        }
    }
    m_buckets = {};
    return out;
}

Series decimateMinMax(const Series &series, qint64 fromMs, qint64 toMs, int maxPoints)
{
    MinMaxBuckets buckets(fromMs, toMs, maxPoints);
    for (const SeriesPoint &p : series)
        buckets.add(p);
    return buckets.takeResult();
}

} // namespace tickerline
