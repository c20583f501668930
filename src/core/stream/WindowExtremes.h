#pragma once

// WindowExtremes: min and max of a FIFO window in O(1) amortised per value
// (two monotonic deques). Values enter with increasing sequence numbers and
// leave oldest first; TimedWindow uses it for the extremes of the last N
// seconds.

#include "RingBuffer.h"

namespace tickerline::stream {

template <typename V>
class WindowExtremes
{
public:
    void add(quint64 sequence, const V &value)
    {
        while (!m_min.empty() && !(m_min.back().value < value))
            m_min.pop_back();
        m_min.push_back({sequence, value});
        while (!m_max.empty() && !(value < m_max.back().value))
            m_max.pop_back();
        m_max.push_back({sequence, value});
    }

    // The value with this sequence number (the oldest one still in) left.
    void remove(quint64 sequence)
    {
        if (!m_min.empty() && m_min.front().sequence == sequence)
            m_min.pop_front();
        if (!m_max.empty() && m_max.front().sequence == sequence)
            m_max.pop_front();
    }

    // Newest of equal extremes wins, so the one that stays longest is kept.
    [[nodiscard]] const V &min() const { return m_min.front().value; }
    [[nodiscard]] const V &max() const { return m_max.front().value; }
    [[nodiscard]] bool empty() const { return m_min.empty(); }

    void clear()
    {
        m_min.clear();
        m_max.clear();
    }

private:
    struct Entry
    {
        quint64 sequence = 0;
        V value{};
    };
    RingBuffer<Entry> m_min;
    RingBuffer<Entry> m_max;
};

} // namespace tickerline::stream
