#include "ChartFixtures.h"
#include "OffHoursLayer.h"

#include <QDateTime>
#include <QGraphicsRectItem>
#include <QTest>
#include <QTimeZone>

using namespace tickerline;
using namespace tickerline::test;
using namespace Qt::StringLiterals;
using calendar::VenueId;

namespace {

qint64 utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

Instrument onExchange(const QString &symbol, const QString &exchange)
{
    Instrument i = test::instrument(symbol, 100.0, 200.0);
    i.exchange = exchange;
    return i;
}

// The off-hours items the chart draws, visible ones only.
QList<QGraphicsRectItem *> shownBands(const PriceChart &chart)
{
    QList<QGraphicsRectItem *> out;
    for (QGraphicsItem *item : chartOf(chart)->childItems()) {
        auto *rect = qgraphicsitem_cast<QGraphicsRectItem *>(item);
        if (rect && rect->isVisible() && item->data(ChartItemNameKey).toString() == u"offHours")
            out.append(rect);
    }
    return out;
}

} // namespace

class TestOffHours final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weekendAndExtendedHoursInNewYork();
    void holidayIsOneClosedBand();
    void cryptoNeverCloses();
    void chartShadesTheVenueOfItsLines();
    void bandsFollowTheViewAndTheTheme();
};

void TestOffHours::weekendAndExtendedHoursInNewYork()
{
    const calendar::MarketCalendar nyse(VenueId::Nyse);
    // Friday 16:00 New York (after hours) to Monday 10:00 (regular session).
    const std::vector<OffHoursBand> bands = offHoursBands(nyse, utc(2026, 12, 4, 21), utc(2026, 12, 7, 15));
    const std::vector<OffHoursBand> expected{
        {utc(2026, 12, 4, 21), utc(2026, 12, 5, 1), true},     // Friday after hours, to 20:00
        {utc(2026, 12, 5, 1), utc(2026, 12, 7, 9), false},     // the weekend, to Monday 04:00
        {utc(2026, 12, 7, 9), utc(2026, 12, 7, 14, 30), true}, // Monday's pre-market, to 09:30
    };
    QCOMPARE(bands, expected);
}

void TestOffHours::holidayIsOneClosedBand()
{
    const calendar::MarketCalendar nyse(VenueId::Nyse);
    // Christmas Day 2026 is a Friday: closed from Thursday's after hours to Monday's pre-market.
    const std::vector<OffHoursBand> bands = offHoursBands(nyse, utc(2026, 12, 24, 12), utc(2026, 12, 28, 12));
    const auto closed = std::find_if(bands.cbegin(), bands.cend(), [](const OffHoursBand &b) {
        return !b.extendedHours && b.startMs <= utc(2026, 12, 25, 5) && b.endMs >= utc(2026, 12, 28, 9);
    });
    QVERIFY(closed != bands.cend());
}

void TestOffHours::cryptoNeverCloses()
{
    const calendar::MarketCalendar crypto(VenueId::Crypto);
    QVERIFY(offHoursBands(crypto, utc(2026, 12, 4, 0), utc(2026, 12, 8, 0)).empty());
}

void TestOffHours::chartShadesTheVenueOfItsLines()
{
    PriceChart chart;
    chart.resize(900, 500);
    chart.setSymbols({u"AAPL"_s});
    chart.setInstruments({onExchange(u"AAPL"_s, u"NMS"_s), onExchange(u"VOD.L"_s, u"LSE"_s),
                          onExchange(u"BTC-USD"_s, u"CCC"_s)});
    const qint64 from = utc(2026, 12, 3, 0);
    const qint64 to = utc(2026, 12, 8, 0);
    chart.setHistory(history(u"AAPL"_s, wave(from, to, 10 * Minute, 150, 3)));
    chart.setViewRange(from, to);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(chart.offHoursVenue(), std::optional(VenueId::Nyse));
    QTRY_VERIFY(chart.offHoursBandCount() >= 5);   // nights, the weekend, extended hours
    QCOMPARE(shownBands(chart).size(), chart.offHoursBandCount());
    // Behind the lines, inside the plot.
    const QRectF plot = chartOf(chart)->plotArea();
    for (const QGraphicsRectItem *band : shownBands(chart)) {
        QVERIFY(plot.adjusted(-1, -1, 1, 1).contains(band->rect()));
        QVERIFY(band->zValue() < 1.0);
    }

    // A mix of venues has no one set of hours: nothing is shaded.
    chart.setSymbols({u"AAPL"_s, u"BTC-USD"_s});
    QCOMPARE(chart.offHoursVenue(), std::nullopt);
    QTRY_COMPARE(chart.offHoursBandCount(), 0);
    // Unless the watchlist focuses one of them.
    chart.setFocusedSymbol(u"AAPL"_s);
    QCOMPARE(chart.offHoursVenue(), std::optional(VenueId::Nyse));
    QTRY_VERIFY(chart.offHoursBandCount() >= 5);
    chart.setFocusedSymbol(u"BTC-USD"_s);
    QCOMPARE(chart.offHoursVenue(), std::optional(VenueId::Crypto));
    QTRY_COMPARE(chart.offHoursBandCount(), 0);

    chart.setFocusedSymbol({});
    chart.setSymbols({u"VOD.L"_s});
    QCOMPARE(chart.offHoursVenue(), std::optional(VenueId::Lse));
    chart.setOffHoursShown(false);
    QTRY_COMPARE(chart.offHoursBandCount(), 0);
}

void TestOffHours::bandsFollowTheViewAndTheTheme()
{
    PriceChart chart;
    chart.resize(900, 500);
    chart.setSymbols({u"AAPL"_s});
    chart.setInstruments({onExchange(u"AAPL"_s, u"NMS"_s)});
    const qint64 from = utc(2026, 12, 3, 0);
    chart.setHistory(history(u"AAPL"_s, wave(from, utc(2026, 12, 8, 0), 10 * Minute, 150, 3)));
    // Saturday only: one band across the whole plot.
    chart.setViewRange(utc(2026, 12, 5, 6), utc(2026, 12, 5, 18));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_COMPARE(chart.offHoursBandCount(), 1);
    const QRectF plot = chartOf(chart)->plotArea();
    QTRY_COMPARE(shownBands(chart).constFirst()->rect().width(), plot.width());
    const QColor light = shownBands(chart).constFirst()->brush().color();

    // Monday's regular session only: nothing to shade.
    chart.setViewRange(utc(2026, 12, 7, 15), utc(2026, 12, 7, 20));
    QTRY_COMPARE(chart.offHoursBandCount(), 0);

    // Dark palette: the band is a light wash instead of a dark one.
    chart.setViewRange(utc(2026, 12, 5, 6), utc(2026, 12, 5, 18));
    QPalette dark = chart.palette();
    dark.setColor(QPalette::Window, QColor(30, 30, 34));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(24, 24, 28));
    chart.setPalette(dark);
    QTRY_COMPARE(chart.offHoursBandCount(), 1);
    QTRY_VERIFY(shownBands(chart).constFirst()->brush().color().lightness() > light.lightness());
}

QTEST_MAIN(TestOffHours)
#include "tst_offhours.moc"
