#pragma once

#include <QtGlobal>

#include <cmath>
#include <random>

namespace tickerline {

// splitmix64 finaliser: turns related inputs (seed, symbol hash, stream salt)
// into unrelated engine seeds.
[[nodiscard]] constexpr quint64 mixSeed(quint64 a, quint64 b)
{
    quint64 z = a + 0x9e3779b97f4a7c15ULL * (b + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// A pseudo-normal variate from one hash, for values that must be a function
// of their inputs (no stream): close enough to normal for prices and volumes,
// without a log or a sqrt — the sum of four 16-bit uniforms, scaled to unit
// variance (bounded at +-3.46).
[[nodiscard]] constexpr double hashNormal(quint64 h)
{
    double sum = 0.0;
    for (int i = 0; i < 4; ++i, h >>= 16)
        sum += (double(h & 0xffff) + 0.5) * 0x1.0p-16;
    return (sum - 2.0) * 1.7320508075688772;   // sqrt(12 / 4)
}

// mt19937_64's output is fixed by the standard but the std distributions are
// not, so the simulated market draws its variates itself: the same seed gives
// the same market with every standard library.
class SimulatedRandom final
{
public:
    explicit SimulatedRandom(quint64 seed) : m_engine(seed) {}

    // In the open interval (0, 1) so that logarithms stay finite.
    [[nodiscard]] double uniform() { return (double(m_engine() >> 12) + 0.5) * 0x1.0p-52; }

    [[nodiscard]] double exponential() { return -std::log(uniform()); }   // mean 1

    // Marsaglia's polar method (Box-Muller without sin/cos); the second
    // variate of each pair is kept for the next call.
    [[nodiscard]] double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u = 0.0;
        double v = 0.0;
        double s = 0.0;
        do {
            u = 2.0 * uniform() - 1.0;
            v = 2.0 * uniform() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        const double scale = std::sqrt(-2.0 * std::log(s) / s);
        m_spare = v * scale;
        m_hasSpare = true;
        return u * scale;
    }

private:
    std::mt19937_64 m_engine;
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

} // namespace tickerline
