#include "AsxHolidays.h"
#include "HolidayTestSupport.h"

#include <QTest>

using namespace tickerline::calendar;

// ASX cash market calendars: 2025 and January–April 2026 as tabled at
// https://www.smallcaps.ca/trading-calendar (early closes 14:10 on the last business day
// before Christmas and the last business day of the year; also
// https://ts2.tech/en/australia-stock-market-holiday-schedule-asx-trading-hours-for-christmas-2025-and-new-years-day-2026),
// the rest of 2026 from ASX's own 2026 calendar https://www.asx.com.au/markets/market-resources/asx-24-trading-calendar
// (Anzac Day on Saturday: Monday 27 April normal hours in Australia; King's Birthday 8 June;
// Boxing Day kept on Monday 28 December), the 2024 holiday names from http://buildearth.org/index-87.html
// (dates by the same rules), and the early-close rule as stated for 2012 at
// https://www.investmentu.com/content/detail/asx-australia-holiday-schedule
class TestAsxHolidays : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void year_data();
    void year();
    void earlyCloses_data();
    void earlyCloses();
};

void TestAsxHolidays::year_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("closed");
    QTest::newRow("2024 (leap)") << 2024
        << datesOf(2024, {{1, 1}, {1, 26}, {3, 29}, {4, 1}, {4, 25}, {6, 10}, {12, 25}, {12, 26}});
    QTest::newRow("2025, Australia Day Sunday → Monday 27") << 2025
        << datesOf(2025, {{1, 1}, {1, 27}, {4, 18}, {4, 21}, {4, 25}, {6, 9}, {12, 25}, {12, 26}});
    QTest::newRow("2026, Anzac Day Saturday, Boxing Day → Monday 28") << 2026
        << datesOf(2026, {{1, 1}, {1, 26}, {4, 3}, {4, 6}, {6, 8}, {12, 25}, {12, 28}});
    QTest::newRow("2028 (leap), New Year Saturday → Monday 3") << 2028
        << datesOf(2028, {{1, 3}, {1, 26}, {4, 14}, {4, 17}, {4, 25}, {6, 12}, {12, 25}, {12, 26}});
}

void TestAsxHolidays::year()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, closed);
    QCOMPARE(closedWeekdays(year, asxHoliday), closed);
}

void TestAsxHolidays::earlyCloses_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("early");
    QTest::newRow("2012-12-24") << QDate(2012, 12, 24) << true;
    QTest::newRow("2012-12-31") << QDate(2012, 12, 31) << true;
    QTest::newRow("2024-12-24") << QDate(2024, 12, 24) << true;
    QTest::newRow("2025-12-24") << QDate(2025, 12, 24) << true;
    QTest::newRow("2025-12-31") << QDate(2025, 12, 31) << true;
    QTest::newRow("2026-12-24") << QDate(2026, 12, 24) << true;
    QTest::newRow("2026-12-31") << QDate(2026, 12, 31) << true;
    QTest::newRow("2023-12-22, Christmas Eve a Sunday") << QDate(2023, 12, 22) << true;
    QTest::newRow("2023-12-29, New Year's Eve a Sunday") << QDate(2023, 12, 29) << true;
    QTest::newRow("2025-12-23") << QDate(2025, 12, 23) << false;
    QTest::newRow("2026-12-29") << QDate(2026, 12, 29) << false;
}

void TestAsxHolidays::earlyCloses()
{
    QFETCH(QDate, date);
    QFETCH(bool, early);
    QCOMPARE(asxEarlyClose(date).has_value(), early);
    if (early)
        QCOMPARE(*asxEarlyClose(date), QTime(14, 10));
}

QTEST_GUILESS_MAIN(TestAsxHolidays)
#include "tst_asxholidays.moc"
