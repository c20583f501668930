#include "DateRules.h"
#include "NyseHolidays.h"

#include <QTest>

using namespace tickerline::calendar;

// Dates from NYSE Group's published holiday and early-closings calendars:
// https://mondovisione.com/media-and-resources/news/nyse-group-announces-2022-2023-and-2024-holiday-and-early-closings-calendar/
// https://mondovisione.com/media-and-resources/news/nyse-group-announces-2025-2026-and-2027-holiday-and-early-closings-calendar/
class TestNyseHolidays : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void easter();
    void holidays_data();
    void holidays();
    void tradingDays_data();
    void tradingDays();
    void earlyCloses_data();
    void earlyCloses();
};

void TestNyseHolidays::easter()
{
    QCOMPARE(easterSunday(2024), QDate(2024, 3, 31));
    QCOMPARE(easterSunday(2025), QDate(2025, 4, 20));
    QCOMPARE(easterSunday(2026), QDate(2026, 4, 5));
    QCOMPARE(easterSunday(2038), QDate(2038, 4, 25));
}

void TestNyseHolidays::holidays_data()
{
    QTest::addColumn<QDate>("date");
    const QList<QDate> published = {
        // 2022 (New Year's Day on a Saturday: no holiday observed, Rule 7.2)
        {2022, 1, 17}, {2022, 2, 21}, {2022, 4, 15}, {2022, 5, 30}, {2022, 6, 20}, {2022, 7, 4},
        {2022, 9, 5}, {2022, 11, 24}, {2022, 12, 26},
        // 2023
        {2023, 1, 2}, {2023, 1, 16}, {2023, 2, 20}, {2023, 4, 7}, {2023, 5, 29}, {2023, 6, 19},
        {2023, 7, 4}, {2023, 9, 4}, {2023, 11, 23}, {2023, 12, 25},
        // 2024
        {2024, 1, 1}, {2024, 1, 15}, {2024, 2, 19}, {2024, 3, 29}, {2024, 5, 27}, {2024, 6, 19},
        {2024, 7, 4}, {2024, 9, 2}, {2024, 11, 28}, {2024, 12, 25},
        // 2025
        {2025, 1, 1}, {2025, 1, 20}, {2025, 2, 17}, {2025, 4, 18}, {2025, 5, 26}, {2025, 6, 19},
        {2025, 7, 4}, {2025, 9, 1}, {2025, 11, 27}, {2025, 12, 25},
        // 2026
        {2026, 1, 1}, {2026, 1, 19}, {2026, 2, 16}, {2026, 4, 3}, {2026, 5, 25}, {2026, 6, 19},
        {2026, 7, 3}, {2026, 9, 7}, {2026, 11, 26}, {2026, 12, 25},
        // 2027
        {2027, 1, 1}, {2027, 3, 26}, {2027, 5, 31}, {2027, 6, 18}, {2027, 7, 5}, {2027, 12, 24},
    };
    for (const QDate &d : published)
        QTest::newRow(qPrintable(d.toString(Qt::ISODate))) << d;
}

void TestNyseHolidays::holidays()
{
    QFETCH(QDate, date);
    QVERIFY2(nyseHoliday(date).has_value(), qPrintable(date.toString(Qt::ISODate)));
    QVERIFY(!nyseHoliday(date)->isEmpty());
}

void TestNyseHolidays::tradingDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::newRow("2021-12-31, New Year 2022 on Saturday not moved") << QDate(2021, 12, 31);
    QTest::newRow("2021-06-18, before Juneteenth became a holiday") << QDate(2021, 6, 18);
    QTest::newRow("Easter Monday 2025") << QDate(2025, 4, 21);
    QTest::newRow("Columbus Day 2025") << QDate(2025, 10, 13);
    QTest::newRow("Veterans Day 2025") << QDate(2025, 11, 11);
}

void TestNyseHolidays::tradingDays()
{
    QFETCH(QDate, date);
    QCOMPARE(nyseHoliday(date), std::nullopt);
}

void TestNyseHolidays::earlyCloses_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("early");
    QTest::newRow("2023-07-03") << QDate(2023, 7, 3) << true;
    QTest::newRow("2024-07-03") << QDate(2024, 7, 3) << true;
    QTest::newRow("2024-11-29 day after Thanksgiving") << QDate(2024, 11, 29) << true;
    QTest::newRow("2024-12-24") << QDate(2024, 12, 24) << true;
    QTest::newRow("2025-07-03") << QDate(2025, 7, 3) << true;
    QTest::newRow("2025-11-28") << QDate(2025, 11, 28) << true;
    QTest::newRow("2025-12-24") << QDate(2025, 12, 24) << true;
    QTest::newRow("2026-11-27") << QDate(2026, 11, 27) << true;
    QTest::newRow("2026-07-03 is the holiday itself") << QDate(2026, 7, 3) << false;
    QTest::newRow("2027-12-24 is the observed Christmas") << QDate(2027, 12, 24) << false;
    QTest::newRow("2022-12-24 Saturday") << QDate(2022, 12, 24) << false;
    QTest::newRow("ordinary day") << QDate(2025, 12, 23) << false;
}

void TestNyseHolidays::earlyCloses()
{
    QFETCH(QDate, date);
    QFETCH(bool, early);
    QCOMPARE(nyseEarlyClose(date).has_value(), early);
    if (early)
        QCOMPARE(*nyseEarlyClose(date), QTime(13, 0));
}

QTEST_GUILESS_MAIN(TestNyseHolidays)
#include "tst_nyseholidays.moc"
