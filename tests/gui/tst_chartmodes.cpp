#include "ChartFixtures.h"
#include "SeriesPalette.h"

#include <QApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace tickerline;
using namespace tickerline::test;
using namespace Qt::StringLiterals;

namespace {

// Where a chart value lands in the viewport's pixels.
QPoint viewportPos(const PriceChart &widget, QPointF value, QAbstractSeries *series)
{
    QGraphicsView *view = viewOf(widget);
    return view->mapFromScene(chartOf(widget)->mapToScene(chartOf(widget)->mapToPosition(value, series)));
}

Series flat(qint64 from, qint64 to, qint64 step, double first, double slope)
{
    Series out;
    for (qint64 t = from; t <= to; t += step)
        out.append({t, first + slope * double(t - from) / double(Day), 1.0});
    return out;
}

double minY(const QLineSeries *line)
{
    const auto points = line->points();
    return std::min_element(points.cbegin(), points.cend(), [](QPointF a, QPointF b) { return a.y() < b.y(); })->y();
}

} // namespace

// The price chart's modes and read-outs, driven like a user would: percent
// compare, log scale, previous close and band toggles, legend clicks, the
// crosshair, follow-live, "All", overlays and what the buffer hands out.
class tst_ChartModes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void percentCompareRebasesAtTheViewStart();
    void logScaleExcludesPercent();
    void previousCloseAndBandToggles();
    void legendClickHidesAndShowsALine();
    void crosshairReadsOutTimePriceAndChange();
    void followLiveTurnsOffOnPanAndBackOnReset();
    void showAllStartsAtTheEarliestPoint();
    void overlaysOnPriceAndSecondaryAxes();
    void bufferedSeriesHasSizes();
    void bufferCapacityBoundsMemory();

private:
    void showChart();
    void sendMouse(QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons);

    std::unique_ptr<PriceChart> m_chart;
};

void tst_ChartModes::init()
{
    m_chart = std::make_unique<PriceChart>();
    m_chart->resize(1000, 600);
}

void tst_ChartModes::cleanup()
{
    m_chart.reset();
}

void tst_ChartModes::showChart()
{
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
}

void tst_ChartModes::sendMouse(QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QWidget *viewport = viewOf(*m_chart)->viewport();
    QMouseEvent event(type, pos, viewport->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

void tst_ChartModes::percentCompareRebasesAtTheViewStart()
{
    showChart();
    m_chart->setSymbols({u"A"_s, u"B"_s});
    m_chart->setWindowMs(4 * Day);
    // A from 100 up 10 a day, B from 1000 down 100 a day: in view both start at 0 %.
    m_chart->setHistory(history(u"A"_s, flat(Start, Start + 6 * Day, 10 * Minute, 100, 10)));
    m_chart->setHistory(history(u"B"_s, flat(Start, Start + 6 * Day, 10 * Minute, 1000, -100)));
    m_chart->setPriceScale(PriceScale::Percent);
    QCOMPARE(m_chart->priceScale(), PriceScale::Percent);
    QLineSeries *a = lineOf(*m_chart, u"A"_s);
    QLineSeries *b = lineOf(*m_chart, u"B"_s);
    QTRY_VERIFY(a->count() > 10 && b->count() > 10);
    const double from = double(m_chart->viewFromMs());
    const auto firstInView = [&](QLineSeries *line) {
        const auto points = line->points();
        return *std::find_if(points.cbegin(), points.cend(), [&](QPointF p) { return p.x() >= from; });
    };
    QVERIFY(std::abs(firstInView(a).y()) < 1e-9);
    QVERIFY(std::abs(firstInView(b).y()) < 1e-9);
    QVERIFY(a->points().constLast().y() > 0);
    QVERIFY(b->points().constLast().y() < -20);
    // The axis reads in percent.
    QValueAxis *axis = priceAxisOf(*m_chart);
    QVERIFY(qobject_cast<QCategoryAxis *>(axis));
    QVERIFY(axis->titleText().contains(u'%'));
    const QStringList labels = qobject_cast<QCategoryAxis *>(axis)->categoriesLabels();
    QVERIFY(!labels.isEmpty());
    QVERIFY(std::all_of(labels.cbegin(), labels.cend(), [](const QString &l) { return l.endsWith(u'%'); }));

    m_chart->setPriceScale(PriceScale::Linear);
    QTRY_VERIFY(minY(lineOf(*m_chart, u"A"_s)) >= 100.0);
    QVERIFY(!qobject_cast<QCategoryAxis *>(priceAxisOf(*m_chart)));
}

void tst_ChartModes::logScaleExcludesPercent()
{
    showChart();
    m_chart->setSymbols({u"A"_s});
    m_chart->setHistory(history(u"A"_s, flat(Start, Start + 2 * Day, 10 * Minute, 10, 40)));
    m_chart->setPriceScale(PriceScale::Percent);
    m_chart->setPriceScale(PriceScale::Log);
    QCOMPARE(m_chart->priceScale(), PriceScale::Log);
    QLineSeries *a = lineOf(*m_chart, u"A"_s);
    QTRY_VERIFY(a->count() > 10);
    // Plotted as ln(price); labelled in prices.
    QVERIFY(std::abs(a->points().constFirst().y() - std::log(10.0)) < 1e-9);
    auto *axis = qobject_cast<QCategoryAxis *>(priceAxisOf(*m_chart));
    QVERIFY(axis);
    QVERIFY(axis->categoriesLabels().size() >= 3);
    QVERIFY(axis->titleText().startsWith(u"Price"_s));
}

void tst_ChartModes::previousCloseAndBandToggles()
{
    showChart();
    Instrument i = instrument(u"A"_s, 80.0, 120.0);
    i.previousClose = 95.0;
    m_chart->setSymbols({u"A"_s});
    m_chart->setInstruments({i});
    m_chart->setHistory(history(u"A"_s, wave(Start, Start + Day, Minute, 100, 2)));
    QVERIFY(m_chart->hasBand(u"A"_s));
    QVERIFY(!lineOf(*m_chart, u"A prev"_s));

    m_chart->setPreviousCloseShown(true);
    QLineSeries *close = lineOf(*m_chart, u"A prev"_s);
    QVERIFY(close);
    QTRY_COMPARE(close->count(), 2);
    QCOMPARE(close->at(0).y(), 95.0);
    QCOMPARE(close->pen().style(), Qt::DashLine);
    // Not a legend entry of its own.
    const auto markers = chartOf(*m_chart)->legend()->markers(close);
    QVERIFY(std::none_of(markers.cbegin(), markers.cend(), [](QLegendMarker *m) { return m->isVisible(); }));

    m_chart->setBandsShown(false);
    QVERIFY(!m_chart->hasBand(u"A"_s));
    m_chart->setBandsShown(true);
    QVERIFY(m_chart->hasBand(u"A"_s));
    m_chart->setPreviousCloseShown(false);
    QVERIFY(!lineOf(*m_chart, u"A prev"_s));
}

void tst_ChartModes::legendClickHidesAndShowsALine()
{
    showChart();
    m_chart->setSymbols({u"A"_s, u"B"_s});
    m_chart->appendPoints({{u"A"_s, wave(Start, Start + Day, Minute, 10, 1)},
                           {u"B"_s, wave(Start, Start + Day, Minute, 12, 1)}});
    QSignalSpy hidden(m_chart.get(), &PriceChart::hiddenSymbolsChanged);
    // Clicking a marker's label in the legend, as the user would.
    const auto legendLabel = [&](const QString &symbol) -> QGraphicsItem * {
        const QList<QGraphicsItem *> items = viewOf(*m_chart)->scene()->items();
        for (QGraphicsItem *item : items) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (text && text->toPlainText() == symbol && text->isVisible())
                return text;
        }
        return nullptr;
    };
    const auto clickLegend = [&](const QString &symbol) {
        QTRY_VERIFY(legendLabel(symbol));
        QGraphicsItem *hit = legendLabel(symbol);
        QGraphicsView *view = viewOf(*m_chart);
        const QPoint at = view->mapFromScene(hit->mapToScene(hit->boundingRect().center()));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    };
    QTRY_VERIFY(lineOf(*m_chart, u"B"_s)->count() > 0);
    clickLegend(u"B"_s);
    QTRY_COMPARE(hidden.count(), 1);
    QCOMPARE(hidden.at(0).at(0).toStringList(), QStringList({u"B"_s}));
    QCOMPARE(m_chart->lineSymbols(), QStringList({u"A"_s}));
    QVERIFY(!lineOf(*m_chart, u"B"_s)->isVisible());
    QCOMPARE(m_chart->hiddenSymbols(), QStringList({u"B"_s}));
    // Still buffered, so clicking again brings it back with its points.
    clickLegend(u"B"_s);
    QTRY_COMPARE(hidden.count(), 2);
    QVERIFY(hidden.at(1).at(0).toStringList().isEmpty());
    QCOMPARE(m_chart->lineSymbols(), QStringList({u"A"_s, u"B"_s}));
    QTRY_VERIFY(lineOf(*m_chart, u"B"_s)->count() > 0);
}

void tst_ChartModes::crosshairReadsOutTimePriceAndChange()
{
    showChart();
    m_chart->setTimeZone(ChartTimeZone::Utc);
    Instrument i = instrument(u"A"_s, {}, {});
    i.previousClose = 100.0;
    m_chart->setSymbols({u"A"_s});
    m_chart->setInstruments({i});
    m_chart->setWindowMs(Day);
    // 102.50 all day.
    m_chart->setHistory(history(u"A"_s, flat(Start, Start + Day, Minute, 102.5, 0)));
    QLineSeries *line = lineOf(*m_chart, u"A"_s);
    QTRY_VERIFY(line->count() > 0);
    QTRY_VERIFY(chartOf(*m_chart)->plotArea().width() > 100);
    QVERIFY(crosshairText(*m_chart).isEmpty());

    // Half way into the data: 12:00 UTC on 2024-03-04.
    const QPoint at = viewportPos(*m_chart, {double(Start + Day / 2), 102.5}, line);
    QTest::mouseMove(viewOf(*m_chart)->viewport(), at);
    QTRY_VERIFY(!crosshairText(*m_chart).isEmpty());
    const QString text = crosshairText(*m_chart);
    // Within a few pixels (a pixel is about 100 s here).
    QVERIFY2(text.contains(u" 12:"_s) || text.contains(u" 11:5"_s), qPrintable(text));
    QVERIFY2(text.contains(u"UTC"_s), qPrintable(text));
    QVERIFY2(text.contains(u"A"_s) && text.contains(u"102.50"_s), qPrintable(text));
    QVERIFY2(text.contains(u"+2.50"_s) && text.contains(u"+2.50 %"_s), qPrintable(text));

    // Leaving the chart hides it.
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(viewOf(*m_chart)->viewport(), &leave);
    QVERIFY(crosshairText(*m_chart).isEmpty());
}

void tst_ChartModes::followLiveTurnsOffOnPanAndBackOnReset()
{
    showChart();
    m_chart->setSymbols({u"A"_s});
    m_chart->setHistory(history(u"A"_s, wave(Start, Start + 5 * Day, Minute, 10, 1)));
    QTRY_VERIFY(chartOf(*m_chart)->plotArea().width() > 100);
    QVERIFY(m_chart->isFollowingLive());
    QSignalSpy follow(m_chart.get(), &PriceChart::followLiveChanged);
    sendMouse(QEvent::MouseButtonPress, {500, 300}, Qt::LeftButton, Qt::LeftButton);
    sendMouse(QEvent::MouseMove, {560, 300}, Qt::NoButton, Qt::LeftButton);
    sendMouse(QEvent::MouseButtonRelease, {560, 300}, Qt::LeftButton, Qt::NoButton);
    QVERIFY(!m_chart->isFollowingLive());
    QCOMPARE(follow.count(), 1);
    QCOMPARE(follow.at(0).at(0).toBool(), false);
    const qint64 to = m_chart->viewToMs();
    m_chart->appendPoints({{u"A"_s, {{Start + 6 * Day, 10.0}}}});
    QCOMPARE(m_chart->viewToMs(), to);

    sendMouse(QEvent::MouseButtonDblClick, {500, 300}, Qt::LeftButton, Qt::LeftButton);
    QVERIFY(m_chart->isFollowingLive());
    QCOMPARE(follow.count(), 2);
    QVERIFY(m_chart->viewToMs() > Start + 6 * Day);

    m_chart->setFollowLive(false);
    QCOMPARE(follow.count(), 3);
    m_chart->appendPoints({{u"A"_s, {{Start + 7 * Day, 10.0}}}});
    QVERIFY(m_chart->viewToMs() < Start + 7 * Day);
    m_chart->setFollowLive(true);
    QVERIFY(m_chart->viewToMs() > Start + 7 * Day);
}

void tst_ChartModes::showAllStartsAtTheEarliestPoint()
{
    m_chart->setSymbols({u"A"_s, u"B"_s});
    m_chart->setHistory(history(u"A"_s, wave(Start, Start + 30 * Day, 60 * Minute, 10, 1)));
    m_chart->setHistory(history(u"B"_s, wave(Start - 60 * Day, Start, 60 * Minute, 10, 1)));
    QSignalSpy ranges(m_chart.get(), &PriceChart::viewRangeChanged);
    m_chart->showAll();
    QVERIFY(m_chart->isFollowingLive());
    QVERIFY(m_chart->viewFromMs() <= Start - 60 * Day);
    QVERIFY(m_chart->viewFromMs() > Start - 65 * Day);
    QVERIFY(m_chart->viewToMs() >= Start + 30 * Day);
    QTRY_COMPARE(ranges.count(), 1);
}

void tst_ChartModes::overlaysOnPriceAndSecondaryAxes()
{
    showChart();
    m_chart->setSymbols({u"A"_s});
    m_chart->setHistory(history(u"A"_s, flat(Start, Start + 2 * Day, Minute, 100, 5)));
    ChartOverlay sma{u"sma"_s, u"SMA 20"_s, flat(Start, Start + 2 * Day, Minute, 101, 5), QColor(Qt::magenta),
                     Qt::DashLine, false};
    ChartOverlay spread{u"spread"_s, u"A − B"_s, flat(Start, Start + 2 * Day, Minute, 0.5, 0.1),
                        QColor(Qt::darkCyan), Qt::SolidLine, true};
    m_chart->setOverlays({sma, spread});
    QLineSeries *smaLine = lineOf(*m_chart, u"SMA 20"_s);
    QLineSeries *spreadLine = lineOf(*m_chart, u"A − B"_s);
    QVERIFY(smaLine && spreadLine);
    QTRY_VERIFY(smaLine->count() > 0 && spreadLine->count() > 0);
    // Reduced like the price lines.
    QVERIFY(smaLine->count() <= 2 * int(std::ceil(chartOf(*m_chart)->plotArea().width())) + 2);
    QCOMPARE(smaLine->pen().style(), Qt::DashLine);
    // The spread has its own right-hand axis.
    const auto vertical = shownVerticalAxes(*m_chart);
    QCOMPARE(vertical.size(), 2);
    QVERIFY(spreadLine->attachedAxes().contains(vertical.at(1)));
    QVERIFY(smaLine->attachedAxes().contains(vertical.at(0)));
    QCOMPARE(vertical.at(1)->alignment(), Qt::AlignRight);

    // In percent mode the price overlay is rebased, the secondary one is not.
    m_chart->setPriceScale(PriceScale::Percent);
    smaLine = lineOf(*m_chart, u"SMA 20"_s);
    QTRY_VERIFY(smaLine->count() > 0);
    QVERIFY(minY(smaLine) < 20.0);
    QVERIFY(minY(lineOf(*m_chart, u"A − B"_s)) >= 0.5);

    m_chart->setOverlays({});
    QVERIFY(!lineOf(*m_chart, u"SMA 20"_s));
    QCOMPARE(shownVerticalAxes(*m_chart).size(), 1);
}

void tst_ChartModes::bufferedSeriesHasSizes()
{
    m_chart->setSymbols({u"A"_s});
    m_chart->setHistory(history(u"A"_s, {{Start, 10.0, 5.0}, {Start + Minute, 11.0, 7.0}}));
    m_chart->appendPoints({{u"A"_s, {{Start + 2 * Minute, 12.0, 3.0}}}});
    QCOMPARE(m_chart->bufferedSeries(u"A"_s, Start, Start + Day),
             Series({{Start, 10.0, 5.0}, {Start + Minute, 11.0, 7.0}, {Start + 2 * Minute, 12.0, 3.0}}));
    QCOMPARE(m_chart->bufferedSeries(u"A"_s, Start + Minute, Start + Minute).size(), 1);
    QVERIFY(m_chart->bufferedSeries(u"NONE"_s, Start, Start + Day).isEmpty());
}

void tst_ChartModes::bufferCapacityBoundsMemory()
{
    m_chart->setSymbols({u"A"_s});
    m_chart->setBufferCapacity(5'000);
    for (int frame = 0; frame < 100; ++frame)
        m_chart->appendPoints({{u"A"_s, flat(Start + frame * Day, Start + frame * Day + 99 * Minute, Minute, 10, 0)}});
    QCOMPARE(m_chart->pointCount(u"A"_s), 5'000);
    QCOMPARE(m_chart->bufferedSeries(u"A"_s, 0, Start + 1000 * Day).constFirst().timeMs, Start + 50 * Day);
}

QTEST_MAIN(tst_ChartModes)
#include "tst_chartmodes.moc"
