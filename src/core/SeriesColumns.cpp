#include "SeriesColumns.h"

#include <algorithm>

namespace tickerline {

SeriesColumns::SeriesColumns(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(1, capacity))
{
}

void SeriesColumns::setCapacity(qsizetype capacity)
{
    m_capacity = std::max<qsizetype>(1, capacity);
    trim();
}

void SeriesColumns::replaceRange(qint64 fromMs, qint64 toMs, const Series &points)
{
    Series incoming = points;
    // The store answers in time order; a stable sort keeps equal times as sent
    // should another source not.
    const auto earlier = [](const SeriesPoint &a, const SeriesPoint &b) { return a.timeMs < b.timeMs; };
    if (!std::is_sorted(incoming.cbegin(), incoming.cend(), earlier))
        std::stable_sort(incoming.begin(), incoming.end(), earlier);
    if (!incoming.isEmpty()) {
        fromMs = std::min(fromMs, incoming.constFirst().timeMs);
        toMs = std::max(toMs, incoming.constLast().timeMs);
    }
    compact();
    const auto begin = std::lower_bound(m_times.cbegin(), m_times.cend(), fromMs);
    const auto end = std::upper_bound(begin, m_times.cend(), toMs);
    const auto at = std::size_t(begin - m_times.cbegin());
    const auto removed = std::size_t(end - begin);
    m_blocks.invalidateFrom(at);
    const auto eraseAndInsert = [&](auto &column, auto value) {
        column.erase(column.begin() + qsizetype(at), column.begin() + qsizetype(at + removed));
        column.insert(column.begin() + qsizetype(at), std::size_t(incoming.size()), {});
        for (qsizetype i = 0; i < incoming.size(); ++i)
            column[at + std::size_t(i)] = value(incoming.at(i));
    };
    eraseAndInsert(m_times, [](const SeriesPoint &p) { return p.timeMs; });
    eraseAndInsert(m_prices, [](const SeriesPoint &p) { return p.value; });
    eraseAndInsert(m_sizes, [](const SeriesPoint &p) { return p.size; });
    trim();
}

void SeriesColumns::append(const Series &points)
{
    for (const SeriesPoint &p : points) {
        if (m_times.size() == m_begin || p.timeMs >= m_times.back()) {
            m_times.push_back(p.timeMs);
            m_prices.push_back(p.value);
            m_sizes.push_back(p.size);
        } else {
            const auto it = std::upper_bound(m_times.cbegin() + qsizetype(m_begin), m_times.cend(), p.timeMs);
            insertAt(std::size_t(it - m_times.cbegin()), p);
        }
    }
    trim();
}

void SeriesColumns::insertAt(std::size_t at, const SeriesPoint &p)
{
    m_blocks.invalidateFrom(at);
    m_times.insert(m_times.begin() + qsizetype(at), p.timeMs);
    m_prices.insert(m_prices.begin() + qsizetype(at), p.value);
    m_sizes.insert(m_sizes.begin() + qsizetype(at), p.size);
}

void SeriesColumns::trim()
{
    if (qsizetype(count()) > m_capacity)
        m_begin += count() - std::size_t(m_capacity);
    // Compact once the dropped head is as large as what is kept.
    if (m_begin > std::size_t(m_capacity))
        compact();
}

void SeriesColumns::compact()
{
    if (m_begin == 0)
        return;
    const auto drop = [this](auto &column) { column.erase(column.begin(), column.begin() + qsizetype(m_begin)); };
    drop(m_times);
    drop(m_prices);
    drop(m_sizes);
    m_begin = 0;
    m_blocks.invalidateAll();   // every point moved
}

qsizetype SeriesColumns::indexAtOrBefore(qint64 timeMs) const
{
    const auto t = times();
    return qsizetype(std::upper_bound(t.begin(), t.end(), timeMs) - t.begin()) - 1;
}

SeriesPoint SeriesColumns::at(qsizetype i) const
{
    const std::size_t k = m_begin + std::size_t(i);
    return {m_times[k], m_prices[k], m_sizes[k]};
}

Series SeriesColumns::slice(qint64 fromMs, qint64 toMs) const
{
    const auto t = times();
    const auto first = qsizetype(std::lower_bound(t.begin(), t.end(), fromMs) - t.begin());
    const auto last = qsizetype(std::upper_bound(t.begin(), t.end(), toMs) - t.begin());
    Series out;
    out.reserve(std::max<qsizetype>(0, last - first));
    for (qsizetype i = first; i < last; ++i)
        out.append(at(i));
    return out;
}

} // namespace tickerline
