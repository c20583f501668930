#pragma once

#include "PriceBlocks.h"
#include "SeriesPoint.h"

#include <QtGlobal>

#include <span>
#include <vector>

namespace tickerline {

// One symbol's points in time order as three columns (time, price, size:
// 24 bytes a point), so a reduction walks plain arrays. Bounded: past the
// capacity the oldest points go, since the store keeps them and a history
// query brings them back (database-backed zoom) — memory stays flat however
// long the app runs.
class SeriesColumns
{
public:
    static constexpr qsizetype DefaultCapacity = 1'000'000;

    explicit SeriesColumns(qsizetype capacity = DefaultCapacity);

    // History for [fromMs, toMs] replaces what the buffer held there (widened
    // to the points' own span, so nothing is held twice).
    void replaceRange(qint64 fromMs, qint64 toMs, const Series &points);
    // Live points; one older than the newest is inserted at its place.
    void append(const Series &points);
    void setCapacity(qsizetype capacity);

    [[nodiscard]] std::span<const qint64> times() const { return {m_times.data() + m_begin, count()}; }
    [[nodiscard]] std::span<const double> prices() const { return {m_prices.data() + m_begin, count()}; }
    [[nodiscard]] std::span<const double> sizes() const { return {m_sizes.data() + m_begin, count()}; }
    [[nodiscard]] qsizetype size() const { return qsizetype(count()); }
    [[nodiscard]] qsizetype capacity() const { return m_capacity; }
    [[nodiscard]] bool isEmpty() const { return count() == 0; }
    [[nodiscard]] qint64 firstTime() const { return m_times[m_begin]; }
    [[nodiscard]] qint64 lastTime() const { return m_times.back(); }
    // Index of the last point at or before `timeMs`; -1 when there is none.
    [[nodiscard]] qsizetype indexAtOrBefore(qint64 timeMs) const;
    // The points in [fromMs, toMs], sizes included.
    [[nodiscard]] Series slice(qint64 fromMs, qint64 toMs) const;
    [[nodiscard]] SeriesPoint at(qsizetype i) const;
    // The block extremes of prices(), brought up to date (see PriceBlocks).
    [[nodiscard]] PriceBlocks::View priceBlocks() const { return m_blocks.update(m_prices, m_begin); }

private:
    [[nodiscard]] std::size_t count() const { return m_times.size() - m_begin; }
    void insertAt(std::size_t at, const SeriesPoint &p);
    void trim();
    void compact();

    // Points before m_begin are dropped ones awaiting compaction: dropping the
    // oldest few on every live frame stays O(1) amortised.
    std::vector<qint64> m_times;
    std::vector<double> m_prices;
    std::vector<double> m_sizes;
    std::size_t m_begin = 0;
    qsizetype m_capacity;
    mutable PriceBlocks m_blocks;   // a cache of m_prices, updated when read
};

} // namespace tickerline
