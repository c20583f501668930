#include "ChineseCalendar.h"
#include "HkexHolidays.h"
#include "HolidayTestSupport.h"

#include <QTest>

using namespace tickerline::calendar;

// Hong Kong general holidays as gazetted:
// 2026 https://www.info.gov.hk/gia/general/202505/16/P2025051300354.htm (Ching Ming on Sunday → Monday,
//      which is Easter Monday → Tuesday 7 April; Buddha's Birthday and Chung Yeung on Sundays → Mondays)
// 2024 https://hkbbs.cn/archiver/tid-16.html (the gazette's list; LNY day 2 on Sunday → day 4)
// 2020, 2021 https://www.ecoartcalendar.com/hongkong-public-holiday-2020
// 2016 http://m.ccspayyment.com/content-66-14821-1.html (Labour Day, Chung Yeung and Christmas on Sundays)
// 2025 https://lovehklife.com/2025-xiangganggongzhongjiaqi.html (the gazette's list)
// Half days (no afternoon session) on the eves: https://www.cmschina.com.hk/en/CS/holidayTable (2021).
class TestHkexHolidays : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lunarDates_data();
    void lunarDates();
    void year_data();
    void year();
    void halfDays_data();
    void halfDays();
};

void TestHkexHolidays::lunarDates_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QDate>("date");
    QTest::newRow("LNY 2024") << 2024 << 1 << 1 << QDate(2024, 2, 10);
    QTest::newRow("LNY 2025") << 2025 << 1 << 1 << QDate(2025, 1, 29);
    QTest::newRow("LNY 2026") << 2026 << 1 << 1 << QDate(2026, 2, 17);
    QTest::newRow("Buddha 2026") << 2026 << 4 << 8 << QDate(2026, 5, 24);
    QTest::newRow("Tuen Ng 2025") << 2025 << 5 << 5 << QDate(2025, 5, 31);
    QTest::newRow("Mid-Autumn+1 2023 (leap 2nd month that year)") << 2023 << 8 << 16 << QDate(2023, 9, 30);
    QTest::newRow("Chung Yeung 2020 (leap 4th month)") << 2020 << 9 << 9 << QDate(2020, 10, 25);
}

void TestHkexHolidays::lunarDates()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QDate, date);
    QCOMPARE(chineseCalendarDate(year, month, day), date);
}

void TestHkexHolidays::year_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("closed");
    QTest::newRow("2016 (leap)") << 2016
        << datesOf(2016, {{1, 1}, {2, 8}, {2, 9}, {2, 10}, {3, 25}, {3, 28}, {4, 4}, {5, 2}, {6, 9}, {7, 1}, {9, 16},
                          {10, 10}, {12, 26}, {12, 27}});
    QTest::newRow("2020 (leap), LNY over a weekend") << 2020
        << datesOf(2020, {{1, 1}, {1, 27}, {1, 28}, {4, 10}, {4, 13}, {4, 30}, {5, 1}, {6, 25}, {7, 1}, {10, 1},
                          {10, 2}, {10, 26}, {12, 25}});
    QTest::newRow("2021, Ching Ming on Easter Sunday") << 2021
        << datesOf(2021, {{1, 1}, {2, 12}, {2, 15}, {4, 2}, {4, 5}, {4, 6}, {5, 19}, {6, 14}, {7, 1}, {9, 22},
                          {10, 1}, {10, 14}, {12, 27}});
    QTest::newRow("2024 (leap)") << 2024
        << datesOf(2024, {{1, 1}, {2, 12}, {2, 13}, {3, 29}, {4, 1}, {4, 4}, {5, 1}, {5, 15}, {6, 10}, {7, 1},
                          {9, 18}, {10, 1}, {10, 11}, {12, 25}, {12, 26}});
    QTest::newRow("2025") << 2025
        << datesOf(2025, {{1, 1}, {1, 29}, {1, 30}, {1, 31}, {4, 4}, {4, 18}, {4, 21}, {5, 1}, {5, 5}, {7, 1},
                          {10, 1}, {10, 7}, {10, 29}, {12, 25}, {12, 26}});
    QTest::newRow("2026, three Sunday substitutes") << 2026
        << datesOf(2026, {{1, 1}, {2, 17}, {2, 18}, {2, 19}, {4, 3}, {4, 6}, {4, 7}, {5, 1}, {5, 25}, {6, 19},
                          {7, 1}, {10, 1}, {10, 19}, {12, 25}});
}

void TestHkexHolidays::year()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, closed);
    QCOMPARE(closedWeekdays(year, hkexHoliday), closed);
}

void TestHkexHolidays::halfDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("half");
    QTest::newRow("LNY eve 2021") << QDate(2021, 2, 11) << true;
    QTest::newRow("Christmas Eve 2021") << QDate(2021, 12, 24) << true;
    QTest::newRow("New Year's Eve 2021") << QDate(2021, 12, 31) << true;
    QTest::newRow("LNY eve 2024 (Friday before a Saturday LNY)") << QDate(2024, 2, 9) << true;
    QTest::newRow("LNY eve 2025") << QDate(2025, 1, 28) << true;
    QTest::newRow("LNY eve 2026") << QDate(2026, 2, 16) << true;
    QTest::newRow("Christmas Eve 2026") << QDate(2026, 12, 24) << true;
    QTest::newRow("New Year's Eve 2026") << QDate(2026, 12, 31) << true;
    QTest::newRow("LNY 2023 on Sunday: no half day on Friday") << QDate(2023, 1, 20) << false;
    QTest::newRow("ordinary day") << QDate(2026, 2, 13) << false;
    QTest::newRow("LNY day itself") << QDate(2026, 2, 17) << false;
}

void TestHkexHolidays::halfDays()
{
    QFETCH(QDate, date);
    QFETCH(bool, half);
    QCOMPARE(hkexEarlyClose(date).has_value(), half);
    if (half)
        QCOMPARE(*hkexEarlyClose(date), QTime(12, 0));
}

QTEST_GUILESS_MAIN(TestHkexHolidays)
#include "tst_hkexholidays.moc"
