#include "Backoff.h"

#include <algorithm>
#include <cmath>

namespace tickerline {

Backoff::Backoff(BackoffPolicy policy, quint32 seed)
    : m_policy(policy)
    , m_rng(seed)
{
}

qint64 Backoff::floorMs() const
{
    return std::clamp<qint64>(m_policy.floorMs, 0, m_policy.capMs);
}

qint64 Backoff::ceilingMs() const
{
    const double raw = double(m_policy.baseMs) * std::pow(m_policy.factor, m_attempts);
    return std::max(floorMs(), qint64(std::min(raw, double(m_policy.capMs))));
}

qint64 Backoff::nextDelayMs()
{
    const qint64 ceiling = ceilingMs();
    if (m_attempts < 64)
        ++m_attempts;
    std::uniform_int_distribution<qint64> draw(floorMs(), ceiling);
    return draw(m_rng);
}

} // namespace tickerline
