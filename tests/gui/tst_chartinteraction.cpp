#include "ChartFixtures.h"
#include "Clock.h"

#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace tickerline;
using namespace tickerline::test;

// The view range: the live window, following new points, and the gestures
// (wheel, Shift+wheel, drag, right-drag, double-click) that leave and return to it.
class tst_ChartInteraction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaultViewIsSevenDaysEndingAtTheLastPoint();
    void emptyChartEndsAtTheClock();
    void followsLivePointsUntilTheUserZooms();
    void wheelZoomThenResetRestoresTheLiveWindow();
    void dragPansAndDoubleClickGoesLive();
    void rightDragZoomsToTheBox();
    void zoomOutAndPanStopAtTheLiveEdge();

private:
    void showChart();

    std::unique_ptr<PriceChart> m_chart;
};

void tst_ChartInteraction::init()
{
    m_chart = std::make_unique<PriceChart>();
    m_chart->resize(1000, 600);
}

void tst_ChartInteraction::cleanup()
{
    m_chart.reset();
}

void tst_ChartInteraction::showChart()
{
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
}

void tst_ChartInteraction::defaultViewIsSevenDaysEndingAtTheLastPoint()
{
    const QString s = QStringLiteral("A");
    m_chart->setSymbols({s});
    m_chart->setHistory(history(s, wave(Start, Start + 2 * Day, Minute, 10, 1)));
    const qint64 last = Start + 2 * Day;
    QCOMPARE(m_chart->viewToMs() - m_chart->viewFromMs(), Week);
    QVERIFY(m_chart->viewToMs() > last);
    QVERIFY(m_chart->viewToMs() - last < Week / 10);

    m_chart->setWindowMs(Day);
    QCOMPARE(m_chart->viewToMs() - m_chart->viewFromMs(), Day);
    QVERIFY(m_chart->viewToMs() > last && m_chart->viewToMs() - last < Day / 10);
}

void tst_ChartInteraction::emptyChartEndsAtTheClock()
{
    const ManualClock clock(Start);
    m_chart->setClock(clock);
    QVERIFY(m_chart->viewToMs() >= Start && m_chart->viewToMs() - Start < Week / 10);
    QCOMPARE(m_chart->viewToMs() - m_chart->viewFromMs(), Week);
}

void tst_ChartInteraction::followsLivePointsUntilTheUserZooms()
{
    showChart();
    const QString s = QStringLiteral("A");
    m_chart->setSymbols({s});
    m_chart->appendPoints({{s, wave(Start, Start + Day, Minute, 10, 1)}});
    const qint64 to = m_chart->viewToMs();
    m_chart->appendPoints({{s, {{Start + 2 * Day, 10.0}}}});
    QCOMPARE(m_chart->viewToMs(), to + Day);

    QWheelEvent wheel(QPointF(500, 300), QPointF(500, 300), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewOf(*m_chart)->viewport(), &wheel);
    const qint64 zoomedTo = m_chart->viewToMs();
    m_chart->appendPoints({{s, {{Start + 3 * Day, 10.0}}}});
    QCOMPARE(m_chart->viewToMs(), zoomedTo);
}

void tst_ChartInteraction::wheelZoomThenResetRestoresTheLiveWindow()
{
    showChart();
    const QString s = QStringLiteral("A");
    m_chart->setSymbols({s});
    m_chart->setHistory(history(s, wave(Start, Start + 5 * Day, Minute, 10, 1)));
    const qint64 from = m_chart->viewFromMs();
    const qint64 to = m_chart->viewToMs();
    QSignalSpy ranges(m_chart.get(), &PriceChart::viewRangeChanged);

    // Three notches in, in quick succession: one debounced signal.
    for (int i = 0; i < 3; ++i) {
        QWheelEvent wheel(QPointF(400, 300), QPointF(400, 300), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewOf(*m_chart)->viewport(), &wheel);
        QVERIFY(wheel.isAccepted());
    }
    const qint64 span = m_chart->viewToMs() - m_chart->viewFromMs();
    QVERIFY(span < (to - from) * 0.7);
    QVERIFY(m_chart->viewFromMs() > from && m_chart->viewToMs() < to);
    QTRY_COMPARE(ranges.count(), 1);
    QCOMPARE(ranges.at(0).at(0).toLongLong(), m_chart->viewFromMs());
    QCOMPARE(ranges.at(0).at(1).toLongLong(), m_chart->viewToMs());
    QCategoryAxis *timeAxis = timeAxisOf(*m_chart);
    QVERIFY(timeAxis);
    QTRY_COMPARE(qint64(timeAxis->min()), m_chart->viewFromMs());

    // Shift+wheel zooms the price axis and leaves the time axis alone.
    QValueAxis *priceAxis = priceAxisOf(*m_chart);
    QVERIFY(priceAxis);
    const double priceSpan = priceAxis->max() - priceAxis->min();
    QWheelEvent shifted(QPointF(400, 300), QPointF(400, 300), QPoint(), QPoint(0, 240), Qt::NoButton,
                        Qt::ShiftModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewOf(*m_chart)->viewport(), &shifted);
    QCOMPARE(m_chart->viewToMs() - m_chart->viewFromMs(), span);
    QTRY_VERIFY(priceAxis->max() - priceAxis->min() < priceSpan * 0.8);

    m_chart->resetView();
    QCOMPARE(m_chart->viewFromMs(), from);
    QCOMPARE(m_chart->viewToMs(), to);
    QTRY_COMPARE(ranges.count(), 2);
    QTRY_VERIFY(priceAxis->max() - priceAxis->min() >= priceSpan * 0.99);
}

void tst_ChartInteraction::dragPansAndDoubleClickGoesLive()
{
    showChart();
    const QString s = QStringLiteral("A");
    m_chart->setSymbols({s});
    m_chart->setHistory(history(s, wave(Start, Start + 5 * Day, Minute, 10, 1)));
    QTRY_VERIFY(chartOf(*m_chart)->plotArea().width() > 100);
    const qint64 from = m_chart->viewFromMs();
    const qint64 to = m_chart->viewToMs();
    QWidget *viewport = viewOf(*m_chart)->viewport();

    // Dragging right by a tenth of the plot shows earlier times.
    const double tenth = chartOf(*m_chart)->plotArea().width() / 10;
    sendMouse(viewport, QEvent::MouseButtonPress, {500, 300}, Qt::LeftButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseMove, {500 + tenth, 300}, Qt::NoButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, {500 + tenth, 300}, Qt::LeftButton, Qt::NoButton);
    QCOMPARE(m_chart->viewToMs() - m_chart->viewFromMs(), to - from);
    QVERIFY(std::abs(double(from - m_chart->viewFromMs()) - (to - from) / 10.0) < Minute);

    sendMouse(viewport, QEvent::MouseButtonDblClick, {500, 300}, Qt::LeftButton, Qt::LeftButton);
    QCOMPARE(m_chart->viewFromMs(), from);
    QCOMPARE(m_chart->viewToMs(), to);
}

void tst_ChartInteraction::rightDragZoomsToTheBox()
{
    showChart();
    const QString s = QStringLiteral("A");
    m_chart->setSymbols({s});
    m_chart->setHistory(history(s, wave(Start, Start + 5 * Day, Minute, 10, 1)));
    QTRY_VERIFY(chartOf(*m_chart)->plotArea().width() > 100);
    const QRectF plot = chartOf(*m_chart)->plotArea();
    const qint64 from = m_chart->viewFromMs();
    const qint64 span = m_chart->viewToMs() - from;
    QWidget *viewport = viewOf(*m_chart)->viewport();
    // The chart fills the viewport, so plot coordinates are viewport coordinates.
    const QPointF a(plot.left() + plot.width() * 0.25, plot.top() + 20);
    const QPointF b(plot.left() + plot.width() * 0.5, plot.bottom() - 20);
    sendMouse(viewport, QEvent::MouseButtonPress, a, Qt::RightButton, Qt::RightButton);
    sendMouse(viewport, QEvent::MouseMove, b, Qt::NoButton, Qt::RightButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, b, Qt::RightButton, Qt::NoButton);
    QVERIFY(std::abs(double(m_chart->viewFromMs() - from) - span * 0.25) < span / 500.0);
    QVERIFY(std::abs(double(m_chart->viewToMs() - from) - span * 0.5) < span / 500.0);
}

// Zooming out near the right edge, or panning right, never shows empty
// future beyond where the live window would end: the range keeps its span
// and moves back into the data.
void tst_ChartInteraction::zoomOutAndPanStopAtTheLiveEdge()
{
    showChart();
    const QString s = QStringLiteral("A");
    m_chart->setSymbols({s});
    m_chart->setHistory(history(s, wave(Start, Start + 20 * Day, Minute, 10, 1)));
    QTRY_VERIFY(chartOf(*m_chart)->plotArea().width() > 100);
    const qint64 liveEnd = m_chart->viewToMs();
    // Three notches out with the mouse near the left edge: the right one would run far ahead.
    for (int i = 0; i < 3; ++i) {
        QWheelEvent wheel(QPointF(100, 300), QPointF(100, 300), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewOf(*m_chart)->viewport(), &wheel);
    }
    const qint64 span = m_chart->viewToMs() - m_chart->viewFromMs();
    QVERIFY(span > Week * 1.5);
    QVERIFY2(m_chart->viewToMs() <= liveEnd + span / 10,
             qPrintable(QString::number(double(m_chart->viewToMs() - liveEnd) / double(Day))));

    // A drag to the left moves the view later: at most to the live edge.
    QWidget *viewport = viewOf(*m_chart)->viewport();
    sendMouse(viewport, QEvent::MouseButtonPress, {700, 300}, Qt::LeftButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseMove, {100, 300}, Qt::NoButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, {100, 300}, Qt::LeftButton, Qt::NoButton);
    QCOMPARE(m_chart->viewToMs() - m_chart->viewFromMs(), span);
    QVERIFY(m_chart->viewToMs() <= liveEnd + span / 10);
}

QTEST_MAIN(tst_ChartInteraction)
#include "tst_chartinteraction.moc"
