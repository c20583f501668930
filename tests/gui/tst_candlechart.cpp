#include "CandleChart.h"
#include "ChartWidgets.h"
#include "Clock.h"
#include "VolumePane.h"

#include <QApplication>
#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QStyle>
#include <QWheelEvent>
#include <QTest>

using namespace tickerline;
using namespace tickerline::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
// 2024-03-04T00:00:00Z
constexpr qint64 Start = 1'709'510'400'000;

const QString Aapl = u"AAPL"_s;
const QString Msft = u"MSFT"_s;

HistoryRequest lastRequest(const QSignalSpy &spy)
{
    return spy.constLast().constFirst().value<HistoryRequest>();
}

HistoryResult answer(const HistoryRequest &request, const QHash<QString, CandleSeries> &candles)
{
    HistoryResult result;
    result.id = request.id;
    result.fromMs = request.fromMs;
    result.toMs = request.toMs;
    result.candles = candles;
    return result;
}

QList<QCandlestickSet *> setsOf(const QCandlestickSeries *series)
{
    return series->sets();
}

// A mouse move over the candle chart's plot at (ms, price), straight to its
// view as a window system would deliver it.
void hoverAt(const CandleChart &candles, qint64 ms, double price)
{
    QChart *chart = chartOf(candles);
    auto *view = qobject_cast<QGraphicsView *>(chart->scene()->views().value(0));
    QVERIFY(view);
    const QPointF inChart = chart->mapToPosition({double(ms), price}, candlesOf(candles));
    sendMouse(view->viewport(), QEvent::MouseMove, view->mapFromScene(chart->mapToScene(inChart)), Qt::NoButton,
              Qt::NoButton);
}

} // namespace

class tst_CandleChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void historyShowsOhlcPerBucketAndVolumeBars();
    void answersToOtherRequestsAreNotTaken();
    void livePointsUpdateTheOpenCandleAndOpenNewOnes();
    void intervalSwitchRequestsTheNewInterval();
    void tooFineAnIntervalIsCoarsenedForTheRange();
    void upAndDownCandlesHaveTheirColours();
    void wheelZoomChangesTheRangeAndRequestsHistory();
    void pricePlotAndVolumePlotAreAligned();
    void themeFollowsThePalette();
    void crosshairReadsOutTheCandleUnderTheMouse();
    void crosshairReadsInTheLocaleAtTheInstrumentsPrecision();

private:
    std::unique_ptr<CandleChart> m_chart;
    ManualClock m_clock{Start + Hour};
};

void tst_CandleChart::init()
{
    qRegisterMetaType<HistoryRequest>();
    m_clock.setNowMs(Start + Hour);
    m_chart = std::make_unique<CandleChart>();
    m_chart->setClock(m_clock);
    m_chart->resize(1000, 600);
    m_chart->setSymbols({Aapl, Msft});
    m_chart->setIntervalMs(Minute);
    m_chart->setViewRange(Start, Start + Hour);
}

void tst_CandleChart::cleanup()
{
    m_chart.reset();
}

void tst_CandleChart::historyShowsOhlcPerBucketAndVolumeBars()
{
    QSignalSpy requests(m_chart.get(), &CandleChart::historyRequested);
    m_chart->reload();
    QVERIFY(!requests.isEmpty());
    const HistoryRequest request = lastRequest(requests);
    QCOMPARE(request.symbols, QStringList{Aapl});
    QCOMPARE(request.candleIntervalMs, Minute);
    QVERIFY(request.fromMs <= Start);
    QVERIFY(request.toMs >= Start + Hour);

    const CandleSeries candles{
        {Start, 10.0, 12.0, 9.0, 11.0, 100.0},
        {Start + Minute, 11.0, 11.5, 10.0, 10.5, 40.0},
        {Start + 2 * Minute, 10.5, 13.0, 10.5, 12.5, 250.0},
    };
    QSignalSpy changed(m_chart.get(), &CandleChart::candlesChanged);
    QVERIFY(m_chart->setHistory(answer(request, {{Aapl, candles}})));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_chart->candles(Aapl), candles);

    QTRY_COMPARE(candlesOf(*m_chart)->count(), 3);
    const auto sets = setsOf(candlesOf(*m_chart));
    for (qsizetype i = 0; i < candles.size(); ++i) {
        const Candle &c = candles.at(i);
        QCOMPARE(sets.at(i)->timestamp(), qreal(c.timeMs + Minute / 2));   // drawn at the bucket's centre
        QCOMPARE(sets.at(i)->open(), c.open);
        QCOMPARE(sets.at(i)->high(), c.high);
        QCOMPARE(sets.at(i)->low(), c.low);
        QCOMPARE(sets.at(i)->close(), c.close);
    }
    const auto bars = setsOf(volumeOf(*m_chart)->series());
    QCOMPARE(bars.size(), 3);
    for (qsizetype i = 0; i < candles.size(); ++i) {
        QCOMPARE(bars.at(i)->timestamp(), sets.at(i)->timestamp());
        QCOMPARE(bars.at(i)->low(), 0.0);
        QCOMPARE(bars.at(i)->high() * volumeOf(*m_chart)->scale(), candles.at(i).volume);
    }
}

void tst_CandleChart::answersToOtherRequestsAreNotTaken()
{
    HistoryResult other;
    other.id = 7;   // one of the line chart's
    other.candles.insert(Aapl, {{Start, 1, 1, 1, 1, 1}});
    QVERIFY(!m_chart->setHistory(other));
    QVERIFY(m_chart->candles(Aapl).isEmpty());
}

void tst_CandleChart::livePointsUpdateTheOpenCandleAndOpenNewOnes()
{
    const qint64 t = Start + 10 * Minute;
    m_chart->appendPoints({{Aapl, {{t + 5 * Second, 10.0, 5.0}, {t + 20 * Second, 12.0, 1.0},
                                   {t + 40 * Second, 9.5, 2.0}}},
                           {u"NVDA"_s, {{t, 900.0, 1.0}}}});   // not charted: ignored
    QCOMPARE(m_chart->candles(Aapl), (CandleSeries{{t, 10.0, 12.0, 9.5, 9.5, 8.0}}));
    QVERIFY(m_chart->candles(u"NVDA"_s).isEmpty());
    QTRY_COMPARE(candlesOf(*m_chart)->count(), 1);

    // The open candle moves with the next point of its minute.
    m_chart->appendPoints({{Aapl, {{t + 50 * Second, 11.0, 1.0}}}});
    QTRY_COMPARE(setsOf(candlesOf(*m_chart)).constLast()->close(), 11.0);
    QCOMPARE(setsOf(volumeOf(*m_chart)->series()).constLast()->high(), 9.0);

    // The next minute opens a new candle.
    m_chart->appendPoints({{Aapl, {{t + 70 * Second, 11.5, 3.0}}}});
    QCOMPARE(m_chart->candles(Aapl).size(), 2);
    QCOMPARE(m_chart->candles(Aapl).constLast(), (Candle{t + Minute, 11.5, 11.5, 11.5, 11.5, 3.0}));
    QTRY_COMPARE(candlesOf(*m_chart)->count(), 2);
    QCOMPARE(setsOf(candlesOf(*m_chart)).constLast()->open(), 11.5);
}

void tst_CandleChart::intervalSwitchRequestsTheNewInterval()
{
    QSignalSpy requests(m_chart.get(), &CandleChart::historyRequested);
    QSignalSpy shown(m_chart.get(), &CandleChart::shownIntervalChanged);
    m_chart->setIntervalMs(5 * Minute);
    QCOMPARE(m_chart->shownIntervalMs(), 5 * Minute);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(requests.size(), 1);
    const HistoryRequest request = lastRequest(requests);
    QCOMPARE(request.candleIntervalMs, 5 * Minute);
    QCOMPARE(request.symbols, QStringList{Aapl});
    QCOMPARE(request.fromMs % (5 * Minute), 0);

    // An answer at the old interval, arriving late, is not drawn.
    QSignalSpy older(m_chart.get(), &CandleChart::historyRequested);
    m_chart->setIntervalMs(Minute);
    const HistoryRequest minuteRequest = lastRequest(older);
    m_chart->setIntervalMs(5 * Minute);
    QVERIFY(m_chart->setHistory(answer(minuteRequest, {{Aapl, {{Start, 1, 2, 0.5, 1.5, 10}}}})));
    QVERIFY(m_chart->candles(Aapl).isEmpty());

    // A new symbol asks for its candles too.
    requests.clear();
    m_chart->setSymbol(Msft);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(lastRequest(requests).symbols, QStringList{Msft});
}

void tst_CandleChart::tooFineAnIntervalIsCoarsenedForTheRange()
{
    QSignalSpy requests(m_chart.get(), &CandleChart::historyRequested);
    m_chart->setIntervalMs(Second);
    m_chart->setViewRange(Start, Start + 7 * Day);
    // 1s, 5s, 1m, 5m and 15m candles would be more than MaxCandles in a week.
    QCOMPARE(m_chart->shownIntervalMs(), Hour);
    QCOMPARE(m_chart->intervalMs(), Second);
    QCOMPARE(lastRequest(requests).candleIntervalMs, Hour);
    QVERIFY2(intervalNoteOf(*m_chart).contains(u"1h"_s), qPrintable(intervalNoteOf(*m_chart)));
    QVERIFY2(intervalNoteOf(*m_chart).contains(u"1s"_s), qPrintable(intervalNoteOf(*m_chart)));

    // A week of ticks every 10 s: drawn as at most MaxCandles hourly candles.
    Series points;
    for (qint64 t = Start; t < Start + 7 * Day; t += 10 * Second)
        points.append({t, 100.0 + double((t / Minute) % 17), 1.0});
    m_chart->appendPoints({{Aapl, points}});
    QTRY_COMPARE(candlesOf(*m_chart)->count(), 7 * 24);
    QVERIFY(candlesOf(*m_chart)->count() <= CandleChart::MaxCandles);

    // Zoomed in to ten minutes, the chosen 1s fits again.
    m_chart->setViewRange(Start + Day, Start + Day + 5 * Minute);
    QCOMPARE(m_chart->shownIntervalMs(), Second);
    QCOMPARE(lastRequest(requests).candleIntervalMs, Second);
    QVERIFY(!intervalNoteOf(*m_chart).contains(u"1h"_s));
}

void tst_CandleChart::upAndDownCandlesHaveTheirColours()
{
    m_chart->appendPoints({{Aapl, {{Start, 10.0, 1.0}, {Start + 30 * Second, 12.0, 1.0},       // up
                                   {Start + Minute, 12.0, 1.0}, {Start + 90 * Second, 11.0, 1.0}}}});   // down
    QTRY_COMPARE(candlesOf(*m_chart)->count(), 2);
    const auto sets = setsOf(candlesOf(*m_chart));
    const auto bars = setsOf(volumeOf(*m_chart)->series());
    // Bodies in the series' rising and falling colours, wicks alike.
    const QColor up = candlesOf(*m_chart)->increasingColor();
    const QColor down = candlesOf(*m_chart)->decreasingColor();
    QVERIFY(up.green() > up.red());      // greenish
    QVERIFY(down.red() > down.green());  // reddish
    QCOMPARE(sets.at(0)->pen().color(), up);
    QCOMPARE(sets.at(1)->pen().color(), down);
    // Volume bars rise for a rising candle and fall for a falling one, in the same colours.
    QVERIFY(bars.at(0)->close() > bars.at(0)->open());
    QVERIFY(bars.at(1)->close() < bars.at(1)->open());
    QCOMPARE(volumeOf(*m_chart)->series()->increasingColor().rgb(), up.rgb());
    QCOMPARE(volumeOf(*m_chart)->series()->decreasingColor().rgb(), down.rgb());
}

void tst_CandleChart::wheelZoomChangesTheRangeAndRequestsHistory()
{
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    QSignalSpy range(m_chart.get(), &CandleChart::viewRangeChanged);
    QSignalSpy requests(m_chart.get(), &CandleChart::historyRequested);
    QChartView *view = m_chart->findChild<QChartView *>();
    const QPoint centre = view->viewport()->rect().center();
    QWheelEvent wheel(centre, view->viewport()->mapToGlobal(centre), {}, {0, -120 * 4}, Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QTRY_COMPARE(range.size(), 1);
    QVERIFY(m_chart->viewToMs() - m_chart->viewFromMs() > Hour);
    QVERIFY(!requests.isEmpty());

    // Double-click: back to the live window, following.
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    QVERIFY(m_chart->isFollowingLive());
}

void tst_CandleChart::pricePlotAndVolumePlotAreAligned()
{
    m_chart->appendPoints({{Aapl, {{Start, 123456.0, 1.0}, {Start + 5 * Minute, 123999.0, 2.5e7}}}});
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    const QChart *volume = volumeOf(*m_chart)->chart();
    QTRY_VERIFY(candlesOf(*m_chart)->count() == 2);
    QTRY_VERIFY2(std::abs(chartOf(*m_chart)->plotArea().left() - volume->plotArea().left()) <= 1.0
                     && std::abs(chartOf(*m_chart)->plotArea().right() - volume->plotArea().right()) <= 1.0,
                 qPrintable(u"%1..%2 vs %3..%4"_s.arg(chartOf(*m_chart)->plotArea().left())
                                .arg(chartOf(*m_chart)->plotArea().right())
                                .arg(volume->plotArea().left())
                                .arg(volume->plotArea().right())));
}

void tst_CandleChart::themeFollowsThePalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
    dark.setColor(QPalette::WindowText, Qt::white);
    m_chart->setPalette(dark);
    QCOMPARE(chartOf(*m_chart)->theme(), QChart::ChartThemeDark);
    QCOMPARE(volumeOf(*m_chart)->chart()->theme(), QChart::ChartThemeDark);
    m_chart->setPalette(QApplication::style()->standardPalette());
    QCOMPARE(chartOf(*m_chart)->theme(), QChart::ChartThemeLight);
}

// Moving over a candle reads out its open, high, low, close, change and
// volume, at one precision; between candles and off the plot it goes away.
void tst_CandleChart::crosshairReadsOutTheCandleUnderTheMouse()
{
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    QSignalSpy requests(m_chart.get(), &CandleChart::historyRequested);
    m_chart->reload();
    QVERIFY(!requests.isEmpty());
    const CandleSeries candles{
        {Start + 10 * Minute, 10.0, 12.0, 9.0, 11.5, 1500.0},
        {Start + 40 * Minute, 11.5, 11.75, 10.0, 10.25, 40.0},
    };
    QVERIFY(m_chart->setHistory(answer(lastRequest(requests), {{Aapl, candles}})));
    QTRY_COMPARE(candlesOf(*m_chart)->count(), 2);
    QChart *chart = chartOf(*m_chart);
    QTRY_VERIFY(chart->plotArea().width() > 100);
    QGraphicsView *view = qobject_cast<QGraphicsView *>(chart->scene()->views().value(0));
    QVERIFY(view);
    const auto moveTo = [&](qint64 ms, double price) {
        const QPointF inChart = chart->mapToPosition({double(ms), price}, candlesOf(*m_chart));
        // Straight to the view (as a window system would deliver it): after
        // earlier tests' windows, QTest::mouseMove need not reach this one.
        const QPointF pos = view->mapFromScene(chart->mapToScene(inChart));
        QMouseEvent move(QEvent::MouseMove, pos, view->viewport()->mapToGlobal(pos), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
    };

    moveTo(Start + 10 * Minute + 30 * Second, 11.0);
    QTRY_VERIFY(!crosshairText(*m_chart).isEmpty());
    QString text = crosshairText(*m_chart);
    QVERIFY2(text.contains(u"AAPL"_s), qPrintable(text));
    QVERIFY2(text.contains(u"O 10.00 H 12.00 L 9.00 C 11.50"_s), qPrintable(text));
    QVERIFY2(text.contains(u"+1.50 (+15.00 %)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Vol "_s + QLocale().toString(1500.0, 'f', 0)), qPrintable(text));

    moveTo(Start + 40 * Minute + 10 * Second, 11.0);
    QTRY_VERIFY(crosshairText(*m_chart).contains(u"C 10.25"_s));
    QVERIFY2(crosshairText(*m_chart).contains(u"-1.25 (-10.87 %)"_s), qPrintable(crosshairText(*m_chart)));

    // No candle in that minute: no read-out.
    moveTo(Start + 25 * Minute, 11.0);
    QTRY_VERIFY(crosshairText(*m_chart).isEmpty());
}

// German digits and separators; a penny stock's four decimals (its price now
// is below 1) for every number of every candle, also of one above 1.
void tst_CandleChart::crosshairReadsInTheLocaleAtTheInstrumentsPrecision()
{
    m_chart->setLocale(QLocale(QLocale::German, QLocale::Germany));
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    QSignalSpy requests(m_chart.get(), &CandleChart::historyRequested);
    m_chart->reload();
    QVERIFY(!requests.isEmpty());
    const CandleSeries candles{
        {Start + 10 * Minute, 1.2, 1.3, 0.95, 1.0, 15000.0},
        {Start + 40 * Minute, 0.5, 0.55, 0.45, 0.52, 2500.0},
    };
    QVERIFY(m_chart->setHistory(answer(lastRequest(requests), {{Aapl, candles}})));
    QTRY_COMPARE(candlesOf(*m_chart)->count(), 2);
    QTRY_VERIFY(chartOf(*m_chart)->plotArea().width() > 100);

    hoverAt(*m_chart, Start + 10 * Minute + 30 * Second, 1.0);
    QTRY_VERIFY(!crosshairText(*m_chart).isEmpty());
    QString text = crosshairText(*m_chart);
    QVERIFY2(text.contains(u"O 1,2000 H 1,3000 L 0,9500 C 1,0000"_s), qPrintable(text));
    QVERIFY2(text.contains(u"-0,2000 (-16,67 %)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Vol 15.000"_s), qPrintable(text));

    hoverAt(*m_chart, Start + 40 * Minute + 30 * Second, 0.5);
    QTRY_VERIFY(crosshairText(*m_chart).contains(u"C 0,5200"_s));
    text = crosshairText(*m_chart);
    QVERIFY2(text.contains(u"O 0,5000 H 0,5500 L 0,4500"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Vol 2.500"_s), qPrintable(text));

    // Off the plot: no read-out.
    QGraphicsView *view = qobject_cast<QGraphicsView *>(chartOf(*m_chart)->scene()->views().value(0));
    sendMouse(view->viewport(), QEvent::MouseMove, QPointF(2, 2), Qt::NoButton, Qt::NoButton);
    QTRY_VERIFY(crosshairText(*m_chart).isEmpty());
}

QTEST_MAIN(tst_CandleChart)
#include "tst_candlechart.moc"
