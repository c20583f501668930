#pragma once

#include "BudgetState.h"

#include <QtGlobal>

#include <deque>

namespace tickerline {

// A provider's request allowance: Alpha Vantage 25 a day, Finnhub 60 a minute.
struct BudgetPolicy
{
    int requests = 60;
    qint64 windowMs = 60'000;
};

// Spends a budget evenly: one request every windowMs / requests, so a
// 25-a-day key lasts the day instead of being burnt in the first minute, and
// no window of windowMs ever holds more than `requests`. A Retry-After
// defers every slot. Plain value type; times are the caller's clock.
class RequestBudget final
{
public:
    explicit RequestBudget(BudgetPolicy policy);

    [[nodiscard]] qint64 spacingMs() const { return m_spacingMs; }
    // The earliest time the next request may go: nowMs when it may go now.
    [[nodiscard]] qint64 nextSlotMs(qint64 nowMs) const;
    void noteSent(qint64 nowMs);
    // The provider said wait (Retry-After, a "limit reached" text): nothing goes before ms.
    void deferUntil(qint64 ms);
    // Used, limit and refill time at nowMs, for meters and failover.
    [[nodiscard]] BudgetState state(qint64 nowMs) const;

private:
    BudgetPolicy m_policy;
    qint64 m_spacingMs;
    qint64 m_nextSlotMs = 0;
    qint64 m_limitedUntilMs = 0;
    std::deque<qint64> m_sentMs;   // send times within the last window, oldest first; at most `requests`
};

} // namespace tickerline
