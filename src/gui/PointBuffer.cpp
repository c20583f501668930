#include "PointBuffer.h"

#include <algorithm>

namespace tickerline {

namespace {

QPointF toPoint(const SeriesPoint &p)
{
    return {double(p.timeMs), p.value};
}

bool earlier(const QPointF &a, const QPointF &b)
{
    return a.x() < b.x();
}

} // namespace

void PointBuffer::replaceRange(qint64 fromMs, qint64 toMs, const Series &points)
{
    QList<QPointF> incoming;
    incoming.reserve(points.size());
    for (const SeriesPoint &p : points)
        incoming.append(toPoint(p));
    // The store answers in time order; a stable sort keeps equal times as sent
    // should another source not.
    if (!std::is_sorted(incoming.cbegin(), incoming.cend(), earlier))
        std::stable_sort(incoming.begin(), incoming.end(), earlier);

    double from = double(fromMs);
    double to = double(toMs);
    if (!incoming.isEmpty()) {
        from = std::min(from, incoming.constFirst().x());
        to = std::max(to, incoming.constLast().x());
    }
    // Work in indices: iterators into a QList are invalidated by erase().
    const auto begin = std::lower_bound(m_points.cbegin(), m_points.cend(), QPointF(from, 0), earlier);
    const auto end = std::upper_bound(begin, m_points.cend(), QPointF(to, 0), earlier);
    const qsizetype at = begin - m_points.cbegin();
    m_points.remove(at, end - begin);
    m_points.insert(at, incoming.size(), QPointF());
    std::copy(incoming.cbegin(), incoming.cend(), m_points.begin() + at);
    trim();
}

void PointBuffer::append(const Series &points)
{
    for (const SeriesPoint &p : points) {
        const QPointF point = toPoint(p);
        if (m_points.isEmpty() || point.x() >= m_points.constLast().x())
            m_points.append(point);
        else
            m_points.insert(std::upper_bound(m_points.cbegin(), m_points.cend(), point, earlier), point);
    }
    trim();
}

void PointBuffer::trim()
{
    // Erasing at the front of a QList only moves its begin, so this stays cheap
    // when every live frame pushes a few points out.
    if (m_points.size() > m_capacity)
        m_points.remove(0, m_points.size() - m_capacity);
}

} // namespace tickerline
