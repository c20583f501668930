#pragma once

// Zip: pairs the n-th value of the left input with the n-th value of the
// right input and forwards std::pair<A, B> (streamz `zip`). Values wait in
// FIFO queues until their partner arrives. Two inputs: pushLeft/pushRight, or
// left()/right() ports to put at the end of an upstream pipeline
// (`auto up = map(f) | zipped.left();`).

#include "Pipe.h"
#include "RingBuffer.h"

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
class Zip
{
public:
    explicit Zip(Down down = {}) : m_down(std::move(down)) {}

    void pushLeft(const A &a)
    {
        if (m_right.empty()) {
            m_left.push_back(a);
            return;
        }
        m_down.push(std::pair<A, B>(a, m_right.pop_front()));
    }

    void pushRight(const B &b)
    {
        if (m_left.empty()) {
            m_right.push_back(b);
            return;
        }
        m_down.push(std::pair<A, B>(m_left.pop_front(), b));
    }

    [[nodiscard]] Port<Zip, A, &Zip::pushLeft> left() { return Port<Zip, A, &Zip::pushLeft>(*this); }
    [[nodiscard]] Port<Zip, B, &Zip::pushRight> right() { return Port<Zip, B, &Zip::pushRight>(*this); }

    // Values still waiting for a partner.
    [[nodiscard]] qsizetype waitingLeft() const { return qsizetype(m_left.size()); }
    [[nodiscard]] qsizetype waitingRight() const { return qsizetype(m_right.size()); }
    [[nodiscard]] Down &downstream() { return m_down; }

private:
    RingBuffer<A> m_left;
    RingBuffer<B> m_right;
    Down m_down;
};

template <typename A, typename B>
[[nodiscard]] auto zip()
{
    return makeOp([]<typename Down>(Down down) { return Zip<A, B, Down>(std::move(down)); });
}

} // namespace tickerline::stream
