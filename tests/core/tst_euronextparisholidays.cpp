#include "EuronextParisHolidays.h"
#include "HolidayTestSupport.h"

#include <QTest>

using namespace tickerline::calendar;

// Euronext's harmonised calendar: the 2012 press release
// https://euronext.com/en/about/media/euronext-press-releases/nyse-euronext-announces-its-2012-holiday-calendar-and-early
// (1 Jan 2012 a Sunday, not moved; that year's half days still closed at 14:00), the 2019 press release
// https://euronext.com/en/about/media/euronext-press-releases/euronext-announces-2019-holiday-calendar-for-its-cash-and
// (closed 1 Jan, Good Friday, Easter Monday, 1 May, 25 and 26 Dec; cash markets close by
// 14:05 CET on 24 and 31 Dec) and the same days for 2025 as tabled at
// https://winenfood.com/the-complete-euronext-trading-holidays-2026-list (its weekdays are 2025's).
// 2024 and 2026 follow from the same rules; Euronext has published no exception to them since 2012.
class TestEuronextParisHolidays : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void year_data();
    void year();
    void earlyCloses_data();
    void earlyCloses();
};

void TestEuronextParisHolidays::year_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("closed");
    QTest::newRow("2012 (leap; press release)") << 2012 << datesOf(2012, {{4, 6}, {4, 9}, {5, 1}, {12, 25}, {12, 26}});
    QTest::newRow("2019 (press release)") << 2019
        << datesOf(2019, {{1, 1}, {4, 19}, {4, 22}, {5, 1}, {12, 25}, {12, 26}});
    QTest::newRow("2024 (leap)") << 2024 << datesOf(2024, {{1, 1}, {3, 29}, {4, 1}, {5, 1}, {12, 25}, {12, 26}});
    QTest::newRow("2025") << 2025 << datesOf(2025, {{1, 1}, {4, 18}, {4, 21}, {5, 1}, {12, 25}, {12, 26}});
    QTest::newRow("2026, Boxing Day a Saturday") << 2026 << datesOf(2026, {{1, 1}, {4, 3}, {4, 6}, {5, 1}, {12, 25}});
    QTest::newRow("2028 (leap), 1 Jan a Saturday") << 2028 << datesOf(2028, {{4, 14}, {4, 17}, {5, 1}, {12, 25}, {12, 26}});
}

void TestEuronextParisHolidays::year()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, closed);
    QCOMPARE(closedWeekdays(year, euronextParisHoliday), closed);
}

void TestEuronextParisHolidays::earlyCloses_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("early");
    QTest::newRow("2019-12-24") << QDate(2019, 12, 24) << true;
    QTest::newRow("2019-12-31") << QDate(2019, 12, 31) << true;
    QTest::newRow("2024-12-24") << QDate(2024, 12, 24) << true;
    QTest::newRow("2025-12-31") << QDate(2025, 12, 31) << true;
    QTest::newRow("2026-12-24") << QDate(2026, 12, 24) << true;
    QTest::newRow("2028-12-24 Sunday, not moved") << QDate(2028, 12, 22) << false;
    QTest::newRow("2025-12-23") << QDate(2025, 12, 23) << false;
    QTest::newRow("Whit Monday 2025 is a full day") << QDate(2025, 6, 9) << false;
}

void TestEuronextParisHolidays::earlyCloses()
{
    QFETCH(QDate, date);
    QFETCH(bool, early);
    QCOMPARE(euronextParisEarlyClose(date).has_value(), early);
    if (early)
        QCOMPARE(*euronextParisEarlyClose(date), QTime(14, 5));
    QCOMPARE(euronextParisHoliday(date), std::nullopt);
}

QTEST_GUILESS_MAIN(TestEuronextParisHolidays)
#include "tst_euronextparisholidays.moc"
