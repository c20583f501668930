#pragma once

// Map: forwards f(value) for every value (streamz `map`).

#include "Pipe.h"

namespace tickerline::stream {

template <typename F, typename Down = Discard>
class Map
{
public:
    explicit Map(F f, Down down = {}) : m_f(std::move(f)), m_down(std::move(down)) {}

    template <typename V>
    void push(V &&value) { m_down.push(m_f(std::forward<V>(value))); }

    [[nodiscard]] Down &downstream() { return m_down; }

private:
    F m_f;
    Down m_down;
};

template <typename F>
[[nodiscard]] auto map(F f)
{
    return makeOp([f = std::move(f)]<typename Down>(Down down) mutable {
        return Map<F, Down>(std::move(f), std::move(down));
    });
}

} // namespace tickerline::stream
