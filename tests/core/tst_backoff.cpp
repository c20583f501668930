#include "Backoff.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace tickerline;

class TestBackoff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void delaysStayWithinCeiling_data();
    void delaysStayWithinCeiling();
    void ceilingGrowsThenCaps();
    void jitterSpansTheWholeRange();
    void resetStartsOver();
    void floorHoldsEveryDraw_data();
    void floorHoldsEveryDraw();
    void resetAfterDataComesStraightBack();
    void sameSeedSameDelays();
};

void TestBackoff::delaysStayWithinCeiling_data()
{
    QTest::addColumn<qint64>("baseMs");
    QTest::addColumn<double>("factor");
    QTest::addColumn<qint64>("capMs");
    QTest::newRow("default") << qint64(500) << 2.0 << qint64(60'000);
    QTest::newRow("small cap") << qint64(100) << 2.0 << qint64(1'000);
    QTest::newRow("factor 3") << qint64(1) << 3.0 << qint64(50);
    QTest::newRow("cap below base") << qint64(1'000) << 2.0 << qint64(300);
}

void TestBackoff::delaysStayWithinCeiling()
{
    QFETCH(qint64, baseMs);
    QFETCH(double, factor);
    QFETCH(qint64, capMs);
    BackoffPolicy policy;
    policy.baseMs = baseMs;
    policy.factor = factor;
    policy.capMs = capMs;
    policy.floorMs = 0;
    Backoff backoff(policy, 1234);
    for (int attempt = 0; attempt < 80; ++attempt) {
        const double uncapped = double(baseMs) * std::pow(factor, std::min(attempt, 64));
        const qint64 expectedCeiling = qint64(std::min(uncapped, double(capMs)));
        QCOMPARE(backoff.ceilingMs(), expectedCeiling);
        const qint64 delay = backoff.nextDelayMs();
        QVERIFY2(delay >= 0 && delay <= expectedCeiling,
                 qPrintable(QStringLiteral("attempt %1: delay %2 outside [0, %3]").arg(attempt).arg(delay).arg(expectedCeiling)));
        QCOMPARE(backoff.attempts(), std::min(attempt + 1, 64));
    }
}

void TestBackoff::ceilingGrowsThenCaps()
{
    Backoff backoff(BackoffPolicy{}, 7);
    qint64 previous = backoff.ceilingMs();
    QCOMPARE(previous, backoff.policy().baseMs);
    bool reachedCap = false;
    for (int attempt = 0; attempt < 30; ++attempt) {
        (void)backoff.nextDelayMs();
        const qint64 ceiling = backoff.ceilingMs();
        QVERIFY(ceiling >= previous);
        QVERIFY(ceiling <= backoff.policy().capMs);
        if (!reachedCap)
            QVERIFY(ceiling > previous || ceiling == backoff.policy().capMs);
        reachedCap = reachedCap || ceiling == backoff.policy().capMs;
        previous = ceiling;
    }
    QVERIFY(reachedCap);
}

void TestBackoff::jitterSpansTheWholeRange()
{
    BackoffPolicy policy;
    policy.baseMs = 1'000;
    policy.capMs = 1'000;
    policy.floorMs = 0;
    Backoff backoff(policy, 99);
    qint64 lowest = policy.capMs;
    qint64 highest = 0;
    for (int i = 0; i < 400; ++i) {
        const qint64 delay = backoff.nextDelayMs();
        lowest = std::min(lowest, delay);
        highest = std::max(highest, delay);
    }
    // Full jitter: reconnecting clients spread over [0, ceiling], not bunched at the top.
    QVERIFY(lowest < policy.capMs / 10);
    QVERIFY(highest > policy.capMs * 9 / 10);
}

void TestBackoff::resetStartsOver()
{
    Backoff backoff(BackoffPolicy{}, 3);
    for (int i = 0; i < 5; ++i)
        (void)backoff.nextDelayMs();
    QVERIFY(backoff.ceilingMs() > backoff.policy().baseMs);
    backoff.reset();
    QCOMPARE(backoff.attempts(), 0);
    QCOMPARE(backoff.ceilingMs(), backoff.policy().baseMs);
}

void TestBackoff::floorHoldsEveryDraw_data()
{
    QTest::addColumn<qint64>("floorMs");
    QTest::addColumn<qint64>("capMs");
    QTest::addColumn<qint64>("expectedFloorMs");
    QTest::newRow("default") << BackoffPolicy{}.floorMs << BackoffPolicy{}.capMs << BackoffPolicy{}.floorMs;
    QTest::newRow("floor above base") << qint64(800) << qint64(60'000) << qint64(800);
    QTest::newRow("floor above cap: the cap wins") << qint64(100) << qint64(50) << qint64(50);
}

// A server that accepts and drops at once, even after one valid frame, sees
// at most one attempt per floor: never a storm, however often data resets.
void TestBackoff::floorHoldsEveryDraw()
{
    QFETCH(qint64, floorMs);
    QFETCH(qint64, capMs);
    QFETCH(qint64, expectedFloorMs);
    BackoffPolicy policy;
    policy.floorMs = floorMs;
    policy.capMs = capMs;
    Backoff backoff(policy, 11);
    QCOMPARE(backoff.floorMs(), expectedFloorMs);
    for (int i = 0; i < 500; ++i) {
        if (i % 2 == 0)
            backoff.reset();   // every other attempt delivered data
        const qint64 delay = backoff.nextDelayMs();
        QVERIFY2(delay >= expectedFloorMs && delay <= std::max(expectedFloorMs, capMs),
                 qPrintable(QStringLiteral("delay %1 below the floor %2").arg(delay).arg(expectedFloorMs)));
    }
}

// Consecutive failures grow the wait; one success ends the run at once
// (no minute of stable data needed), so a link dropped every second comes
// back within floor … base every time.
void TestBackoff::resetAfterDataComesStraightBack()
{
    Backoff backoff(BackoffPolicy{}, 5);
    for (int i = 0; i < 6; ++i)
        (void)backoff.nextDelayMs();
    QCOMPARE(backoff.attempts(), 6);
    QVERIFY(backoff.ceilingMs() >= 16 * backoff.policy().baseMs);
    backoff.reset();
    for (int drop = 0; drop < 50; ++drop) {
        const qint64 delay = backoff.nextDelayMs();
        QVERIFY(delay >= backoff.policy().floorMs);
        QVERIFY(delay <= backoff.policy().baseMs);
        backoff.reset();
    }
}

void TestBackoff::sameSeedSameDelays()
{
    Backoff first(BackoffPolicy{}, 42);
    Backoff second(BackoffPolicy{}, 42);
    Backoff other(BackoffPolicy{}, 43);
    bool differs = false;
    for (int i = 0; i < 20; ++i) {
        const qint64 delay = first.nextDelayMs();
        QCOMPARE(second.nextDelayMs(), delay);
        differs = differs || other.nextDelayMs() != delay;
    }
    QVERIFY(differs);
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
