#pragma once

// Filter: forwards the values for which predicate(value) is true (streamz `filter`).

#include "Pipe.h"

namespace tickerline::stream {

template <typename P, typename Down = Discard>
class Filter
{
public:
    explicit Filter(P predicate, Down down = {}) : m_predicate(std::move(predicate)), m_down(std::move(down)) {}

    template <typename V>
    void push(V &&value)
    {
        if (m_predicate(std::as_const(value)))
            m_down.push(std::forward<V>(value));
    }

    [[nodiscard]] Down &downstream() { return m_down; }

private:
    P m_predicate;
    Down m_down;
};

template <typename P>
[[nodiscard]] auto filter(P predicate)
{
    return makeOp([p = std::move(predicate)]<typename Down>(Down down) mutable {
        return Filter<P, Down>(std::move(p), std::move(down));
    });
}

} // namespace tickerline::stream
