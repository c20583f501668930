#include "HolidayTestSupport.h"
#include "TsxHolidays.h"

#include <QTest>

using namespace tickerline::calendar;

// TMX Group holiday operating schedules (TSX open until 1:00 p.m. on 24 Dec, closed for
// Christmas, Boxing Day and New Year's Day or the days in lieu):
// 2020 https://mondovisione.com/media-and-resources/news/tmx-group-holiday-operating-schedule-11/
// 2021 https://mondovisione.com/media-and-resources/news/tmx-group-holiday-operating-schedule-12/
// 2023 https://www.newswire.ca/news-releases/tmx-group-holiday-operating-schedule-812136940.html
//      (Christmas Eve a Sunday: no early close on the Friday before)
// 2025 https://mondovisione.com/media-and-resources/news/tmx-group-holiday-operating-schedule-2025123/
// Whole years: 2023 https://isstockmarketopen.com/market-holidays/canada/ (Canada Day in lieu on 3 July),
// 2015 (the same weekdays and Easter as 2026):
// https://stock-market-holidays.org/2015-toronto-stock-exchange-holidays/
// 2024–2026 whole years follow the same rules (no published exception found).
class TestTsxHolidays : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void year_data();
    void year();
    void substitutes_data();
    void substitutes();
    void earlyCloses_data();
    void earlyCloses();
};

void TestTsxHolidays::year_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("closed");
    QTest::newRow("2015") << 2015
        << datesOf(2015, {{1, 1}, {2, 16}, {4, 3}, {5, 18}, {7, 1}, {8, 3}, {9, 7}, {10, 12}, {12, 25}, {12, 28}});
    QTest::newRow("2023") << 2023
        << datesOf(2023, {{1, 2}, {2, 20}, {4, 7}, {5, 22}, {7, 3}, {8, 7}, {9, 4}, {10, 9}, {12, 25}, {12, 26}});
    QTest::newRow("2024 (leap)") << 2024
        << datesOf(2024, {{1, 1}, {2, 19}, {3, 29}, {5, 20}, {7, 1}, {8, 5}, {9, 2}, {10, 14}, {12, 25}, {12, 26}});
    QTest::newRow("2025") << 2025
        << datesOf(2025, {{1, 1}, {2, 17}, {4, 18}, {5, 19}, {7, 1}, {8, 4}, {9, 1}, {10, 13}, {12, 25}, {12, 26}});
    QTest::newRow("2026") << 2026
        << datesOf(2026, {{1, 1}, {2, 16}, {4, 3}, {5, 18}, {7, 1}, {8, 3}, {9, 7}, {10, 12}, {12, 25}, {12, 28}});
}

void TestTsxHolidays::year()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, closed);
    QCOMPARE(closedWeekdays(year, tsxHoliday), closed);
}

void TestTsxHolidays::substitutes_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("closed");
    QTest::newRow("2020-12-28 in lieu of Boxing Day") << QDate(2020, 12, 28) << true;
    QTest::newRow("2021-12-27 in lieu of Christmas") << QDate(2021, 12, 27) << true;
    QTest::newRow("2021-12-28 in lieu of Boxing Day") << QDate(2021, 12, 28) << true;
    QTest::newRow("2022-01-03 in lieu of New Year's Day") << QDate(2022, 1, 3) << true;
    QTest::newRow("2023-07-03 in lieu of Canada Day") << QDate(2023, 7, 3) << true;
    QTest::newRow("Victoria Day 2021 is 24 May itself") << QDate(2021, 5, 24) << true;
    QTest::newRow("Easter Monday 2025") << QDate(2025, 4, 21) << false;
    QTest::newRow("Truth and Reconciliation 2025") << QDate(2025, 9, 30) << false;
    QTest::newRow("Remembrance Day 2025") << QDate(2025, 11, 11) << false;
}

void TestTsxHolidays::substitutes()
{
    QFETCH(QDate, date);
    QFETCH(bool, closed);
    QCOMPARE(tsxHoliday(date).has_value(), closed);
}

void TestTsxHolidays::earlyCloses_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("early");
    QTest::newRow("2020-12-24") << QDate(2020, 12, 24) << true;
    QTest::newRow("2021-12-24") << QDate(2021, 12, 24) << true;
    QTest::newRow("2025-12-24") << QDate(2025, 12, 24) << true;
    QTest::newRow("2025-12-31 regular hours") << QDate(2025, 12, 31) << false;
    QTest::newRow("2025-12-23") << QDate(2025, 12, 23) << false;
    QTest::newRow("2023-12-22, Christmas Eve a Sunday") << QDate(2023, 12, 22) << false;
}

void TestTsxHolidays::earlyCloses()
{
    QFETCH(QDate, date);
    QFETCH(bool, early);
    QCOMPARE(tsxEarlyClose(date).has_value(), early);
    if (early)
        QCOMPARE(*tsxEarlyClose(date), QTime(13, 0));
}

QTEST_GUILESS_MAIN(TestTsxHolidays)
#include "tst_tsxholidays.moc"
