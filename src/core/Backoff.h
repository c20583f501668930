#pragma once

#include <QtGlobal>

#include <random>

namespace tickerline {

struct BackoffPolicy
{
    qint64 baseMs = 500;
    double factor = 2.0;
    qint64 capMs = 60'000;
    // No delay is shorter: a server that accepts and drops at once, even
    // after sending a frame, still cannot draw a reconnect storm.
    qint64 floorMs = 100;
};

// Exponential backoff with full jitter over consecutive failures: the n-th
// delay after the last success is uniform in
// [floor, max(floor, min(cap, base * factor^n))] (the floor no higher than
// the cap), so reconnecting clients do
// not stampede. The owner calls reset() when a connection or request
// delivered valid data: a link that drops now and then comes straight back,
// one that never works waits ever longer.
class Backoff final
{
public:
    explicit Backoff(BackoffPolicy policy = {}, quint32 seed = std::random_device{}());

    [[nodiscard]] qint64 nextDelayMs();            // draws a delay and counts a failure
    [[nodiscard]] qint64 ceilingMs() const;        // upper bound of the next draw
    [[nodiscard]] qint64 floorMs() const;          // lower bound of every draw
    [[nodiscard]] int attempts() const { return m_attempts; }   // consecutive failures
    void reset() { m_attempts = 0; }
    [[nodiscard]] const BackoffPolicy &policy() const { return m_policy; }

private:
    BackoffPolicy m_policy;
    std::mt19937 m_rng;
    int m_attempts = 0;
};

} // namespace tickerline
