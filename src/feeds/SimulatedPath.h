#pragma once

#include <QtGlobal>

#include <array>
#include <cmath>

namespace tickerline {

// The log price of one simulated symbol as a pure function of time, so that
// history sent at one start, live ticks, and ticks recorded by earlier runs
// are all the same market.
//
// It is a sum of value-noise octaves: octave k has nodes every 2^k ms
// (k = 0 … 34, one millisecond to ~200 days) at an offset of its own,
// pseudo-normal node values hashed from (key, k, node) and straight lines in
// between. Amplitudes grow with sqrt(2^k), so increments over a lag grow like
// Brownian motion's (variance sigma^2 * lag, exactly so for a random phase)
// from milliseconds to months, and beyond the coarsest octave the price stays
// in a band around `level`: a year of it looks like a year of a stock.
//
// logPriceAt() is bit-for-bit the same for the same arguments whatever was
// asked before; it caches node values, so increasing times are cheap.
class SimulatedPath final
{
public:
    SimulatedPath(quint64 key, double level, double annualVolatility);

    [[nodiscard]] double logPriceAt(qint64 timeMs);
    [[nodiscard]] double priceAt(qint64 timeMs) { return std::exp(logPriceAt(timeMs)); }

private:
    static constexpr int Octaves = 35;
    // Octaves from here up change slope rarely: their sum is kept as one
    // straight line between the nearest of their nodes.
    static constexpr int FirstCoarse = 13;

    struct Octave
    {
        quint64 key = 0;             // hashed with a node index for its value
        qint64 offset = 0;           // in [0, 2^k)
        qint64 cell = 0;             // the node index left of the cached time
        double amplitude = 0.0;
        double scale = 0.0;          // 2^-k: a time within the cell as a fraction of it
        double left = 0.0;           // node values at cell and cell + 1
        double right = 0.0;
        double rise = 0.0;           // right - left
        bool valid = false;
    };

    void load(int k, qint64 cell);
    void loadCoarse(qint64 timeMs);

    double m_logLevel;
    std::array<Octave, Octaves> m_octaves;
    // The coarse octaves' sum on [m_coarseFrom, m_coarseTo): a line.
    qint64 m_coarseFrom = 1;
    qint64 m_coarseTo = 0;
    double m_coarseValue = 0.0;      // at m_coarseFrom
    double m_coarseSlope = 0.0;      // per ms
    qint64 m_lastMs = 0;
    double m_lastLogPrice = 0.0;
    bool m_hasLast = false;
};

} // namespace tickerline
