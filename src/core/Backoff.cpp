#include "Backoff.h"

#include <algorithm>
#include <cmath>

namespace tickerline {

Backoff::Backoff(BackoffPolicy policy, quint32 seed)
    : m_policy(policy)
    , m_rng(seed)
{
}

qint64 Backoff::ceilingMs() const
{
    const double raw = double(m_policy.baseMs) * std::pow(m_policy.factor, m_attempts);
    return qint64(std::min(raw, double(m_policy.capMs)));
}

qint64 Backoff::nextDelayMs()
{
    const qint64 ceiling = ceilingMs();
    if (m_attempts < 64)
        ++m_attempts;
    std::uniform_int_distribution<qint64> draw(0, ceiling);
    return draw(m_rng);
}

void Backoff::noteHealthy(qint64 sinceConnectedMs)
{
    if (sinceConnectedMs >= m_policy.stableResetMs)
        m_attempts = 0;
}

} // namespace tickerline
