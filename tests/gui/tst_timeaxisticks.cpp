#include "ChartTimeZone.h"
#include "TimeTicks.h"

#include <QDateTime>
#include <QTest>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

qint64 utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc()).toMSecsSinceEpoch();
}

QStringList labels(const QList<TimeTick> &ticks)
{
    QStringList out;
    for (const TimeTick &t : ticks)
        out.append(t.label);
    return out;
}
} // namespace

// Time axis labels at round wall-clock times of the chosen zone, right across
// daylight-saving changes; the exchange → zone table.
class tst_TimeTicks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utcHoursAreRound();
    void newYorkAcrossTheSpringChange();
    void daysAreMidnightsOfTheZone();
    void monthsAndYears();
    void crosshairLabelNamesTheZone();
    void exchangeZones_data();
    void exchangeZones();
};

void tst_TimeTicks::utcHoursAreRound()
{
    // 08:47 to 14:13 UTC over 660 px at 110 px a label: every hour.
    const auto ticks = timeTicks(utc(2024, 3, 4, 8, 47), utc(2024, 3, 4, 14, 13), 660, 110, QTimeZone::utc(),
                                 QLocale::c());
    QCOMPARE(labels(ticks), QStringList({u"09:00"_s, u"10:00"_s, u"11:00"_s, u"12:00"_s, u"13:00"_s,
                                         u"14:00"_s}));
    QCOMPARE(ticks.constFirst().ms, utc(2024, 3, 4, 9));
}

void tst_TimeTicks::newYorkAcrossTheSpringChange()
{
    // 2024-03-10: New York skips 02:00–03:00 (EST → EDT). From 00:00 EST
    // (05:00 UTC) to 06:00 EDT (10:00 UTC) the labels are New York's hours.
    const QTimeZone ny("America/New_York");
    QVERIFY(ny.isValid());
    const auto ticks = timeTicks(utc(2024, 3, 10, 5), utc(2024, 3, 10, 10), 1000, 110, ny, QLocale::c());
    QCOMPARE(labels(ticks), QStringList({u"Mar 10"_s, u"01:00"_s, u"03:00"_s, u"04:00"_s, u"05:00"_s,
                                         u"06:00"_s}));
    // 03:00 EDT is 07:00 UTC: one real hour after 01:00 EST (06:00 UTC).
    QCOMPARE(ticks.at(1).ms, utc(2024, 3, 10, 6));
    QCOMPARE(ticks.at(2).ms, utc(2024, 3, 10, 7));
}

void tst_TimeTicks::daysAreMidnightsOfTheZone()
{
    const QTimeZone tokyo("Asia/Tokyo");
    const auto ticks = timeTicks(utc(2024, 3, 4), utc(2024, 3, 8), 800, 110, tokyo, QLocale::c());
    QVERIFY(ticks.size() >= 3);
    for (const TimeTick &t : ticks)
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(t.ms, tokyo).time(), QTime(0, 0));
    // Tokyo midnight is 15:00 UTC the day before.
    QCOMPARE(ticks.constFirst().ms, utc(2024, 3, 4, 15));
    QCOMPARE(ticks.constFirst().label, u"Mar 5"_s);
}

void tst_TimeTicks::monthsAndYears()
{
    const auto months = timeTicks(utc(2024, 1, 15), utc(2024, 7, 15), 800, 110, QTimeZone::utc(), QLocale::c());
    QCOMPARE(labels(months), QStringList({u"Feb 2024"_s, u"Mar 2024"_s, u"Apr 2024"_s, u"May 2024"_s,
                                          u"Jun 2024"_s, u"Jul 2024"_s}));
    const auto years = timeTicks(utc(2015, 6, 1), utc(2024, 6, 1), 500, 110, QTimeZone::utc(), QLocale::c());
    QCOMPARE(labels(years), QStringList({u"2016"_s, u"2018"_s, u"2020"_s, u"2022"_s, u"2024"_s}));
    QVERIFY(timeTicks(10, 10, 800, 110, QTimeZone::utc()).isEmpty());
}

void tst_TimeTicks::crosshairLabelNamesTheZone()
{
    const QString label = crosshairTimeLabel(utc(2024, 7, 1, 14, 30), QTimeZone("America/New_York"), QLocale::c());
    QVERIFY2(label.contains(u"10:30:00"_s), qPrintable(label));
    QVERIFY2(label.contains(u"EDT"_s), qPrintable(label));
    QVERIFY(crosshairTimeLabel(utc(2024, 7, 1, 14, 30), QTimeZone::utc(), QLocale::c()).contains(u"14:30:00"_s));
}

void tst_TimeTicks::exchangeZones_data()
{
    QTest::addColumn<QString>("exchange");
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("NASDAQ") << u"NASDAQ"_s << QByteArray("America/New_York");
    QTest::newRow("long Finnhub name") << u"NASDAQ NMS - GLOBAL MARKET"_s << QByteArray("America/New_York");
    QTest::newRow("NYSE, lower case") << u"nyse"_s << QByteArray("America/New_York");
    QTest::newRow("LSE") << u"LSE"_s << QByteArray("Europe/London");
    QTest::newRow("XETRA") << u"XETRA"_s << QByteArray("Europe/Berlin");
    QTest::newRow("TSE") << u"TSE"_s << QByteArray("Asia/Tokyo");
    QTest::newRow("JPX") << u"JPX"_s << QByteArray("Asia/Tokyo");
    QTest::newRow("Coinbase") << u"COINBASE"_s << QByteArray("UTC");
    QTest::newRow("unknown") << u"MOON"_s << QByteArray("UTC");
    QTest::newRow("empty") << QString() << QByteArray("UTC");
    QTest::newRow("prefix only is no match") << u"USX"_s << QByteArray("UTC");
}

void tst_TimeTicks::exchangeZones()
{
    QFETCH(QString, exchange);
    QFETCH(QByteArray, zone);
    QCOMPARE(exchangeTimeZone(exchange).id(), zone);
    QCOMPARE(displayTimeZone(ChartTimeZone::Utc, exchange).id(), QByteArray("UTC"));
    QCOMPARE(displayTimeZone(ChartTimeZone::Exchange, exchange).id(), zone);
}

QTEST_APPLESS_MAIN(tst_TimeTicks)
#include "tst_timeaxisticks.moc"
