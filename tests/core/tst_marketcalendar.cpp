#include "Clock.h"
#include "MarketCalendar.h"

#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace tickerline::calendar;

namespace {

qint64 utc(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t.toMSecsSinceEpoch();
}

QString iso(std::optional<qint64> ms)
{
    if (!ms)
        return QStringLiteral("none");
    return QDateTime::fromMSecsSinceEpoch(*ms).toUTC().toString(Qt::ISODate);   // UTC spec: "…Z"
}

} // namespace

Q_DECLARE_METATYPE(tickerline::calendar::VenueId)
Q_DECLARE_METATYPE(tickerline::calendar::MarketState)

class TestMarketCalendar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void venuesHaveZones();
    void stateNames();
    void newYorkOpenInLondon_data();
    void newYorkOpenInLondon();
    void status_data();
    void status();
    void ordinaryUsDay();
    void hongKongDayOnAManualClock();
    void cryptoAlwaysOpen_data();
    void cryptoAlwaysOpen();
};

void TestMarketCalendar::venuesHaveZones()
{
    for (const VenueId id : allVenues()) {
        const Venue v = venue(id);
        QVERIFY2(QTimeZone(v.timeZone).isValid(), v.timeZone.constData());
        QVERIFY(!v.name.isEmpty());
        QCOMPARE(v.id, id);
        QVERIFY(v.regular.start < v.regular.end);
    }
}

void TestMarketCalendar::stateNames()
{
    QSet<QString> names;
    for (const MarketState s : {MarketState::Closed, MarketState::PreMarket, MarketState::Open, MarketState::Lunch,
                                MarketState::AfterHours, MarketState::Holiday})
        names.insert(marketStateName(s));
    QCOMPARE(names.size(), 6);
    QVERIFY(!names.contains(QString()));
}

// The US and the EU change clocks on different Sundays: for two or three weeks a year
// New York opens at 13:30 in London instead of 14:30.
void TestMarketCalendar::newYorkOpenInLondon_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<QString>("londonOpen");
    QTest::newRow("2026-03-02 both on winter time") << utc("2026-03-02T00:00:00Z") << QStringLiteral("14:30");
    QTest::newRow("2026-03-09 New York on EDT, London on GMT") << utc("2026-03-09T00:00:00Z") << QStringLiteral("13:30");
    QTest::newRow("2026-03-23 still apart") << utc("2026-03-23T00:00:00Z") << QStringLiteral("13:30");
    QTest::newRow("2026-03-30 both on summer time") << utc("2026-03-30T00:00:00Z") << QStringLiteral("14:30");
    QTest::newRow("2026-10-26 London back on GMT, New York not") << utc("2026-10-26T00:00:00Z") << QStringLiteral("13:30");
    QTest::newRow("2026-11-02 both on winter time") << utc("2026-11-02T00:00:00Z") << QStringLiteral("14:30");
    QTest::newRow("2024-03-11 (leap year)") << utc("2024-03-11T00:00:00Z") << QStringLiteral("13:30");
}

void TestMarketCalendar::newYorkOpenInLondon()
{
    QFETCH(qint64, from);
    QFETCH(QString, londonOpen);
    const auto open = MarketCalendar(VenueId::Nyse).nextOpen(from);
    QVERIFY(open);
    const QDateTime london = QDateTime::fromMSecsSinceEpoch(*open, QTimeZone("Europe/London"));
    QCOMPARE(london.time().toString(u"hh:mm"), londonOpen);
    QCOMPARE(london.date(), QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()).date());
}

void TestMarketCalendar::status_data()
{
    QTest::addColumn<VenueId>("venue");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<MarketState>("state");
    QTest::addColumn<QString>("holiday");
    QTest::addColumn<QString>("nextOpen");
    QTest::addColumn<QString>("nextClose");
    const QString none;
    // Friday evening to Monday, across New York's spring-forward Sunday.
    QTest::newRow("NYSE Fri 18:30 EST after hours") << VenueId::Nyse << utc("2026-03-06T23:30:00Z")
        << MarketState::AfterHours << none << "2026-03-09T13:30:00Z" << "2026-03-09T20:00:00Z";
    QTest::newRow("NYSE Saturday") << VenueId::Nyse << utc("2026-03-07T12:00:00Z") << MarketState::Closed << none
        << "2026-03-09T13:30:00Z" << "2026-03-09T20:00:00Z";
    QTest::newRow("NYSE Mon 05:00 EDT pre-market") << VenueId::Nyse << utc("2026-03-09T09:00:00Z")
        << MarketState::PreMarket << none << "2026-03-09T13:30:00Z" << "2026-03-09T20:00:00Z";
    QTest::newRow("NYSE Mon open") << VenueId::Nyse << utc("2026-03-09T13:30:00Z") << MarketState::Open << none
        << "2026-03-10T13:30:00Z" << "2026-03-09T20:00:00Z";
    // A holiday Monday.
    QTest::newRow("NYSE Labor Day") << VenueId::Nyse << utc("2026-09-07T15:00:00Z") << MarketState::Holiday
        << "Labor Day" << "2026-09-08T13:30:00Z" << "2026-09-08T20:00:00Z";
    QTest::newRow("LSE Easter Monday") << VenueId::Lse << utc("2026-04-06T09:00:00Z") << MarketState::Holiday
        << "Easter Monday" << "2026-04-07T07:00:00Z" << "2026-04-07T15:30:00Z";
    // Early closes.
    QTest::newRow("NYSE day after Thanksgiving, open") << VenueId::Nyse << utc("2026-11-27T17:30:00Z")
        << MarketState::Open << none << "2026-11-30T14:30:00Z" << "2026-11-27T18:00:00Z";
    QTest::newRow("NYSE day after Thanksgiving, after the 13:00 close") << VenueId::Nyse << utc("2026-11-27T18:30:00Z")
        << MarketState::AfterHours << none << "2026-11-30T14:30:00Z" << "2026-11-30T21:00:00Z";
    QTest::newRow("NYSE day after Thanksgiving, after hours end at 17:00") << VenueId::Nyse << utc("2026-11-27T22:30:00Z")
        << MarketState::Closed << none << "2026-11-30T14:30:00Z" << "2026-11-30T21:00:00Z";
    QTest::newRow("Euronext Paris Christmas Eve, 14:05 close") << VenueId::EuronextParis << utc("2026-12-24T13:00:00Z")
        << MarketState::Open << none << "2026-12-28T08:00:00Z" << "2026-12-24T13:05:00Z";
    QTest::newRow("ASX New Year's Eve after 14:10") << VenueId::Asx << utc("2026-12-31T03:30:00Z")
        << MarketState::Closed << none << "2027-01-03T23:00:00Z" << "2027-01-04T05:00:00Z";
    // Lunch breaks.
    QTest::newRow("HKEX pre-opening") << VenueId::Hkex << utc("2026-03-10T01:15:00Z") << MarketState::PreMarket
        << none << "2026-03-10T01:30:00Z" << "2026-03-10T04:00:00Z";
    QTest::newRow("HKEX morning") << VenueId::Hkex << utc("2026-03-10T02:00:00Z") << MarketState::Open << none
        << "2026-03-10T05:00:00Z" << "2026-03-10T04:00:00Z";
    QTest::newRow("HKEX lunch") << VenueId::Hkex << utc("2026-03-10T04:30:00Z") << MarketState::Lunch << none
        << "2026-03-10T05:00:00Z" << "2026-03-10T08:00:00Z";
    QTest::newRow("HKEX Christmas Eve afternoon, no session") << VenueId::Hkex << utc("2026-12-24T05:30:00Z")
        << MarketState::Closed << none << "2026-12-28T01:30:00Z" << "2026-12-28T04:00:00Z";
    QTest::newRow("HKEX Lunar New Year") << VenueId::Hkex << utc("2026-02-18T02:00:00Z") << MarketState::Holiday
        << "The second day of Lunar New Year" << "2026-02-20T01:30:00Z" << "2026-02-20T04:00:00Z";
    QTest::newRow("TSE lunch") << VenueId::Tse << utc("2026-03-10T02:45:00Z") << MarketState::Lunch << none
        << "2026-03-10T03:30:00Z" << "2026-03-10T06:30:00Z";
    QTest::newRow("TSE 15:15 before the longer afternoon") << VenueId::Tse << utc("2024-11-01T06:15:00Z")
        << MarketState::Closed << none << "2024-11-05T00:00:00Z" << "2024-11-05T02:30:00Z";
    QTest::newRow("TSE 15:15 since 5 Nov 2024") << VenueId::Tse << utc("2024-11-05T06:15:00Z")
        << MarketState::Open << none << "2024-11-06T00:00:00Z" << "2024-11-05T06:30:00Z";
    QTest::newRow("TSE Golden Week") << VenueId::Tse << utc("2026-05-05T01:00:00Z") << MarketState::Holiday
        << "Children's Day" << "2026-05-07T00:00:00Z" << "2026-05-07T02:30:00Z";
    // Southern-hemisphere summer time: 10:00 AEDT is 23:00 UTC the day before.
    QTest::newRow("ASX summer morning") << VenueId::Asx << utc("2026-01-05T23:30:00Z") << MarketState::Open << none
        << "2026-01-06T23:00:00Z" << "2026-01-06T05:00:00Z";
    QTest::newRow("ASX winter morning") << VenueId::Asx << utc("2026-07-07T00:30:00Z") << MarketState::Open << none
        << "2026-07-08T00:00:00Z" << "2026-07-07T06:00:00Z";
    QTest::newRow("TSX Victoria Day") << VenueId::Tsx << utc("2026-05-18T15:00:00Z") << MarketState::Holiday
        << "Victoria Day" << "2026-05-19T13:30:00Z" << "2026-05-19T20:00:00Z";
    QTest::newRow("Xetra 31 Dec") << VenueId::Xetra << utc("2026-12-31T10:00:00Z") << MarketState::Holiday
        << "New Year's Eve" << "2027-01-04T08:00:00Z" << "2027-01-04T16:30:00Z";
}

void TestMarketCalendar::status()
{
    QFETCH(VenueId, venue);
    QFETCH(qint64, at);
    QFETCH(MarketState, state);
    QFETCH(QString, holiday);
    QFETCH(QString, nextOpen);
    QFETCH(QString, nextClose);
    const MarketStatus s = MarketCalendar(venue).status(at);
    QCOMPARE(marketStateName(s.state), marketStateName(state));
    QCOMPARE(s.holiday, holiday);
    QCOMPARE(iso(s.nextOpenMs), nextOpen);
    QCOMPARE(iso(s.nextCloseMs), nextClose);
}

void TestMarketCalendar::ordinaryUsDay()
{
    const TradingDay day = MarketCalendar(VenueId::Nasdaq).tradingDay(QDate(2026, 7, 8));
    QCOMPARE(day.holiday, std::nullopt);
    QCOMPARE(day.earlyClose, std::nullopt);
    const QList<Session> expected = {
        {MarketState::PreMarket, utc("2026-07-08T08:00:00Z"), utc("2026-07-08T13:30:00Z")},
        {MarketState::Open, utc("2026-07-08T13:30:00Z"), utc("2026-07-08T20:00:00Z")},
        {MarketState::AfterHours, utc("2026-07-08T20:00:00Z"), utc("2026-07-09T00:00:00Z")},
    };
    QCOMPARE(day.sessions, expected);
    QVERIFY(MarketCalendar(VenueId::Nasdaq).tradingDay(QDate(2026, 7, 11)).sessions.isEmpty());   // Saturday
    QCOMPARE(MarketCalendar(VenueId::Nasdaq).tradingDay(QDate(2026, 7, 3)).holiday,
             std::optional<QString>(QStringLiteral("Independence Day")));
}

// What a caller does: read its injectable Clock, ask for the state, and sleep until the next
// change. Walking a ManualClock through one HKEX day must visit every phase in order.
void TestMarketCalendar::hongKongDayOnAManualClock()
{
    const MarketCalendar hkex(VenueId::Hkex);
    tickerline::ManualClock clock(utc("2026-03-10T00:00:00Z"));   // 08:00 HKT
    QStringList phases;
    const qint64 end = utc("2026-03-10T12:00:00Z");
    while (clock.nowMs() < end) {
        const QString name = marketStateName(hkex.status(clock.nowMs()).state);
        if (phases.isEmpty() || phases.last() != name)
            phases.append(name);
        clock.advanceMs(60 * 1000);
    }
    const QStringList expected = {marketStateName(MarketState::Closed), marketStateName(MarketState::PreMarket),
                                  marketStateName(MarketState::Open),   marketStateName(MarketState::Lunch),
                                  marketStateName(MarketState::Open),   marketStateName(MarketState::Closed)};
    QCOMPARE(phases, expected);
}

void TestMarketCalendar::cryptoAlwaysOpen_data()
{
    QTest::addColumn<qint64>("at");
    QTest::newRow("Saturday night") << utc("2026-03-07T23:59:59Z");
    QTest::newRow("Christmas Day") << utc("2026-12-25T12:00:00Z");
    QTest::newRow("New York DST change") << utc("2026-03-08T07:00:00Z");
    QTest::newRow("29 Feb 2028") << utc("2028-02-29T00:00:00Z");
}

void TestMarketCalendar::cryptoAlwaysOpen()
{
    QFETCH(qint64, at);
    const MarketCalendar crypto(VenueId::Crypto);
    const MarketStatus s = crypto.status(at);
    QCOMPARE(marketStateName(s.state), marketStateName(MarketState::Open));
    QCOMPARE(s.nextOpenMs, std::nullopt);
    QCOMPARE(s.nextCloseMs, std::nullopt);
    QCOMPARE(crypto.holiday(QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).date()), std::nullopt);
}

QTEST_GUILESS_MAIN(TestMarketCalendar)
#include "tst_marketcalendar.moc"
