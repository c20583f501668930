#pragma once

// CombineLatest: once both inputs have had a value, every value on either
// side forwards the pair of the latest left and latest right values
// (streamz `combine_latest`, emitting on both). Derived series (spread,
// ratio of two symbols) are this over two time-ordered series.

#include "Pipe.h"

#include <utility>

namespace tickerline::stream {

// One input of a two-input stage, usable as a sink.
template <typename Stage, typename V, void (Stage::*Push)(const V &)>
class Port
{
public:
    explicit Port(Stage &stage) : m_stage(&stage) {}
    void push(const V &value) { (m_stage->*Push)(value); }

private:
    Stage *m_stage;
};


template <typename A, typename B, typename Down = Discard>
class CombineLatest
{
public:
    explicit CombineLatest(Down down = {}) : m_down(std::move(down)) {}

    void pushLeft(const A &a)
    {
        m_latest.first = a;
        m_hasLeft = true;
        forwardLatest();
    }

    void pushRight(const B &b)
    {
        m_latest.second = b;
        m_hasRight = true;
        forwardLatest();
    }

    [[nodiscard]] Port<CombineLatest, A, &CombineLatest::pushLeft> left()
    {
        return Port<CombineLatest, A, &CombineLatest::pushLeft>(*this);
    }
    [[nodiscard]] Port<CombineLatest, B, &CombineLatest::pushRight> right()
    {
        return Port<CombineLatest, B, &CombineLatest::pushRight>(*this);
    }

    [[nodiscard]] bool ready() const { return m_hasLeft && m_hasRight; }
    // Meaningful once ready().
    [[nodiscard]] const std::pair<A, B> &latest() const { return m_latest; }
    [[nodiscard]] Down &downstream() { return m_down; }

private:
    void forwardLatest()
    {
        if (ready())
            m_down.push(std::as_const(m_latest));
    }

    std::pair<A, B> m_latest{};
    bool m_hasLeft = false;
    bool m_hasRight = false;
    Down m_down;
};

template <typename A, typename B>
[[nodiscard]] auto combineLatest()
{
    return makeOp([]<typename Down>(Down down) { return CombineLatest<A, B, Down>(std::move(down)); });
}

} // namespace tickerline::stream
