#pragma once

#include <QtGlobal>

#include <random>

namespace tickerline {

struct BackoffPolicy
{
    qint64 baseMs = 500;
    double factor = 2.0;
    qint64 capMs = 60'000;
    qint64 stableResetMs = 60'000;   // this long of good data resets the attempt count
};

// Exponential backoff with full jitter: the n-th delay is uniform in
// [0, min(cap, base * factor^n)], so reconnecting clients do not stampede.
class Backoff final
{
public:
    explicit Backoff(BackoffPolicy policy = {}, quint32 seed = std::random_device{}());

    [[nodiscard]] qint64 nextDelayMs();            // draws a delay and counts an attempt
    [[nodiscard]] qint64 ceilingMs() const;        // upper bound of the next draw
    [[nodiscard]] int attempts() const { return m_attempts; }
    void reset() { m_attempts = 0; }
    // Call while data flows; resets after policy.stableResetMs of stability.
    void noteHealthy(qint64 sinceConnectedMs);
    [[nodiscard]] const BackoffPolicy &policy() const { return m_policy; }

private:
    BackoffPolicy m_policy;
    std::mt19937 m_rng;
    int m_attempts = 0;
};

} // namespace tickerline
