#pragma once

// Buffer: collects values and forwards them as one batch (std::span<const T>)
// when `count` have arrived or at flush() (streamz `partition` / `buffer`):
// batches, not single values, cross threads and hit the database. The
// storage is reused, so steady-state batching allocates nothing.

#include "Pipe.h"

#include <algorithm>
#include <span>
#include <vector>

namespace tickerline::stream {

template <typename T, typename Down = Discard>
class Buffer
{
public:
    explicit Buffer(qsizetype count, Down down = {}) : m_count(std::max<qsizetype>(count, 1)), m_down(std::move(down))
    {
        m_items.reserve(std::size_t(m_count));
    }

    void push(const T &value)
    {
        m_items.push_back(value);
        if (qsizetype(m_items.size()) >= m_count)
            flush();
    }

    // Forwards what is collected, if anything.
    void flush()
    {
        if (m_items.empty())
            return;
        m_down.push(std::span<const T>(m_items));
        m_items.clear();   // keeps the capacity
    }

    [[nodiscard]] qsizetype pending() const { return qsizetype(m_items.size()); }
    [[nodiscard]] Down &downstream() { return m_down; }

private:
    qsizetype m_count;
    std::vector<T> m_items;
    Down m_down;
};

template <typename T>
[[nodiscard]] auto buffer(qsizetype count)
{
    return makeOp([count]<typename Down>(Down down) { return Buffer<T, Down>(count, std::move(down)); });
}

} // namespace tickerline::stream
