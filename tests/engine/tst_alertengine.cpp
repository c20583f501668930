#include "AlertEngine.h"
#include "Clock.h"
#include "Engine.h"
#include "MetaTypes.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Start = 1'700'000'000'000;   // ms, the ManualClock's and the ticks' start

Tick tick(const QString &symbol, qint64 timeMs, double price, double size = 10)
{
    Tick t;
    t.symbol = symbol;
    t.provider = u"test"_s;
    t.timeMs = timeMs;
    t.price = price;
    t.size = size;
    t.receivedMs = timeMs;
    return t;
}

AlertRule rule(const QString &id, const QString &symbol, AlertKind kind, AlertRearm rearm = AlertRearm::WhenFalse)
{
    AlertRule r;
    r.id = id;
    r.symbol = symbol;
    r.kind = kind;
    r.rearm = rearm;
    return r;
}

AlertRule above(double level, AlertRearm rearm)
{
    AlertRule r = rule(u"above"_s, u"AAPL"_s, AlertKind::PriceAbove, rearm);
    r.level = level;
    return r;
}

// Feeds prices of one symbol one per second (tick time and clock move together).
struct Market
{
    ManualClock clock{Start};
    AlertEngine alerts{clock};
    QSignalSpy fired{&alerts, &AlertEngine::alertFired};

    void prices(const QString &symbol, const QList<double> &prices, qint64 stepMs = 1000)
    {
        for (double price : prices) {
            clock.advanceMs(stepMs);
            alerts.handleTicks({tick(symbol, clock.nowMs(), price)});
        }
    }
    [[nodiscard]] AlertEvent event(qsizetype i) const { return fired.at(i).constFirst().value<AlertEvent>(); }
    [[nodiscard]] QList<double> firedPrices() const
    {
        QList<double> result;
        for (qsizetype i = 0; i < fired.size(); ++i)
            result.append(event(i).tick.price);
        return result;
    }
};

Instrument instrument(const QString &symbol, std::optional<double> low, std::optional<double> high)
{
    Instrument i;
    i.symbol = symbol;
    i.week52Low = low;
    i.week52High = high;
    return i;
}

} // namespace

class TestAlertEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerMetaTypes(); }

    void onceFiresOnlyOnceWithItsTick()
    {
        Market m;
        m.alerts.setRules({above(100, AlertRearm::Once)});
        m.prices(u"AAPL"_s, {99, 101, 102, 99, 103});
        QCOMPARE(m.fired.size(), 1);
        const AlertEvent e = m.event(0);
        QCOMPARE(e.ruleId, u"above"_s);
        QCOMPARE(e.symbol, u"AAPL"_s);
        QCOMPARE(e.kind, AlertKind::PriceAbove);
        QCOMPARE(e.tick.price, 101.0);
        QCOMPARE(e.tick.size, 10.0);
        QCOMPARE(e.tick.timeMs, Start + 2000);
        QCOMPARE(e.firedMs, Start + 2000);
        QVERIFY(e.rule.contains(u"AAPL"_s));
    }

    void onceRuleThatFiredBeforeStaysQuiet()
    {
        Market m;
        AlertRule r = above(100, AlertRearm::Once);
        r.lastFiredMs = Start - 1000;   // fired in a previous run
        m.alerts.setRules({r});
        m.prices(u"AAPL"_s, {101, 99, 101});
        QCOMPARE(m.fired.size(), 0);
    }

    void firedRuleStaysQuietAtLaunchUntilItsConditionIsFalse()
    {
        Market m;
        QSignalSpy rearmed(&m.alerts, &AlertEngine::ruleRearmed);
        AlertRule r = above(100, AlertRearm::WhenFalse);
        r.lastFiredMs = Start - 1000;   // fired in a previous run, still above since
        m.alerts.setRules({r});
        m.prices(u"AAPL"_s, {101, 102, 99, 101});
        QCOMPARE(m.firedPrices(), (QList<double>{101}));   // only once it newly became true
        QCOMPARE(rearmed.size(), 1);
        QCOMPARE(rearmed.at(0).at(0).toString(), r.id);
        QCOMPARE(rearmed.at(0).at(1).toLongLong(), Start + 3000);   // the third price, 99
    }

    void rearmedRuleFiresAtLaunchWhenTrue()
    {
        Market m;
        AlertRule r = above(100, AlertRearm::WhenFalse);
        r.lastFiredMs = Start - 2000;
        r.rearmedMs = Start - 1000;   // false again before the last run ended
        m.alerts.setRules({r});
        m.prices(u"AAPL"_s, {101});
        QCOMPARE(m.firedPrices(), (QList<double>{101}));
    }

    void hysteresisRearmsWhenConditionWasFalse()
    {
        Market m;
        m.alerts.setRules({above(100, AlertRearm::WhenFalse)});
        m.prices(u"AAPL"_s, {99, 101, 102, 100.5, 99, 101, 105});
        QCOMPARE(m.firedPrices(), (QList<double>{101, 101}));
    }

    void cooldownRearmsAfterItsSeconds()
    {
        Market m;
        AlertRule r = above(100, AlertRearm::AfterCooldown);
        r.cooldownSeconds = 60;
        m.alerts.setRules({r});
        m.prices(u"AAPL"_s, {101});            // fires at +1 s
        m.prices(u"AAPL"_s, {102}, 30'000);    // +31 s: cooling down
        m.prices(u"AAPL"_s, {103}, 29'000);    // +60 s: 59 s after
        m.prices(u"AAPL"_s, {104}, 1000);      // +61 s: 60 s after, fires
        m.prices(u"AAPL"_s, {105}, 1000);
        QCOMPARE(m.firedPrices(), (QList<double>{101, 104}));
        QCOMPARE(m.event(1).firedMs - m.event(0).firedMs, qint64(60'000));
    }

    void priceBelowFires()
    {
        Market m;
        AlertRule r = rule(u"below"_s, u"MSFT"_s, AlertKind::PriceBelow);
        r.level = 300;
        m.alerts.setRules({r});
        m.prices(u"AAPL"_s, {200, 100});       // another symbol: never
        m.prices(u"MSFT"_s, {310, 300, 299});
        QCOMPARE(m.firedPrices(), (QList<double>{300}));
    }

    void percentMoveWithinWindow_data()
    {
        QTest::addColumn<QList<double>>("prices");
        QTest::addColumn<qint64>("stepMs");
        QTest::addColumn<QList<double>>("firedAt");
        // ±2 % within 300 s.
        QTest::newRow("up 2.5 % in 200 s") << QList<double>{100, 101, 102.5} << qint64(100'000) << QList<double>{102.5};
        QTest::newRow("down 2.1 % in 2 s") << QList<double>{100, 99, 97.9} << qint64(1000) << QList<double>{97.9};
        QTest::newRow("1.9 % is not 2 %") << QList<double>{100, 101.9} << qint64(1000) << QList<double>{};
        // 100 left the window before 102.5 came: only 101 → 102.5 (1.5 %) counts.
        QTest::newRow("slower than the window") << QList<double>{100, 101, 102.5} << qint64(200'000) << QList<double>{};
        // Fires, stays true, falls back inside 2 % of the window's extremes as
        // the old low leaves, and fires again on the next move.
        QTest::newRow("re-arms once the move is over")
            << QList<double>{100, 102.5, 102.6, 102.4, 105} << qint64(200'000) << QList<double>{102.5, 105};
    }

    void percentMoveWithinWindow()
    {
        QFETCH(QList<double>, prices);
        QFETCH(qint64, stepMs);
        QFETCH(QList<double>, firedAt);
        Market m;
        AlertRule r = rule(u"move"_s, u"TSLA"_s, AlertKind::PercentMove);
        r.percent = 2;
        r.windowSeconds = 300;
        m.alerts.setRules({r});
        m.prices(u"TSLA"_s, prices, stepMs);
        QCOMPARE(m.firedPrices(), firedAt);
    }

    void week52HighFiresOnCrossingNotWhileAbove()
    {
        Market m;
        m.alerts.setRules({rule(u"high"_s, u"NVDA"_s, AlertKind::Week52High)});
        m.alerts.handleInstruments({instrument(u"NVDA"_s, 100, 150)});
        m.prices(u"NVDA"_s, {155, 160});        // above from the first tick on: no crossing seen
        QCOMPARE(m.fired.size(), 0);
        m.prices(u"NVDA"_s, {149, 151, 152, 153});
        QCOMPARE(m.firedPrices(), (QList<double>{151}));
        m.prices(u"NVDA"_s, {150, 150.5});      // back to the high, then across again
        QCOMPARE(m.firedPrices(), (QList<double>{151, 150.5}));
    }

    void week52LowFiresOnCrossing()
    {
        Market m;
        m.alerts.setRules({rule(u"low"_s, u"NVDA"_s, AlertKind::Week52Low, AlertRearm::Once)});
        m.alerts.handleInstruments({instrument(u"NVDA"_s, 100, 150)});
        m.prices(u"NVDA"_s, {101, 99, 98, 101, 97});
        QCOMPARE(m.firedPrices(), (QList<double>{99}));
    }

    void week52IgnoresImplausibleRanges()
    {
        Market m;
        m.alerts.setRules({rule(u"high"_s, u"NVDA"_s, AlertKind::Week52High)});
        m.alerts.handleInstruments({instrument(u"NVDA"_s, 150, 100)});   // swapped
        m.prices(u"NVDA"_s, {99, 101, 160});
        m.alerts.handleInstruments({instrument(u"NVDA"_s, std::nullopt, 150)});
        m.prices(u"NVDA"_s, {140, 160});
        QCOMPARE(m.fired.size(), 0);
        // Facts that arrive before the rule is made count too.
        m.alerts.handleInstruments({instrument(u"NVDA"_s, 100, 150)});
        m.alerts.setRules({rule(u"high2"_s, u"NVDA"_s, AlertKind::Week52High)});
        m.prices(u"NVDA"_s, {140, 160});
        QCOMPARE(m.firedPrices(), (QList<double>{160}));
    }

    void staleSymbolFiresAfterSilenceAndRearmsOnTick()
    {
        Market m;
        AlertRule r = rule(u"stale"_s, u"AAPL"_s, AlertKind::FeedStale);
        r.staleSeconds = 10;
        m.alerts.setRules({r});
        m.prices(u"AAPL"_s, {101});
        m.clock.advanceMs(8'000);
        m.prices(u"MSFT"_s, {50});              // 9 s later; other symbols do not count
        m.alerts.checkStale();
        QCOMPARE(m.fired.size(), 0);
        m.clock.advanceMs(1'000);
        m.alerts.checkStale();
        QCOMPARE(m.fired.size(), 1);
        const AlertEvent e = m.event(0);
        QCOMPARE(e.kind, AlertKind::FeedStale);
        QCOMPARE(e.symbol, u"AAPL"_s);
        QCOMPARE(e.tick.price, 101.0);          // the last tick before the silence
        QCOMPARE(e.firedMs, Start + 11'000);
        m.clock.advanceMs(60'000);
        m.alerts.checkStale();
        QCOMPARE(m.fired.size(), 1);            // still the same silence
        m.prices(u"AAPL"_s, {102});
        m.clock.advanceMs(10'000);
        m.alerts.checkStale();
        QCOMPARE(m.fired.size(), 2);
        QCOMPARE(m.event(1).tick.price, 102.0);
    }

    void staleFeedFiresThroughItsTimer()
    {
        Market m;
        AlertRule r = rule(u"feed"_s, QString(), AlertKind::FeedStale, AlertRearm::AfterCooldown);
        r.staleSeconds = 5;
        r.cooldownSeconds = 30;
        m.alerts.setRules({r});
        m.prices(u"AAPL"_s, {101});
        m.prices(u"MSFT"_s, {50}, 4'000);
        m.clock.advanceMs(4'000);               // 4 s since MSFT: any symbol keeps the feed alive
        m.alerts.checkStale();
        QCOMPARE(m.fired.size(), 0);
        m.clock.advanceMs(1'000);
        QTRY_COMPARE(m.fired.size(), 1);        // AlertEngine's own timer checks
        QCOMPARE(m.event(0).symbol, u"MSFT"_s);
        m.clock.advanceMs(29'000);
        m.alerts.checkStale();
        QCOMPARE(m.fired.size(), 1);
        m.clock.advanceMs(1'000);
        m.alerts.checkStale();
        QCOMPARE(m.fired.size(), 2);            // still silent after the cool-down
    }

    void disabledRulesNeverFire()
    {
        Market m;
        AlertRule r = above(100, AlertRearm::WhenFalse);
        r.enabled = false;
        m.alerts.setRules({r});
        m.prices(u"AAPL"_s, {101, 99, 101});
        QCOMPARE(m.fired.size(), 0);
    }

    void unchangedRulesKeepTheirStateAcrossSetRules()
    {
        Market m;
        const AlertRule r = above(100, AlertRearm::WhenFalse);
        m.alerts.setRules({r});
        m.prices(u"AAPL"_s, {101});
        AlertRule other = rule(u"other"_s, u"MSFT"_s, AlertKind::PriceBelow);
        other.level = 10;
        m.alerts.setRules({r, other});          // e.g. another rule added in the dialog
        m.prices(u"AAPL"_s, {102});
        QCOMPARE(m.fired.size(), 1);            // still fired, not armed afresh
        AlertRule edited = r;
        edited.level = 101.5;
        m.alerts.setRules({edited});            // an edited rule starts afresh
        m.prices(u"AAPL"_s, {102});
        QCOMPARE(m.fired.size(), 2);
    }

    void firesOnTheSimulatedFeedThroughTheEngine()
    {
        test::TempFolder folder;
        Engine engine(SystemClock::instance());
        QSignalSpy fired(&engine, &Engine::alertFired);
        AlertRule r = above(0.01, AlertRearm::Once);
        engine.setAlertRules({r});              // before start: kept until the alert thread runs
        EngineConfig config;
        config.databaseLocation = folder.path(u"alerts.sqlite"_s);
        config.feed.provider = u"simulated"_s;
        config.feed.symbols = {u"AAPL"_s, u"MSFT"_s};
        config.feed.seed = 3;
        config.feed.ticksPerSecondPerSymbol = 50;
        config.feed.historyDays = 1;
        engine.start(config);
        QTRY_COMPARE_WITH_TIMEOUT(fired.size(), 1, 20'000);
        const auto event = fired.constFirst().constFirst().value<AlertEvent>();
        QCOMPARE(event.symbol, u"AAPL"_s);
        QVERIFY(event.tick.price > 0.01);
        QCOMPARE(event.tick.symbol, u"AAPL"_s);
        QVERIFY(event.tick.timeMs > 0);
    }
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
