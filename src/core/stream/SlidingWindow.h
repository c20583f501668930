#pragma once

// SlidingWindow: the last `length` values, count-based (streamz
// `sliding_window`). After each push it forwards itself (const
// SlidingWindow &) so downstream reads the window in place — no copy per
// value. evicted() is the value that just fell out (nullptr while filling),
// which lets an Accumulate keep O(1) rolling sums (see analytics/Indicators).
// Storage is a ring buffer sized once: no heap allocation per value.

#include "Pipe.h"
#include "RingBuffer.h"

#include <algorithm>
#include <optional>

namespace tickerline::stream {

template <typename T, typename Down = Discard>
class SlidingWindow
{
public:
    explicit SlidingWindow(qsizetype length, Down down = {})
        : m_length(std::max<qsizetype>(length, 1)), m_items(std::size_t(m_length)), m_down(std::move(down))
    {
    }

    void push(const T &value)
    {
        m_evicted.reset();
        if (qsizetype(m_items.size()) == m_length)
            m_evicted = m_items.pop_front();
        m_items.push_back(value);
        m_down.push(std::as_const(*this));
    }

    [[nodiscard]] qsizetype length() const { return m_length; }
    [[nodiscard]] qsizetype size() const { return qsizetype(m_items.size()); }
    [[nodiscard]] bool full() const { return size() == m_length; }
    [[nodiscard]] bool empty() const { return m_items.empty(); }
    [[nodiscard]] const T &front() const { return m_items.front(); }
    [[nodiscard]] const T &back() const { return m_items.back(); }
    [[nodiscard]] const T &operator[](qsizetype i) const { return m_items[std::size_t(i)]; }
    [[nodiscard]] const T *evicted() const { return m_evicted ? &*m_evicted : nullptr; }
    [[nodiscard]] auto begin() const { return m_items.begin(); }
    [[nodiscard]] auto end() const { return m_items.end(); }

    void clear()
    {
        m_items.clear();
        m_evicted.reset();
    }

    [[nodiscard]] Down &downstream() { return m_down; }

private:
    qsizetype m_length;
    RingBuffer<T> m_items;
    std::optional<T> m_evicted;
    Down m_down;
};

template <typename T>
[[nodiscard]] auto slidingWindow(qsizetype length)
{
    return makeOp([length]<typename Down>(Down down) { return SlidingWindow<T, Down>(length, std::move(down)); });
}

} // namespace tickerline::stream
