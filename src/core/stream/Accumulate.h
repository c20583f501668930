#pragma once

// Accumulate: folds every value into a state, state = f(state, value), and
// forwards the new state (streamz `accumulate`). Running totals, EMA, VWAP
// and rolling statistics over a SlidingWindow are accumulations.
// The state is updated in place through a reference when f takes State& and
// returns void (no copy of a large state per value).

#include "Pipe.h"

#include <type_traits>

namespace tickerline::stream {

template <typename State, typename F, typename Down = Discard>
class Accumulate
{
public:
    Accumulate(State initial, F f, Down down = {})
        : m_initial(initial), m_state(std::move(initial)), m_f(std::move(f)), m_down(std::move(down))
    {
    }

    template <typename V>
    void push(V &&value)
    {
        if constexpr (std::is_void_v<std::invoke_result_t<F &, State &, V &&>>)
            m_f(m_state, std::forward<V>(value));
        else
            m_state = m_f(std::move(m_state), std::forward<V>(value));
        m_down.push(std::as_const(m_state));
    }

    [[nodiscard]] const State &state() const { return m_state; }
    void reset() { m_state = m_initial; }
    [[nodiscard]] Down &downstream() { return m_down; }

private:
    State m_initial;
    State m_state;
    F m_f;
    Down m_down;
};

template <typename State, typename F>
[[nodiscard]] auto accumulate(State initial, F f)
{
    return makeOp([initial = std::move(initial), f = std::move(f)]<typename Down>(Down down) mutable {
        return Accumulate<State, F, Down>(std::move(initial), std::move(f), std::move(down));
    });
}

} // namespace tickerline::stream
