#pragma once

// RollingMoments: mean and population variance of a SlidingWindow, updated in
// O(1) per value (Welford's update, add and remove) as the state of a
// stream::Accumulate behind the window. Rounding that add/remove pairs
// accumulate is wiped by an exact two-pass recomputation once per window
// length (still O(1) amortised), so a long series cannot drift.

#include "SeriesPoint.h"
#include "SlidingWindow.h"

#include <algorithm>
#include <cmath>

namespace tickerline {

struct RollingMoments
{
    qint64 timeMs = 0;        // time of the window's newest point
    qsizetype count = 0;
    bool full = false;        // the window holds its full length
    double mean = 0.0;
    double m2 = 0.0;          // sum of squared deviations from the mean
    qsizetype sinceExact = 0; // removals since the last exact recomputation

    [[nodiscard]] double variance() const { return count > 0 ? std::max(m2, 0.0) / double(count) : 0.0; }
    [[nodiscard]] double stddev() const { return std::sqrt(variance()); }

    // Accumulate step: the window just took its back() and dropped evicted().
    template <typename Window>
    void update(const Window &window)
    {
        timeMs = window.back().timeMs;
        full = window.full();
        if (const SeriesPoint *gone = window.evicted()) {
            if (++sinceExact >= window.length()) {
                recompute(window);
                return;
            }
            remove(gone->value);
        }
        add(window.back().value);
    }

private:
    void add(double x)
    {
        ++count;
        const double delta = x - mean;
        mean += delta / double(count);
        m2 += delta * (x - mean);
    }

    void remove(double x)
    {
        if (count <= 1) {
            count = 0;
            mean = m2 = 0.0;
            return;
        }
        --count;
        const double delta = x - mean;
        mean -= delta / double(count);
        m2 -= delta * (x - mean);
    }

    template <typename Window>
    void recompute(const Window &window)
    {
        sinceExact = 0;
        count = window.size();
        double sum = 0.0;
        for (const SeriesPoint &p : window)
            sum += p.value;
        mean = sum / double(count);
        m2 = 0.0;
        for (const SeriesPoint &p : window)
            m2 += (p.value - mean) * (p.value - mean);
    }
};

} // namespace tickerline
