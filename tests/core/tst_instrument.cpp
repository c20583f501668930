#include "Instrument.h"

#include <QTest>

#include <limits>

using namespace tickerline;

using OptionalDouble = std::optional<double>;

class TestInstrument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void week52RangeIsPlausible_data();
    void week52RangeIsPlausible();
};

void TestInstrument::week52RangeIsPlausible_data()
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    constexpr double inf = std::numeric_limits<double>::infinity();
    QTest::addColumn<OptionalDouble>("high");
    QTest::addColumn<OptionalDouble>("low");
    QTest::addColumn<bool>("plausible");
    QTest::newRow("sane") << OptionalDouble(408.61) << OptionalDouble(205.28) << true;
    QTest::newRow("penny stock") << OptionalDouble(0.05) << OptionalDouble(0.01) << true;
    QTest::newRow("both missing") << OptionalDouble() << OptionalDouble() << false;
    QTest::newRow("high missing") << OptionalDouble() << OptionalDouble(205.28) << false;
    QTest::newRow("low missing") << OptionalDouble(408.61) << OptionalDouble() << false;
    QTest::newRow("swapped") << OptionalDouble(205.28) << OptionalDouble(408.61) << false;
    QTest::newRow("equal (echoed day range)") << OptionalDouble(300.0) << OptionalDouble(300.0) << false;
    QTest::newRow("zero low") << OptionalDouble(10.0) << OptionalDouble(0.0) << false;
    QTest::newRow("negative low") << OptionalDouble(10.0) << OptionalDouble(-1.0) << false;
    QTest::newRow("NaN high") << OptionalDouble(nan) << OptionalDouble(1.0) << false;
    QTest::newRow("NaN low") << OptionalDouble(10.0) << OptionalDouble(nan) << false;
    QTest::newRow("infinite high") << OptionalDouble(inf) << OptionalDouble(1.0) << false;
}

void TestInstrument::week52RangeIsPlausible()
{
    QFETCH(OptionalDouble, high);
    QFETCH(OptionalDouble, low);
    QFETCH(bool, plausible);
    Instrument instrument;
    instrument.symbol = QStringLiteral("AAPL");
    instrument.week52High = high;
    instrument.week52Low = low;
    QCOMPARE(tickerline::week52RangeIsPlausible(instrument), plausible);
}

QTEST_GUILESS_MAIN(TestInstrument)
#include "tst_instrument.moc"
