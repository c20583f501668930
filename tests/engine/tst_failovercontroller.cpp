#include "Clock.h"
#include "FailoverController.h"
#include "ProviderChains.h"

#include <QDateTime>
#include <QTest>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

// Wednesday 2 December 2026, 16:00 UTC: 11:00 in New York, NYSE in its regular session.
const qint64 NyseOpenMs = QDateTime(QDate(2026, 12, 2), QTime(16, 0), Qt::UTC).toMSecsSinceEpoch();
// Saturday 5 December 2026, 16:00 UTC: NYSE closed.
const qint64 NyseWeekendMs = QDateTime(QDate(2026, 12, 5), QTime(16, 0), Qt::UTC).toMSecsSinceEpoch();

constexpr FailoverPolicy Policy{.staleAfterMs = 10'000, .recoverAfterMs = 5'000, .reconnectBudget = 3};

FeedStatus status(const QString &provider, FeedState state)
{
    FeedStatus out;
    out.feed = provider;
    out.state = state;
    return out;
}

FeedStatus backingOff(const QString &provider, int failures)
{
    FeedStatus out = status(provider, FeedState::BackingOff);
    out.failures = failures;
    out.message = u"Connection refused"_s;
    return out;
}

} // namespace

class TestFailoverController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rateLimitMovesOnAndBackAfterTheHysteresis();
    void aRecoveryCutShortDoesNotFlap();
    void backoffWithinTheReconnectBudgetStays();
    void spentBudgetMovesOn();
    void refusedSymbolMovesOnAndIsNotAskedAgain();
    void silenceIsStaleOnlyWhileTheMarketIsOpen_data();
    void silenceIsStaleOnlyWhileTheMarketIsOpen();
    void staleAloneNeverLeavesASymbolWithNothing();
    void aListThatRunsOutEndsInNothing();
    void explicitListsAreHonouredOrRefused();
    void defaultsPerAssetClass();
};

void TestFailoverController::rateLimitMovesOnAndBackAfterTheHysteresis()
{
    ManualClock clock(NyseOpenMs);
    FailoverController controller(Policy, clock);
    controller.setChains({{u"AAPL"_s, {u"yahoo"_s, u"alphavantage"_s}}});
    controller.noteStatus(status(u"yahoo"_s, FeedState::Live));
    controller.noteTick(u"yahoo"_s, u"AAPL"_s);
    QVERIFY(controller.evaluate().isEmpty());
    QCOMPARE(controller.activeProvider(u"AAPL"_s), u"yahoo"_s);
    QCOMPARE(controller.symbolsFor(u"alphavantage"_s), QStringList());   // a standby costs nothing

    FeedStatus limited = status(u"yahoo"_s, FeedState::BackingOff);
    limited.failures = 1;
    limited.budget.limitedUntilMs = clock.nowMs() + 2'000;   // HTTP 429, Retry-After: 2
    controller.noteStatus(limited);
    const QList<FailoverSwitch> away = controller.evaluate();
    QCOMPARE(away.size(), 1);
    QCOMPARE(away.first().from, u"yahoo"_s);
    QCOMPARE(away.first().to, u"alphavantage"_s);
    QVERIFY2(away.first().reason.contains(u"rate-limited"_s), qPrintable(away.first().reason));
    QCOMPARE(controller.activeProvider(u"AAPL"_s), u"alphavantage"_s);
    // The primary stays subscribed: its own polls are the probe.
    QCOMPARE(controller.symbolsFor(u"yahoo"_s), QStringList{u"AAPL"_s});
    QCOMPARE(controller.symbolsFor(u"alphavantage"_s), QStringList{u"AAPL"_s});

    clock.advanceMs(3'000);
    controller.noteStatus(status(u"yahoo"_s, FeedState::Live));
    controller.noteTick(u"yahoo"_s, u"AAPL"_s);
    clock.advanceMs(Policy.recoverAfterMs - 1);
    QVERIFY(controller.evaluate().isEmpty());   // not yet: live, but not for long enough
    clock.advanceMs(1);
    const QList<FailoverSwitch> back = controller.evaluate();
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().from, u"alphavantage"_s);
    QCOMPARE(back.first().to, u"yahoo"_s);
    QCOMPARE(controller.symbolsFor(u"alphavantage"_s), QStringList());
}

void TestFailoverController::aRecoveryCutShortDoesNotFlap()
{
    ManualClock clock(NyseOpenMs);
    FailoverController controller(Policy, clock);
    controller.setChains({{u"AAPL"_s, {u"yahoo"_s, u"alphavantage"_s}}});
    controller.noteStatus(status(u"yahoo"_s, FeedState::Failed));
    QCOMPARE(controller.evaluate().size(), 1);

    int switches = 0;
    for (int round = 0; round < 5; ++round) {
        // Live for less than the hold, then down again: never worth a move.
        controller.noteStatus(status(u"yahoo"_s, FeedState::Live));
        controller.noteTick(u"yahoo"_s, u"AAPL"_s);
        clock.advanceMs(Policy.recoverAfterMs / 2);
        switches += int(controller.evaluate().size());
        controller.noteStatus(backingOff(u"yahoo"_s, 1));
        clock.advanceMs(Policy.recoverAfterMs / 2);
        switches += int(controller.evaluate().size());
    }
    QCOMPARE(switches, 0);
    QCOMPARE(controller.activeProvider(u"AAPL"_s), u"alphavantage"_s);

    // Live but silent while the market is open: not proven back either.
    controller.noteStatus(status(u"yahoo"_s, FeedState::Live));
    clock.advanceMs(Policy.recoverAfterMs * 2);
    QVERIFY(controller.evaluate().isEmpty());
    controller.noteTick(u"yahoo"_s, u"AAPL"_s);
    QCOMPARE(controller.evaluate().size(), 1);
    QCOMPARE(controller.activeProvider(u"AAPL"_s), u"yahoo"_s);
}

void TestFailoverController::backoffWithinTheReconnectBudgetStays()
{
    ManualClock clock(NyseOpenMs);
    FailoverController controller(Policy, clock);
    controller.setChains({{u"BTC-USD"_s, {u"coinbase"_s, u"binance"_s}}});
    for (int failures = 1; failures < Policy.reconnectBudget; ++failures) {
        controller.noteStatus(backingOff(u"coinbase"_s, failures));
        QVERIFY(controller.evaluate().isEmpty());
    }
    controller.noteStatus(backingOff(u"coinbase"_s, Policy.reconnectBudget));
    const QList<FailoverSwitch> moved = controller.evaluate();
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().to, u"binance"_s);
    QVERIFY2(moved.first().reason.contains(u"Connection refused"_s), qPrintable(moved.first().reason));
}

void TestFailoverController::spentBudgetMovesOn()
{
    ManualClock clock(NyseOpenMs);
    FailoverController controller(Policy, clock);
    controller.setChains({{u"IBM"_s, {u"alphavantage"_s, u"yahoo"_s}}});
    FeedStatus spent = status(u"alphavantage"_s, FeedState::Live);
    spent.budget = {.used = 25, .limit = 25, .windowMs = 86'400'000, .nextSlotMs = clock.nowMs() + 3'600'000,
                    .refillMs = clock.nowMs() + 3'600'000};
    controller.noteStatus(spent);
    const QList<FailoverSwitch> moved = controller.evaluate();
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().to, u"yahoo"_s);
    QVERIFY2(moved.first().reason.contains(u"25 of 25"_s), qPrintable(moved.first().reason));
}

void TestFailoverController::refusedSymbolMovesOnAndIsNotAskedAgain()
{
    ManualClock clock(NyseOpenMs);
    FailoverController controller(Policy, clock);
    controller.setChains({{u"VOD.L"_s, {u"finnhub"_s, u"yahoo"_s}}, {u"AAPL"_s, {u"finnhub"_s, u"yahoo"_s}}});
    FeedStatus refused = status(u"finnhub"_s, FeedState::Live);
    refused.refusedSymbols = {u"VOD.L"_s};
    controller.noteStatus(refused);
    const QList<FailoverSwitch> moved = controller.evaluate();
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().symbol, u"VOD.L"_s);
    QCOMPARE(moved.first().to, u"yahoo"_s);
    QCOMPARE(controller.activeProvider(u"AAPL"_s), u"finnhub"_s);
    QCOMPARE(controller.symbolsFor(u"finnhub"_s), QStringList{u"AAPL"_s});
    QCOMPARE(controller.symbolsFor(u"yahoo"_s), QStringList{u"VOD.L"_s});
}

void TestFailoverController::silenceIsStaleOnlyWhileTheMarketIsOpen_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<qint64>("nowMs");
    QTest::addColumn<bool>("moves");
    QTest::newRow("NYSE open, Wednesday") << u"AAPL"_s << NyseOpenMs << true;
    QTest::newRow("NYSE closed, Saturday") << u"AAPL"_s << NyseWeekendMs << false;
    // 16:00 UTC is 01:00 in Tokyo: closed, silence explained.
    QTest::newRow("TSE at night") << u"7203.T"_s << NyseOpenMs << false;
    QTest::newRow("crypto on a Saturday") << u"BTC-USD"_s << NyseWeekendMs << true;
}

void TestFailoverController::silenceIsStaleOnlyWhileTheMarketIsOpen()
{
    QFETCH(QString, symbol);
    QFETCH(qint64, nowMs);
    QFETCH(bool, moves);
    ManualClock clock(nowMs);
    FailoverController controller(Policy, clock);
    controller.setChains({{symbol, {u"first"_s, u"second"_s}}});
    controller.noteStatus(status(u"first"_s, FeedState::Live));
    controller.noteTick(u"first"_s, symbol);
    clock.advanceMs(Policy.staleAfterMs);
    QVERIFY(controller.evaluate().isEmpty());   // exactly the limit is not beyond it
    clock.advanceMs(1);
    const QList<FailoverSwitch> moved = controller.evaluate();
    QCOMPARE(moved.size(), moves ? 1 : 0);
    if (moves) {
        QCOMPARE(moved.first().to, u"second"_s);
        QVERIFY2(moved.first().reason.contains(u"no tick"_s), qPrintable(moved.first().reason));
    }
}

void TestFailoverController::staleAloneNeverLeavesASymbolWithNothing()
{
    ManualClock clock(NyseOpenMs);
    FailoverController controller(Policy, clock);
    controller.setChains({{u"AAPL"_s, {u"yahoo"_s, u"alphavantage"_s}}});
    controller.noteStatus(status(u"alphavantage"_s, FeedState::Failed));
    controller.noteStatus(status(u"yahoo"_s, FeedState::Live));
    clock.advanceMs(Policy.staleAfterMs * 3);
    QVERIFY(controller.evaluate().isEmpty());
    QCOMPARE(controller.activeProvider(u"AAPL"_s), u"yahoo"_s);
}

void TestFailoverController::aListThatRunsOutEndsInNothing()
{
    ManualClock clock(NyseOpenMs);
    FailoverController controller(Policy, clock);
    controller.setChains({{u"AAPL"_s, {u"yahoo"_s}}});
    FeedStatus failed = status(u"yahoo"_s, FeedState::Failed);
    failed.message = u"Unauthorized"_s;
    controller.noteStatus(failed);
    const QList<FailoverSwitch> moved = controller.evaluate();
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().to, QString());   // nothing left: no simulated market behind it
    QVERIFY(moved.first().reason.contains(u"Unauthorized"_s));
    QCOMPARE(controller.activeProvider(u"AAPL"_s), QString());
    QCOMPARE(controller.symbolsFor(u"yahoo"_s), QStringList{u"AAPL"_s});   // still probed

    controller.noteStatus(status(u"yahoo"_s, FeedState::Live));
    controller.noteTick(u"yahoo"_s, u"AAPL"_s);
    clock.advanceMs(Policy.recoverAfterMs);
    const QList<FailoverSwitch> back = controller.evaluate();
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().from, QString());
    QCOMPARE(back.first().to, u"yahoo"_s);
}

void TestFailoverController::explicitListsAreHonouredOrRefused()
{
    const FailoverParse every = parseFailover(u"kraken, Coinbase"_s);
    QVERIFY2(every.ok(), qPrintable(every.error));
    QVERIFY(every.options.enabled);
    QCOMPARE(providerChain(u"BTC-USD"_s, every.options), (QStringList{u"kraken"_s, u"coinbase"_s}));
    QCOMPARE(providerChain(u"AAPL"_s, every.options), (QStringList{u"kraken"_s, u"coinbase"_s}));

    const FailoverParse mixed = parseFailover(u"auto;AAPL=alphavantage,yahoo"_s);
    QVERIFY2(mixed.ok(), qPrintable(mixed.error));
    QCOMPARE(providerChain(u"AAPL"_s, mixed.options), (QStringList{u"alphavantage"_s, u"yahoo"_s}));
    QCOMPARE(providerChain(u"ETH-USD"_s, mixed.options).value(0), u"coinbase"_s);

    QVERIFY(!parseFailover(QString()).options.enabled);
    for (const QString &bad : {u"simulated"_s, u"yahoo,simulated"_s, u"yahoo,nosuch"_s, u"yahoo,yahoo"_s,
                               u"yahoo,,kraken"_s, u"=yahoo"_s, u"yahoo;kraken"_s}) {
        const FailoverParse refused = parseFailover(bad);
        QVERIFY2(!refused.ok(), qPrintable(bad));
        QVERIFY(!refused.error.isEmpty());
    }
    QVERIFY(parseFailover(u"simulated"_s).error.contains(u"simulated"_s));
}

void TestFailoverController::defaultsPerAssetClass()
{
    FeedConfig::FailoverOptions options;
    options.enabled = true;
    QCOMPARE(providerChain(u"BTC-USD"_s, options), (QStringList{u"coinbase"_s, u"binance"_s, u"kraken"_s}));
    QCOMPARE(providerChain(u"AAPL"_s, options), QStringList{u"yahoo"_s});
    options.apiKeys = {{u"alphavantage"_s, u"k1"_s}, {u"finnhub"_s, u"k2"_s}, {u"twelvedata"_s, QString()}};
    QCOMPARE(providerChain(u"AAPL"_s, options), (QStringList{u"finnhub"_s, u"alphavantage"_s, u"yahoo"_s}));
    QVERIFY(!providerChain(u"VOD.L"_s, options).contains(u"simulated"_s));
}

QTEST_GUILESS_MAIN(TestFailoverController)
#include "tst_failovercontroller.moc"
