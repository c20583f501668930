#include "SimulatedPath.h"

#include "SimulatedRandom.h"
#include "TimeUnits.h"

#include <algorithm>
#include <limits>

namespace tickerline {

namespace {

constexpr double MsPerYear = 365.25 * double(MsPerDay);
// Summed over octaves of every size, linear value noise with unit node
// variance and node spacing 2^k has increments of variance 4 * lag / 2^k per
// unit of amplitude^2 (independent of the lag's phase): hence the 4 below.
constexpr double IncrementVarianceFactor = 4.0;
constexpr quint64 OffsetStream = 0x6f666673ULL;
constexpr quint64 OctaveSalt = 0x9e3779b97f4a7c15ULL;

} // namespace

SimulatedPath::SimulatedPath(quint64 key, double level, double annualVolatility)
    : m_logLevel(std::log(level))
{
    const double perMs = annualVolatility * annualVolatility / (IncrementVarianceFactor * MsPerYear);
    for (int k = 0; k < Octaves; ++k) {
        Octave &o = m_octaves[size_t(k)];
        o.key = mixSeed(key, OctaveSalt * quint64(k + 1));
        o.offset = qint64(mixSeed(key ^ OffsetStream, quint64(k)) & ((quint64(1) << k) - 1));
        o.amplitude = std::sqrt(perMs * double(qint64(1) << k));
        o.scale = std::ldexp(1.0, -k);
    }
}

void SimulatedPath::load(int k, qint64 cell)
{
    Octave &o = m_octaves[size_t(k)];
    if (o.valid && o.cell == cell)
        return;
    // The right node of one cell is the left node of the next: reuse it.
    const double left = o.valid && o.cell + 1 == cell ? o.right
                                                      : o.amplitude * hashNormal(mixSeed(o.key, quint64(cell)));
    o.right = o.amplitude * hashNormal(mixSeed(o.key, quint64(cell + 1)));
    o.cell = cell;
    o.left = left;
    o.rise = o.right - left;
    o.valid = true;
}

void SimulatedPath::loadCoarse(qint64 timeMs)
{
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
    for (int k = FirstCoarse; k < Octaves; ++k) {
        const Octave &o = m_octaves[size_t(k)];
        const qint64 cell = (timeMs + o.offset) >> k;
        load(k, cell);
        const qint64 start = (cell << k) - o.offset;
        from = std::max(from, start);
        to = std::min(to, start + (qint64(1) << k));
    }
    // Every coarse octave is one straight line on [from, to): so is their sum.
    double value = 0.0;
    double slope = 0.0;
    for (int k = FirstCoarse; k < Octaves; ++k) {
        const Octave &o = m_octaves[size_t(k)];
        value += o.left + o.rise * (double(from + o.offset - (o.cell << k)) * o.scale);
        slope += o.rise * o.scale;
    }
    m_coarseFrom = from;
    m_coarseTo = to;
    m_coarseValue = value;
    m_coarseSlope = slope;
}

double SimulatedPath::logPriceAt(qint64 timeMs)
{
    if (m_hasLast && timeMs == m_lastMs)
        return m_lastLogPrice;
    if (timeMs < m_coarseFrom || timeMs >= m_coarseTo)
        loadCoarse(timeMs);
    double fine = 0.0;
    for (int k = 0; k < FirstCoarse; ++k) {
        const qint64 shifted = timeMs + m_octaves[size_t(k)].offset;
        const qint64 cell = shifted >> k;
        load(k, cell);
        const Octave &o = m_octaves[size_t(k)];
        fine += o.left + o.rise * (double(shifted - (cell << k)) * o.scale);
    }
    const double coarse = m_coarseValue + m_coarseSlope * double(timeMs - m_coarseFrom);
    m_lastMs = timeMs;
    m_lastLogPrice = m_logLevel + coarse + fine;
    m_hasLast = true;
    return m_lastLogPrice;
}

} // namespace tickerline
