#include "AlertCenter.h"
#include "AlertChartLink.h"
#include "AlertLogModel.h"
#include "AlertNotifier.h"
#include "AlertRuleStore.h"
#include "Clock.h"
#include "Engine.h"
#include "PriceChart.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

constexpr int FireTimeoutMs = 20'000;

// Stands in for the system tray (or any notifier): what it was asked to show.
struct SpyNotifier final : AlertNotifier
{
    struct Shown
    {
        AlertEvent event;
        QString title;
        QString message;
    };
    QList<Shown> shown;

    void notify(const AlertEvent &event, const QString &title, const QString &message) override
    {
        shown.append({event, title, message});
    }
};

EngineConfig simulated(const QString &database)
{
    EngineConfig config;
    config.databaseLocation = database;
    config.feed.provider = u"simulated"_s;
    config.feed.symbols = {u"AAPL"_s, u"MSFT"_s};
    config.feed.seed = 11;
    config.feed.ticksPerSecondPerSymbol = 20;
    config.feed.historyDays = 1;
    return config;
}

} // namespace

class TestAlertCenter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The chart shows each enabled price rule's level; a level dragged there
    // is saved on the rule (and kept in alerts.json), a refused one goes back.
    void chartShowsLevelsAndDraggedLevelsAreSaved()
    {
        test::TempFolder folder;
        const QString data = folder.path(u"data"_s);
        Engine engine(SystemClock::instance());
        AlertCenter center(engine, data);
        center.setKnownSymbols({u"AAPL"_s});
        AlertRule rule;
        rule.symbol = u"AAPL"_s;
        rule.kind = AlertKind::PriceBelow;
        rule.level = 180;
        QCOMPARE(center.saveRule(rule), QString());
        AlertRule stale;
        stale.symbol = u"AAPL"_s;
        stale.kind = AlertKind::FeedStale;
        stale.staleSeconds = 60;
        QCOMPARE(center.saveRule(stale), QString());
        const QString id = center.rules().constFirst().id;

        PriceChart chart;
        AlertChartLink link(center, chart);
        QSignalSpy problems(&link, &AlertChartLink::problemOccurred);
        Q_EMIT chart.alertLevelMoved(id, 175.5);
        QCOMPARE(center.rules().constFirst().level, 175.5);
        QCOMPARE(AlertRuleStore(data + u"/alerts.json"_s).load().constFirst().level, 175.5);
        QVERIFY(problems.isEmpty());

        // A level the rule cannot keep is refused out loud.
        Q_EMIT chart.alertLevelMoved(id, -1.0);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(center.rules().constFirst().level, 175.5);
    }

    void firedAlertIsLoggedKeptAndNotified()
    {
        test::TempFolder folder;
        const QString data = folder.path(u"data"_s);
        Engine engine(SystemClock::instance());
        AlertCenter center(engine, data);
        QAbstractItemModelTester tester(center.logModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        SpyNotifier notifier;
        center.setNotifier(&notifier);
        center.setKnownSymbols({u"AAPL"_s, u"MSFT"_s});
        AlertRule rule;
        rule.symbol = u"aapl"_s;
        rule.kind = AlertKind::PriceAbove;
        rule.level = 0.01;
        rule.rearm = AlertRearm::Once;
        QCOMPARE(center.saveRule(rule), QString());
        QCOMPARE(center.symbolsWithAlerts(), QStringList{u"AAPL"_s});

        QSignalSpy shown(&center, &AlertCenter::alertShown);
        engine.start(simulated(folder.path(u"ticks.sqlite"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, FireTimeoutMs);

        // In the log view's model, with the tick that fired it.
        AlertLogModel *log = center.logModel();
        QCOMPARE(log->rowCount(), 1);
        const AlertEvent event = log->event(0);
        QCOMPARE(event.symbol, u"AAPL"_s);
        QVERIFY(event.tick.price > 0.01);
        QCOMPARE(log->index(0, AlertLogModel::SymbolColumn).data().toString(), u"AAPL"_s);
        QVERIFY(log->index(0, AlertLogModel::RuleColumn).data().toString().contains(u"AAPL"_s));
        QVERIFY(!log->index(0, AlertLogModel::PriceColumn).data().toString().isEmpty());
        QVERIFY(!log->index(0, AlertLogModel::TimeColumn).data().toString().isEmpty());

        // Through the notifier, once.
        QCOMPARE(notifier.shown.size(), 1);
        QCOMPARE(notifier.shown.constFirst().event, event);
        QVERIFY(notifier.shown.constFirst().title.contains(u"AAPL"_s));
        QVERIFY(notifier.shown.constFirst().message.contains(event.rule));

        // The rule remembers it fired, on disk too; the log is on disk.
        QCOMPARE(center.rules().constFirst().lastFiredMs, event.firedMs);
        QCOMPARE(AlertRuleStore(data + u"/alerts.json"_s).load().constFirst().lastFiredMs, event.firedMs);
        QVERIFY(QFile::exists(data + u"/alerts-log.jsonl"_s));

        // A later run shows the same log and keeps the once-rule quiet.
        Engine again(SystemClock::instance());
        AlertCenter reopened(again, data);
        QCOMPARE(reopened.logModel()->rowCount(), 1);
        QCOMPARE(reopened.logModel()->event(0), event);
        QCOMPARE(reopened.rules(), center.rules());
    }

    void notificationTextNamesRulePriceAndTime()
    {
        AlertEvent event;
        event.symbol = u"MSFT"_s;
        event.rule = u"MSFT at or below 300"_s;
        event.kind = AlertKind::PriceBelow;
        event.firedMs = 1'700'000'000'000;
        event.tick.price = 299.5;
        QVERIFY(AlertCenter::notificationTitle(event).contains(u"MSFT"_s));
        const QString message = AlertCenter::notificationMessage(event);
        QVERIFY2(message.contains(event.rule) && message.contains(QLocale().toString(299.5, 'f', 2)), qPrintable(message));
        event.kind = AlertKind::FeedStale;
        event.symbol.clear();
        event.tick = {};
        QVERIFY(!AlertCenter::notificationTitle(event).isEmpty());
        QVERIFY(AlertCenter::notificationMessage(event).contains(event.rule));
    }
};

QTEST_MAIN(TestAlertCenter)
#include "tst_alertcenter.moc"
