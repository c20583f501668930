#include "HolidayTestSupport.h"
#include "TseHolidays.h"

#include <QTest>

using namespace tickerline::calendar;

// JPX market holidays (closed on national holidays, 1–3 Jan and 31 Dec):
// 2022 https://stock-market-holidays.org/2022-japan-exchange-group-holidays
// 2022, 2023 https://market24hclock.com/Trading-Hours/Tokyo-Stock-Exchange-JPX-Market-Holidays-Schedule
// 2024 https://trading-holidays.com/stock-market-holidays-jpx/ (four Sunday holidays kept on Mondays)
// 2025 https://www.odex.co.jp/en/data/holiday-schedules/index.html (Osaka Dojima Exchange, the same
//      national holidays and 1–3 Jan / 31 Dec; Greenery Day on Sunday → Tuesday 6 May)
// 2026 by the Act: Constitution Day on Sunday → 6 May; 22 Sep between Respect for the Aged
// Day and the equinox is a citizens' holiday. 2020/2021 Olympic moves from the special measures act.
class TestTseHolidays : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void year_data();
    void year();
    void names_data();
    void names();
};

void TestTseHolidays::year_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("closed");
    QTest::newRow("2020 (leap), Olympic moves") << 2020
        << datesOf(2020, {{1, 1}, {1, 2}, {1, 3}, {1, 13}, {2, 11}, {2, 24}, {3, 20}, {4, 29}, {5, 4}, {5, 5}, {5, 6},
                          {7, 23}, {7, 24}, {8, 10}, {9, 21}, {9, 22}, {11, 3}, {11, 23}, {12, 31}});
    QTest::newRow("2021, Mountain Day moved to a Sunday, equinox on a Saturday") << 2021
        << datesOf(2021, {{1, 1}, {1, 11}, {2, 11}, {2, 23}, {4, 29}, {5, 3}, {5, 4}, {5, 5},
                          {7, 22}, {7, 23}, {8, 9}, {9, 20}, {9, 23}, {11, 3}, {11, 23}, {12, 31}});
    QTest::newRow("2022") << 2022
        << datesOf(2022, {{1, 3}, {1, 10}, {2, 11}, {2, 23}, {3, 21}, {4, 29}, {5, 3}, {5, 4}, {5, 5},
                          {7, 18}, {8, 11}, {9, 19}, {9, 23}, {10, 10}, {11, 3}, {11, 23}});
    QTest::newRow("2023") << 2023
        << datesOf(2023, {{1, 2}, {1, 3}, {1, 9}, {2, 23}, {3, 21}, {5, 3}, {5, 4}, {5, 5},
                          {7, 17}, {8, 11}, {9, 18}, {10, 9}, {11, 3}, {11, 23}});
    QTest::newRow("2024 (leap)") << 2024
        << datesOf(2024, {{1, 1}, {1, 2}, {1, 3}, {1, 8}, {2, 12}, {2, 23}, {3, 20}, {4, 29}, {5, 3}, {5, 6},
                          {7, 15}, {8, 12}, {9, 16}, {9, 23}, {10, 14}, {11, 4}, {12, 31}});
    QTest::newRow("2025") << 2025
        << datesOf(2025, {{1, 1}, {1, 2}, {1, 3}, {1, 13}, {2, 11}, {2, 24}, {3, 20}, {4, 29}, {5, 5}, {5, 6},
                          {7, 21}, {8, 11}, {9, 15}, {9, 23}, {10, 13}, {11, 3}, {11, 24}, {12, 31}});
    QTest::newRow("2026, citizens' holiday") << 2026
        << datesOf(2026, {{1, 1}, {1, 2}, {1, 12}, {2, 11}, {2, 23}, {3, 20}, {4, 29}, {5, 4}, {5, 5}, {5, 6},
                          {7, 20}, {8, 11}, {9, 21}, {9, 22}, {9, 23}, {10, 12}, {11, 3}, {11, 23}, {12, 31}});
}

void TestTseHolidays::year()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, closed);
    QCOMPARE(closedWeekdays(year, tseHoliday), closed);
}

void TestTseHolidays::names_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("name");
    QTest::newRow("vernal equinox 2027") << QDate(2027, 3, 21) << QStringLiteral("Vernal Equinox Day");
    QTest::newRow("its substitute") << QDate(2027, 3, 22) << QStringLiteral("Substitute Holiday");
    QTest::newRow("autumnal equinox 2024 on a Sunday") << QDate(2024, 9, 22) << QStringLiteral("Autumnal Equinox Day");
    QTest::newRow("citizens' holiday 2026") << QDate(2026, 9, 22) << QStringLiteral("Citizens' Holiday");
    QTest::newRow("Greenery Day substitute 2025 skips Children's Day") << QDate(2025, 5, 6)
        << QStringLiteral("Substitute Holiday");
    QTest::newRow("2 Jan is the exchange's own") << QDate(2025, 1, 2) << QStringLiteral("Market holiday");
    QTest::newRow("Emperor's Birthday since 2020") << QDate(2023, 2, 23) << QStringLiteral("Emperor's Birthday");
}

void TestTseHolidays::names()
{
    QFETCH(QDate, date);
    QFETCH(QString, name);
    QCOMPARE(tseHoliday(date), std::optional<QString>(name));
}

QTEST_GUILESS_MAIN(TestTseHolidays)
#include "tst_tseholidays.moc"
