#include "AlertLog.h"
#include "AlertRuleStore.h"
#include "TestSupport.h"

#include <QFile>
#include <QTest>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

AlertRuleList everyKind()
{
    AlertRuleList rules;
    AlertRule above;
    above.id = newAlertRuleId();
    above.symbol = u"AAPL"_s;
    above.kind = AlertKind::PriceAbove;
    above.level = 191.25;
    above.rearm = AlertRearm::Once;
    above.lastFiredMs = 1'700'000'000'123;
    rules.append(above);
    AlertRule below = above;
    below.id = newAlertRuleId();
    below.kind = AlertKind::PriceBelow;
    below.level = 0.000123;
    below.rearm = AlertRearm::AfterCooldown;
    below.cooldownSeconds = 90;
    below.lastFiredMs = 0;
    below.enabled = false;
    rules.append(below);
    AlertRule move;
    move.id = newAlertRuleId();
    move.symbol = u"BTC-USD"_s;
    move.kind = AlertKind::PercentMove;
    move.percent = 2.5;
    move.windowSeconds = 300;
    move.lastFiredMs = 1'700'000'000'500;
    move.rearmedMs = 1'700'000'000'900;   // false again since it fired
    rules.append(move);
    AlertRule high;
    high.id = newAlertRuleId();
    high.symbol = u"NVDA"_s;
    high.kind = AlertKind::Week52High;
    rules.append(high);
    AlertRule low = high;
    low.id = newAlertRuleId();
    low.kind = AlertKind::Week52Low;
    rules.append(low);
    AlertRule stale;
    stale.id = newAlertRuleId();
    stale.kind = AlertKind::FeedStale;
    stale.staleSeconds = 30;
    rules.append(stale);
    return rules;
}

AlertEvent firedEvent(int i)
{
    AlertEvent e;
    e.ruleId = u"rule-%1"_s.arg(i);
    e.rule = u"AAPL at or above %1"_s.arg(i);
    e.kind = AlertKind::PriceAbove;
    e.symbol = u"AAPL"_s;
    e.firedMs = 1'700'000'000'000 + i;
    e.tick.symbol = u"AAPL"_s;
    e.tick.provider = u"simulated"_s;
    e.tick.timeMs = 1'700'000'000'000 + i - 5;
    e.tick.price = 100.0 + i / 3.0;   // not exactly representable in decimal: round trip is exact or not at all
    e.tick.size = 12.5;
    e.tick.receivedMs = 1'700'000'000'000 + i - 1;
    return e;
}

} // namespace

class TestAlertPersistence final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rulesRoundTripThroughTheFile()
    {
        test::TempFolder folder;
        const QString path = folder.path(u"sub/alerts.json"_s);   // the folder is made as needed
        const AlertRuleList rules = everyKind();
        QString error;
        QVERIFY2(AlertRuleStore(path).save(rules, &error), qPrintable(error));
        QVERIFY(QFile::exists(path));
        const AlertRuleList loaded = AlertRuleStore(path).load(&error);
        QVERIFY(error.isEmpty());
        QCOMPARE(loaded.size(), rules.size());
        for (qsizetype i = 0; i < rules.size(); ++i)
            QVERIFY2(loaded.at(i) == rules.at(i), qPrintable(describeAlertRule(rules.at(i))));
    }

    void missingFileHasNoRules()
    {
        test::TempFolder folder;
        QString error;
        QVERIFY(AlertRuleStore(folder.path(u"none.json"_s)).load(&error).isEmpty());
        QVERIFY(error.isEmpty());
    }

    void brokenFileIsReportedAndBadRecordsSkipped()
    {
        test::TempFolder folder;
        const QString path = folder.path(u"alerts.json"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"rules": [{"id": "a", "kind": "priceAbove", "rearm": "once", "symbol": "AAPL", "level": 5},
                                    {"id": "b", "kind": "teleport", "rearm": "once"}]})");
        }
        AlertRuleList loaded = AlertRuleStore(path).load();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.constFirst().level, 5.0);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"rules\": [");
        }
        QString error;
        QVERIFY(AlertRuleStore(path).load(&error).isEmpty());
        QVERIFY(error.contains(u"JSON"_s));
    }

    void logRoundTripsEventsWithTheirTick()
    {
        test::TempFolder folder;
        const QString path = folder.path(u"alerts-log.jsonl"_s);
        AlertLog log(path);
        for (int i = 0; i < 3; ++i)
            QVERIFY(log.append(firedEvent(i)));
        const AlertEventList loaded = AlertLog(path).load();
        QCOMPARE(loaded.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(loaded.at(i), firedEvent(i));
    }

    void logIsBoundedOldestDropped()
    {
        test::TempFolder folder;
        const QString path = folder.path(u"alerts-log.jsonl"_s);
        {
            AlertLog log(path, 4);
            for (int i = 0; i < 6; ++i)
                QVERIFY(log.append(firedEvent(i)));
        }
        AlertLog log(path, 4);   // a later run goes on counting from the file
        for (int i = 6; i < 11; ++i)
            QVERIFY(log.append(firedEvent(i)));
        const AlertEventList loaded = log.load();
        QCOMPARE(loaded.size(), 4);
        QCOMPARE(loaded.constFirst(), firedEvent(7));
        QCOMPARE(loaded.constLast(), firedEvent(10));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().count('\n') < 8);   // never more than twice the bound
    }
};

QTEST_GUILESS_MAIN(TestAlertPersistence)
#include "tst_alertpersistence.moc"
