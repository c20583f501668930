#pragma once

// RateLimit: at most one value per intervalMs of item time, keeping the
// latest (a throttle with leading and trailing edge, like streamz
// `rate_limit` but clocked by the values' own timestamps). A value at least
// intervalMs after the last forwarded one passes at once; values in between
// are held, each replacing the one before, and the held value goes out when
// the next value opens a new interval — or at flush() (end of a batch, a
// frame timer), so the latest value is never lost.

#include "Pipe.h"

#include <limits>
#include <optional>

namespace tickerline::stream {

template <typename T, typename Down = Discard, typename Time = TimeOf>
class RateLimit
{
public:
    explicit RateLimit(qint64 intervalMs, Down down = {}, Time time = {})
        : m_intervalMs(std::max<qint64>(intervalMs, 0)), m_down(std::move(down)), m_time(std::move(time))
    {
    }

    void push(const T &item)
    {
        const qint64 t = m_time(item);
        if (m_lastMs == std::numeric_limits<qint64>::min() || t >= m_lastMs + m_intervalMs) {
            // The held value is older than this one: the latest wins.
            m_pending.reset();
            forward(item, t);
        } else {
            m_pending = item;
        }
    }

    // Forwards the held value, if any.
    void flush()
    {
        if (!m_pending)
            return;
        const T item = std::move(*m_pending);
        m_pending.reset();
        forward(item, m_time(item));
    }

    [[nodiscard]] bool hasPending() const { return m_pending.has_value(); }
    [[nodiscard]] Down &downstream() { return m_down; }

private:
    void forward(const T &item, qint64 t)
    {
        m_lastMs = std::max(m_lastMs, t);
        m_down.push(item);
    }

    qint64 m_intervalMs;
    qint64 m_lastMs = std::numeric_limits<qint64>::min();
    std::optional<T> m_pending;
    Down m_down;
    Time m_time;
};

template <typename T, typename Time = TimeOf>
[[nodiscard]] auto rateLimit(qint64 intervalMs, Time time = {})
{
    return makeOp([intervalMs, time = std::move(time)]<typename Down>(Down down) mutable {
        return RateLimit<T, Down, Time>(intervalMs, std::move(down), std::move(time));
    });
}

} // namespace tickerline::stream
