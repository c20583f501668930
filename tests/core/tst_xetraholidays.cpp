#include "HolidayTestSupport.h"
#include "XetraHolidays.h"

#include <QTest>

using namespace tickerline::calendar;

// Deutsche Börse's non-trading days for its cash venues, tabled for 2024–2029 at
// https://eurexchange.com/dbcm-de/secondary-market/dbdx/handel/handelskalender (Neujahr,
// Karfreitag, Ostermontag, Tag der Arbeit, Heiligabend, 1./2. Weihnachtstag, Silvester; a
// weekend day is not moved) and Xetra's hours and calendar page
// https://deutsche-boerse.com/dbg-en/products-services/ps-trading/ps-trading-hours-calendar/ps-hours-calendar-cash-xetra
class TestXetraHolidays : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void year_data();
    void year();
    void tradingDays_data();
    void tradingDays();
};

void TestXetraHolidays::year_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("closed");
    QTest::newRow("2024 (leap)") << 2024
        << datesOf(2024, {{1, 1}, {3, 29}, {4, 1}, {5, 1}, {12, 24}, {12, 25}, {12, 26}, {12, 31}});
    QTest::newRow("2025") << 2025
        << datesOf(2025, {{1, 1}, {4, 18}, {4, 21}, {5, 1}, {12, 24}, {12, 25}, {12, 26}, {12, 31}});
    QTest::newRow("2026, 26 Dec a Saturday") << 2026
        << datesOf(2026, {{1, 1}, {4, 3}, {4, 6}, {5, 1}, {12, 24}, {12, 25}, {12, 31}});
    QTest::newRow("2027, 1 May and Christmas on the weekend") << 2027
        << datesOf(2027, {{1, 1}, {3, 26}, {3, 29}, {12, 24}, {12, 31}});
    QTest::newRow("2028 (leap), New Year and the eves on weekends") << 2028
        << datesOf(2028, {{4, 14}, {4, 17}, {5, 1}, {12, 25}, {12, 26}});
    QTest::newRow("2029") << 2029
        << datesOf(2029, {{1, 1}, {3, 30}, {4, 2}, {5, 1}, {12, 24}, {12, 25}, {12, 26}, {12, 31}});
}

void TestXetraHolidays::year()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, closed);
    QCOMPARE(closedWeekdays(year, xetraHoliday), closed);
}

void TestXetraHolidays::tradingDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::newRow("Ascension 2024") << QDate(2024, 5, 9);
    QTest::newRow("Whit Monday 2024") << QDate(2024, 5, 20);
    QTest::newRow("Corpus Christi 2024") << QDate(2024, 5, 30);
    QTest::newRow("German Unity Day 2024") << QDate(2024, 10, 3);
    QTest::newRow("29 Feb 2024") << QDate(2024, 2, 29);
}

void TestXetraHolidays::tradingDays()
{
    QFETCH(QDate, date);
    QCOMPARE(xetraHoliday(date), std::nullopt);
}

QTEST_GUILESS_MAIN(TestXetraHolidays)
#include "tst_xetraholidays.moc"
