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
    void noteHealthy_data();
    void noteHealthy();
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

void TestBackoff::noteHealthy_data()
{
    QTest::addColumn<qint64>("sinceConnectedMs");
    QTest::addColumn<bool>("resets");
    const qint64 stable = BackoffPolicy{}.stableResetMs;
    QTest::newRow("just connected") << qint64(0) << false;
    QTest::newRow("almost stable") << stable - 1 << false;
    QTest::newRow("exactly stable") << stable << true;
    QTest::newRow("long stable") << stable * 10 << true;
}

void TestBackoff::noteHealthy()
{
    QFETCH(qint64, sinceConnectedMs);
    QFETCH(bool, resets);
    Backoff backoff(BackoffPolicy{}, 5);
    for (int i = 0; i < 4; ++i)
        (void)backoff.nextDelayMs();
    backoff.noteHealthy(sinceConnectedMs);
    QCOMPARE(backoff.attempts(), resets ? 0 : 4);
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
