#include "RequestBudget.h"

#include <QTest>

using namespace tickerline;

// The state a quota meter shows and failover reads: used, limit, next slot,
// refill, and the provider's own waits (429, Retry-After, "limit reached").
class TestRequestBudget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spendsEvenlyAndCountsTheWindow()
    {
        RequestBudget budget(BudgetPolicy{3, 1000});
        QCOMPARE(budget.spacingMs(), 334);
        BudgetState fresh = budget.state(0);
        QCOMPARE(fresh.used, 0);
        QCOMPARE(fresh.limit, 3);
        QCOMPARE(fresh.windowMs, 1000);
        QCOMPARE(fresh.refillMs, 0);
        QVERIFY(!fresh.isSpent(0));

        for (const qint64 at : {0, 334, 668}) {
            QCOMPARE(budget.nextSlotMs(at), at);
            budget.noteSent(at);
        }
        const BudgetState full = budget.state(700);
        QCOMPARE(full.used, 3);
        QCOMPARE(full.nextSlotMs, 1002);
        QCOMPARE(full.refillMs, 1668);   // the last request leaves the window then
        QVERIFY(full.isSpent(700));
        QVERIFY(!full.isLimited(700));

        // The first request has left the window: one free again, none spent.
        const BudgetState later = budget.state(1001);
        QCOMPARE(later.used, 2);
        QVERIFY(!later.isSpent(1001));
        QCOMPARE(budget.state(1668).used, 0);
    }

    void aProvidersWaitIsTheSameState()
    {
        RequestBudget budget(BudgetPolicy{60, 60'000});
        budget.noteSent(10'000);
        budget.deferUntil(12'000);   // HTTP 429 with Retry-After: 2
        const BudgetState limited = budget.state(10'500);
        QVERIFY(limited.isLimited(10'500));
        QCOMPARE(limited.limitedUntilMs, 12'000);
        QCOMPARE(limited.nextSlotMs, 12'000);
        QCOMPARE(limited.used, 1);
        QVERIFY(!budget.state(12'000).isLimited(12'000));
        QCOMPARE(budget.nextSlotMs(12'000), 12'000);
    }
};

QTEST_GUILESS_MAIN(TestRequestBudget)
#include "tst_requestbudget.moc"
