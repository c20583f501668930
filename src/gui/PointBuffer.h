#pragma once

#include "SeriesPoint.h"

#include <QList>
#include <QPointF>

#include <span>

namespace tickerline {

// One symbol's chart points in time order (x = UTC ms, y = price), in the
// form QXYSeries::replace() takes. Bounded: past the capacity the oldest
// points go, since the store keeps them and a history query brings them back.
class PointBuffer
{
public:
    static constexpr qsizetype DefaultCapacity = 200'000;

    explicit PointBuffer(qsizetype capacity = DefaultCapacity) : m_capacity(capacity) {}

    // History for [fromMs, toMs] replaces what the buffer held there (widened
    // to the points' own span, so nothing is held twice).
    void replaceRange(qint64 fromMs, qint64 toMs, const Series &points);
    // Live points; one older than the newest is inserted at its place.
    void append(const Series &points);

    [[nodiscard]] std::span<const QPointF> points() const { return m_points; }
    [[nodiscard]] qsizetype size() const { return m_points.size(); }
    [[nodiscard]] bool isEmpty() const { return m_points.isEmpty(); }
    [[nodiscard]] double lastX() const { return m_points.constLast().x(); }

private:
    void trim();

    QList<QPointF> m_points;
    qsizetype m_capacity;
};

} // namespace tickerline
