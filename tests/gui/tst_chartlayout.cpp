#include "ChartAxes.h"
#include "ChartScale.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace tickerline;

class tst_ChartLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void priceAxisTitle_data();
    void priceAxisTitle();
    void liveWindowEnd_data();
    void liveWindowEnd();
    void niceStep_data();
    void niceStep();
    void priceAxisStep_data();
    void priceAxisStep();
    void priceLabelFormat_data();
    void priceLabelFormat();
    void scaleTicksEndOnAnyRange_data();
    void scaleTicksEndOnAnyRange();
};

void tst_ChartLayout::priceAxisTitle_data()
{
    QTest::addColumn<QStringList>("currencies");
    QTest::addColumn<QString>("title");
    QTest::newRow("none") << QStringList() << QStringLiteral("Price");
    QTest::newRow("one") << QStringList{QStringLiteral("USD")} << QStringLiteral("Price (USD)");
    QTest::newRow("same") << QStringList{QStringLiteral("GBp"), QStringLiteral("GBp")} << QStringLiteral("Price (GBp)");
    QTest::newRow("mixed") << QStringList{QStringLiteral("USD"), QStringLiteral("EUR")} << QStringLiteral("Price");
    QTest::newRow("one unknown") << QStringList{QStringLiteral("USD"), QString()} << QStringLiteral("Price");
}

void tst_ChartLayout::priceAxisTitle()
{
    QFETCH(QStringList, currencies);
    QFETCH(QString, title);
    QCOMPARE(tickerline::priceAxisTitle(currencies), title);
}

namespace {
constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
// 2024-03-04T00:00:00Z
constexpr qint64 Midnight = 1'709'510'400'000;
} // namespace

void tst_ChartLayout::liveWindowEnd_data()
{
    QTest::addColumn<qint64>("latest");
    QTest::addColumn<qint64>("window");
    QTest::addColumn<qint64>("end");
    // A week moves in 3 h steps and keeps at least 1 % (1 h 41 min) of room.
    QTest::newRow("week") << Midnight + 10 * Hour + 7 * Minute << 7 * Day << Midnight + 12 * Hour;
    QTest::newRow("week, little room") << Midnight + 10 * Hour + 30 * Minute << 7 * Day
                                       << Midnight + 15 * Hour;
    QTest::newRow("day") << Midnight + 10 * Hour + 7 * Minute << Day << Midnight + 10 * Hour + 30 * Minute;
    QTest::newRow("hour") << Midnight + 10 * Hour + 7 * Minute + 59'000 << Hour
                          << Midnight + 10 * Hour + 9 * Minute;
    QTest::newRow("before the epoch") << qint64(-Hour - 1) << Day << qint64(-30 * Minute);
}

void tst_ChartLayout::liveWindowEnd()
{
    QFETCH(qint64, latest);
    QFETCH(qint64, window);
    QFETCH(qint64, end);
    QCOMPARE(tickerline::liveWindowEnd(latest, window), end);
}

void tst_ChartLayout::niceStep_data()
{
    QTest::addColumn<double>("rough");
    QTest::addColumn<double>("step");
    QTest::newRow("exact") << 2.0 << 2.0;
    QTest::newRow("up to 5") << 3.1 << 5.0;
    QTest::newRow("up to 10") << 7.0 << 10.0;
    QTest::newRow("small") << 0.0013 << 0.002;
    QTest::newRow("large") << 4200.0 << 5000.0;
    QTest::newRow("zero") << 0.0 << 1.0;
}

void tst_ChartLayout::niceStep()
{
    QFETCH(double, rough);
    QFETCH(double, step);
    QCOMPARE(tickerline::niceStep(rough), step);
}

void tst_ChartLayout::priceAxisStep_data()
{
    QTest::addColumn<double>("range");
    QTest::addColumn<double>("height");
    QTest::addColumn<double>("step");
    QTest::newRow("tall: one label per 48 px") << 100.0 << 480.0 << 10.0;
    QTest::newRow("low and wide: two labels, not one") << 670.0 << 155.0 << 200.0;
    QTest::newRow("very low") << 670.0 << 40.0 << 200.0;
    QTest::newRow("cents") << 0.3 << 60.0 << 0.1;
}

void tst_ChartLayout::priceAxisStep()
{
    QFETCH(double, range);
    QFETCH(double, height);
    QFETCH(double, step);
    QCOMPARE(tickerline::priceAxisStep(range, height), step);
    QVERIFY(range / tickerline::priceAxisStep(range, height) >= 2.0);
}

void tst_ChartLayout::priceLabelFormat_data()
{
    QTest::addColumn<double>("step");
    QTest::addColumn<QString>("format");
    QTest::newRow("dollars") << 5.0 << QStringLiteral("%.2f");
    QTest::newRow("cents") << 0.01 << QStringLiteral("%.2f");
    QTest::newRow("tenth of a cent") << 0.001 << QStringLiteral("%.3f");
    QTest::newRow("half a tenth of a cent") << 0.0005 << QStringLiteral("%.4f");
}

void tst_ChartLayout::priceLabelFormat()
{
    QFETCH(double, step);
    QFETCH(QString, format);
    QCOMPARE(tickerline::priceLabelFormat(step), format);
}

void tst_ChartLayout::scaleTicksEndOnAnyRange_data()
{
    QTest::addColumn<int>("scale");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<bool>("labelled");
    const int percent = int(PriceScale::Percent);
    const int log = int(PriceScale::Log);
    QTest::newRow("percent") << percent << -2.5 << 4.0 << true;
    QTest::newRow("log") << log << std::log(90.0) << std::log(130.0) << true;
    // Zoomed in with Shift+wheel until the step is below the values'
    // precision: `k += 1.0` stood still there and the GUI thread spun.
    QTest::newRow("percent below precision") << percent << 50.0 << 50.0 + 1e-14 << false;
    QTest::newRow("log below precision") << log << std::log(344.8) << std::log(344.8) + 1e-15 << false;
    QTest::newRow("percent out to infinity") << percent << -1e308 << std::numeric_limits<double>::infinity() << false;
    QTest::newRow("log out to infinity") << log << 1.0 << 1e6 << false;
}

void tst_ChartLayout::scaleTicksEndOnAnyRange()
{
    QFETCH(int, scale);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(bool, labelled);
    const QList<ScaleTick> ticks = scaleTicks(PriceScale(scale), low, high, 480.0, 48.0, QLocale::c());
    QVERIFY(ticks.size() <= 40);
    QCOMPARE(ticks.size() >= 2, labelled);
}

QTEST_APPLESS_MAIN(tst_ChartLayout)
#include "tst_chartlayout.moc"
