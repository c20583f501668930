#include "RequestBudget.h"

#include <algorithm>

namespace tickerline {

RequestBudget::RequestBudget(BudgetPolicy policy)
    // Rounded up: rounding down would fit one request too many into a window.
    : m_spacingMs((std::max<qint64>(policy.windowMs, 0) + std::max(policy.requests, 1) - 1)
                  / std::max(policy.requests, 1))
{
}

qint64 RequestBudget::nextSlotMs(qint64 nowMs) const
{
    return std::max(nowMs, m_nextSlotMs);
}

void RequestBudget::noteSent(qint64 nowMs)
{
    m_nextSlotMs = std::max(m_nextSlotMs, nowMs + m_spacingMs);
}

void RequestBudget::deferUntil(qint64 ms)
{
    m_nextSlotMs = std::max(m_nextSlotMs, ms);
}

} // namespace tickerline
