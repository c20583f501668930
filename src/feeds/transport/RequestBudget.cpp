#include "RequestBudget.h"

#include <algorithm>

namespace tickerline {

RequestBudget::RequestBudget(BudgetPolicy policy)
    : m_policy{std::max(policy.requests, 1), std::max<qint64>(policy.windowMs, 0)}
    // Rounded up: rounding down would fit one request too many into a window.
    , m_spacingMs((m_policy.windowMs + m_policy.requests - 1) / m_policy.requests)
{
}

qint64 RequestBudget::nextSlotMs(qint64 nowMs) const
{
    return std::max(nowMs, m_nextSlotMs);
}

void RequestBudget::noteSent(qint64 nowMs)
{
    m_nextSlotMs = std::max(m_nextSlotMs, nowMs + m_spacingMs);
    m_sentMs.push_back(nowMs);
    // Only the last window counts; an unlimited budget keeps its window short anyway.
    while (!m_sentMs.empty() && (m_sentMs.front() <= nowMs - m_policy.windowMs
                                 || qsizetype(m_sentMs.size()) > m_policy.requests))
        m_sentMs.pop_front();
}

void RequestBudget::deferUntil(qint64 ms)
{
    m_nextSlotMs = std::max(m_nextSlotMs, ms);
    m_limitedUntilMs = std::max(m_limitedUntilMs, ms);
}

BudgetState RequestBudget::state(qint64 nowMs) const
{
    BudgetState state;
    state.limit = m_policy.requests;
    state.windowMs = m_policy.windowMs;
    state.nextSlotMs = m_nextSlotMs;   // as planned, so that a state does not change with the clock alone
    state.limitedUntilMs = m_limitedUntilMs;
    const auto inWindow = std::find_if(m_sentMs.cbegin(), m_sentMs.cend(),
                                       [&](qint64 sent) { return sent > nowMs - m_policy.windowMs; });
    state.used = int(std::distance(inWindow, m_sentMs.cend()));
    state.refillMs = state.used > 0 ? m_sentMs.back() + m_policy.windowMs : 0;
    return state;
}

} // namespace tickerline
