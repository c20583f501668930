#pragma once

#include <QtGlobal>

namespace tickerline {

// Where a provider's request allowance stands, for a quota meter and for
// failover: how much of the window is used, when the next request may go,
// when the window is whole again, and whether the provider itself said stop
// (HTTP 429, Retry-After, an "API limit reached" text). limit 0: no budget.
struct BudgetState
{
    int used = 0;                 // requests sent within the last windowMs
    int limit = 0;                // requests allowed per window; 0: unlimited
    qint64 windowMs = 0;
    qint64 nextSlotMs = 0;        // wall-clock ms the next request may go; in the past: now
    qint64 refillMs = 0;          // wall-clock ms the window holds no request any more; 0 when empty
    qint64 limitedUntilMs = 0;    // wall-clock ms until which the provider refused; 0: never said so

    [[nodiscard]] bool hasLimit() const { return limit > 0; }
    // The provider told us to wait, and the wait is not over.
    [[nodiscard]] bool isLimited(qint64 nowMs) const { return limitedUntilMs > nowMs; }
    // Nothing may go before the window refills: every request of it is spent.
    [[nodiscard]] bool isSpent(qint64 nowMs) const { return hasLimit() && used >= limit && nextSlotMs > nowMs; }

    friend bool operator==(const BudgetState &, const BudgetState &) = default;
};

} // namespace tickerline
