#include "LseHolidays.h"

#include <QTest>

using namespace tickerline::calendar;

// Dates from LSEG's "business days" page (quoted at https://ryt9.com/en/hol/205628 and
// https://ts2.tech/en/uk-stock-market-holiday-schedule-london-stock-exchange-hours-for-christmas-2025-and-new-years-day-2026)
// and the 2023 half days on 22 and 29 Dec (https://exbulletin.com/business/2717558/).
class TestLseHolidays : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void holidays_data();
    void holidays();
    void earlyCloses_data();
    void earlyCloses();
};

void TestLseHolidays::holidays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("closed");
    QTest::newRow("2021 Christmas substitute") << QDate(2021, 12, 27) << true;
    QTest::newRow("2021 Boxing Day substitute") << QDate(2021, 12, 28) << true;
    QTest::newRow("2022 New Year substitute") << QDate(2022, 1, 3) << true;
    QTest::newRow("2022 Boxing Day") << QDate(2022, 12, 26) << true;
    QTest::newRow("2022 Christmas substitute") << QDate(2022, 12, 27) << true;
    QTest::newRow("2024 Good Friday") << QDate(2024, 3, 29) << true;
    QTest::newRow("2024 Easter Monday") << QDate(2024, 4, 1) << true;
    QTest::newRow("2024 Early May") << QDate(2024, 5, 6) << true;
    QTest::newRow("2024 Spring") << QDate(2024, 5, 27) << true;
    QTest::newRow("2024 Summer") << QDate(2024, 8, 26) << true;
    QTest::newRow("2025 Good Friday") << QDate(2025, 4, 18) << true;
    QTest::newRow("2025 Easter Monday") << QDate(2025, 4, 21) << true;
    QTest::newRow("2025 Christmas") << QDate(2025, 12, 25) << true;
    QTest::newRow("2025 Boxing Day") << QDate(2025, 12, 26) << true;
    QTest::newRow("2026 New Year") << QDate(2026, 1, 1) << true;
    QTest::newRow("2026 Boxing Day substitute") << QDate(2026, 12, 28) << true;
    QTest::newRow("2 Jan is Scottish only") << QDate(2024, 1, 2) << false;
    QTest::newRow("2025 ordinary Monday") << QDate(2025, 12, 29) << false;
}

void TestLseHolidays::holidays()
{
    QFETCH(QDate, date);
    QFETCH(bool, closed);
    QCOMPARE(lseHoliday(date).has_value(), closed);
}

void TestLseHolidays::earlyCloses_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("early");
    QTest::newRow("2025-12-24") << QDate(2025, 12, 24) << true;
    QTest::newRow("2025-12-31") << QDate(2025, 12, 31) << true;
    QTest::newRow("2024-12-24") << QDate(2024, 12, 24) << true;
    QTest::newRow("2023-12-22 for Sunday 24th") << QDate(2023, 12, 22) << true;
    QTest::newRow("2023-12-29 for Sunday 31st") << QDate(2023, 12, 29) << true;
    QTest::newRow("2025-12-23") << QDate(2025, 12, 23) << false;
}

void TestLseHolidays::earlyCloses()
{
    QFETCH(QDate, date);
    QFETCH(bool, early);
    QCOMPARE(lseEarlyClose(date).has_value(), early);
    if (early)
        QCOMPARE(*lseEarlyClose(date), QTime(12, 30));
}

QTEST_GUILESS_MAIN(TestLseHolidays)
#include "tst_lseholidays.moc"
