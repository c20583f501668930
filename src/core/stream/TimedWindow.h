#pragma once

// TimedWindow: the values of the last spanMs milliseconds by the values' own
// timestamps, never the wall clock (streamz `timed_window` as a sliding
// window). After a push at time t it holds the values with time in
// [t - spanMs, t] and forwards itself (const TimedWindow &).
//
// For alerts like "moved 3 % within 60 s": front() is the oldest value still
// inside, back() the newest, min()/max() the extremes of the projected value
// (O(1) amortised, monotonic deques) — no scan of the window.
//
// Values are expected in time order. A late value is kept like any other and
// leaves when it reaches the front and is out of range; the window's clock
// never goes back. expire(nowMs) moves the clock on without a value (a quiet
// feed). Time and value come from projections: `.timeMs`, and `.value` /
// `.price` / the item itself (see Pipe.h), or pass your own.

#include "Pipe.h"
#include "RingBuffer.h"
#include "WindowExtremes.h"

#include <limits>
#include <type_traits>

namespace tickerline::stream {

template <typename T, typename Down = Discard, typename Time = TimeOf, typename Value = ValueOf>
class TimedWindow
{
public:
    using ValueType = std::remove_cvref_t<std::invoke_result_t<const Value &, const T &>>;

    explicit TimedWindow(qint64 spanMs, Down down = {}, Time time = {}, Value value = {})
        : m_spanMs(std::max<qint64>(spanMs, 0)), m_down(std::move(down)), m_time(std::move(time)),
          m_value(std::move(value))
    {
    }

    void push(const T &item)
    {
        const qint64 t = m_time(item);
        m_items.push_back(item);
        m_extremes.add(m_nextSequence++, m_value(item));
        if (t > m_nowMs)
            m_nowMs = t;
        evict();
        m_down.push(std::as_const(*this));
    }

    // The clock moves to nowMs (if later) and values older than the span leave.
    void expire(qint64 nowMs)
    {
        if (nowMs > m_nowMs)
            m_nowMs = nowMs;
        evict();
    }

    [[nodiscard]] qint64 spanMs() const { return m_spanMs; }
    // Latest time seen (pushed or expired to); min() of qint64 before any.
    [[nodiscard]] qint64 nowMs() const { return m_nowMs; }
    [[nodiscard]] qsizetype size() const { return qsizetype(m_items.size()); }
    [[nodiscard]] bool empty() const { return m_items.empty(); }
    [[nodiscard]] const T &front() const { return m_items.front(); }
    [[nodiscard]] const T &back() const { return m_items.back(); }
    [[nodiscard]] const T &operator[](qsizetype i) const { return m_items[std::size_t(i)]; }
    [[nodiscard]] const ValueType &min() const { return m_extremes.min(); }
    [[nodiscard]] const ValueType &max() const { return m_extremes.max(); }
    [[nodiscard]] auto begin() const { return m_items.begin(); }
    [[nodiscard]] auto end() const { return m_items.end(); }

    void clear()
    {
        m_items.clear();
        m_extremes.clear();
        m_firstSequence = m_nextSequence;
        m_nowMs = std::numeric_limits<qint64>::min();
    }

    [[nodiscard]] Down &downstream() { return m_down; }

private:
    void evict()
    {
        const qint64 oldestKept = m_nowMs - m_spanMs;
        while (!m_items.empty() && m_time(m_items.front()) < oldestKept) {
            m_items.pop_front();
            m_extremes.remove(m_firstSequence++);
        }
    }

    qint64 m_spanMs;
    qint64 m_nowMs = std::numeric_limits<qint64>::min();
    RingBuffer<T> m_items;
    WindowExtremes<ValueType> m_extremes;
    quint64 m_firstSequence = 0;   // sequence number of m_items.front()
    quint64 m_nextSequence = 0;
    Down m_down;
    Time m_time;
    Value m_value;
};

template <typename T, typename Time = TimeOf, typename Value = ValueOf>
[[nodiscard]] auto timedWindow(qint64 spanMs, Time time = {}, Value value = {})
{
    return makeOp([spanMs, time = std::move(time), value = std::move(value)]<typename Down>(Down down) mutable {
        return TimedWindow<T, Down, Time, Value>(spanMs, std::move(down), std::move(time), std::move(value));
    });
}

} // namespace tickerline::stream
