// The candle page of a ChartPanel over a real SQLite store: a backfill that
// lands after the candles were first read shows as a week of candles, and
// every candle and volume bar is drawn as wide as its interval — also when
// candles stand apart (a quiet symbol) or alone.
#include "CandleChart.h"
#include "CandleStudiesController.h"
#include "ChartPanel.h"
#include "ChartView.h"
#include "ChartWidgets.h"
#include "Clock.h"
#include "TestSupport.h"
#include "TickStore.h"

#include <QAction>
#include <QCandlestickSeries>
#include <QGraphicsView>
#include <QImage>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <functional>

using namespace tickerline;
using namespace tickerline::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
// 2024-03-04T00:00:00Z, a Monday; "now" is a week later.
constexpr qint64 Start = 1'709'510'400'000;
constexpr qint64 Now = Start + 7 * Day;

const QString Aapl = u"AAPL"_s;

// Hour h of the week opens at base(h) and moves 2 up (even h) or down (odd h).
double base(qint64 hour)
{
    return 100.0 + 3.0 * std::sin(double(hour) / 7.0);
}

double priceAt(qint64 minute)
{
    const qint64 hour = minute / 60;
    const double direction = hour % 2 == 0 ? 1.0 : -1.0;
    return base(hour) + direction * 2.0 * double(minute % 60) / 59.0;
}

// A backfill of one-minute bars over the week, of the hours `wanted` picks.
BarBatch weekOfBars(const std::function<bool(qint64 hour)> &wanted)
{
    BarBatch bars;
    for (qint64 minute = 0; minute < 7 * 24 * 60; ++minute) {
        if (!wanted(minute / 60))
            continue;
        Bar bar;
        bar.symbol = Aapl;
        bar.provider = u"sim"_s;
        bar.timeMs = Start + minute * Minute;
        bar.intervalMs = Minute;
        bar.open = bar.high = bar.low = bar.close = priceAt(minute);
        bar.volume = 10.0;
        bars.append(bar);
    }
    return bars;
}

// The width in pixels of the run of pixels, along the row, of the colour at `at`.
int runWidth(const QImage &image, QPoint at)
{
    const QColor colour = image.pixelColor(at);
    const auto same = [&](int x) {
        const QColor c = image.pixelColor(x, at.y());
        return std::abs(c.red() - colour.red()) <= 40 && std::abs(c.green() - colour.green()) <= 40
            && std::abs(c.blue() - colour.blue()) <= 40;
    };
    int left = at.x();
    while (left > 0 && same(left - 1))
        --left;
    int right = at.x();
    while (right + 1 < image.width() && same(right + 1))
        ++right;
    return right - left + 1;
}

} // namespace

class tst_CandleHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void backfillAfterTheFirstReadShowsAsAWeekOfCandles();
    void candlesApartAreAsWideAsTheirInterval();
    void aLoneCandleIsAsWideAsItsInterval();
    void aViewFollowingAnOlderCandleReadsFromItsStart();

private:
    // The store answers the panel's requests a turn of the event loop later,
    // as the store thread would.
    bool ask(const HistoryRequest &request, QObject *context, std::function<void(const HistoryResult &)> answer);
    [[nodiscard]] CandleChart *candles() const { return m_panel->candlesAndStudies()->candleChart(); }
    // Each drawn candle of `expected` (and its volume bar) is as wide as its
    // interval: at least half of it, at most all of it.
    void verifyWidths(const CandleSeries &expected);

    ManualClock m_clock{Now};
    std::unique_ptr<TempFolder> m_folder;
    std::unique_ptr<TickStore> m_store;
    std::unique_ptr<ChartPanel> m_panel;
    std::unique_ptr<QSignalSpy> m_candleAnswers;   // the panel's candleHistoryShown
    quint64 m_nextId = 1;
    struct Waiting
    {
        quint64 id;
        QPointer<QObject> context;
        std::function<void(const HistoryResult &)> answer;
    };
    QHash<quint64, Waiting> m_waiting;
};

bool tst_CandleHistory::ask(const HistoryRequest &request, QObject *context,
                            std::function<void(const HistoryResult &)> answer)
{
    HistoryRequest mine = request;
    mine.id = m_nextId++;
    m_waiting.insert(mine.id, {request.id, context, std::move(answer)});
    m_store->requestHistory(mine);
    return true;
}

void tst_CandleHistory::init()
{
    qRegisterMetaType<HistoryResult>();
    m_folder = std::make_unique<TempFolder>();
    m_store = std::make_unique<TickStore>(m_clock);
    QSignalSpy opened(m_store.get(), &TickStore::opened);
    m_store->open(m_folder->path(u"ticks.sqlite"_s));
    QTRY_COMPARE(opened.size(), 1);
    connect(m_store.get(), &TickStore::historyReady, this, [this](const HistoryResult &result) {
        const Waiting waiting = m_waiting.take(result.id);
        if (!waiting.context)
            return;
        HistoryResult theirs = result;
        theirs.id = waiting.id;
        QMetaObject::invokeMethod(waiting.context, [answer = waiting.answer, theirs] { answer(theirs); },
                                  Qt::QueuedConnection);
    });

    m_panel = std::make_unique<ChartPanel>();
    m_candleAnswers = std::make_unique<QSignalSpy>(m_panel.get(), &ChartPanel::candleHistoryShown);
    m_panel->setClock(m_clock);
    m_panel->setHistorySource([this](const HistoryRequest &request, QObject *context,
                                     std::function<void(const HistoryResult &)> answer) {
        return ask(request, context, std::move(answer));
    });
    // As the main window does: a backfill that landed is read again.
    connect(m_store.get(), &TickStore::barsStored, m_panel.get(), &ChartPanel::reloadRange);
    m_panel->resize(1600, 800);
    m_panel->setSymbols({Aapl});
    m_panel->candlesAndStudies()->setIntervalMs(Hour);
    m_panel->setCandleMode(true);
    QAction *week = m_panel->findChild<QAction *>(u"range7DAction"_s);
    QVERIFY(week);
    week->trigger();
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QCOMPARE(candles()->shownIntervalMs(), Hour);
}

void tst_CandleHistory::cleanup()
{
    m_candleAnswers.reset();
    m_panel.reset();
    m_store.reset();
    m_waiting.clear();
    m_folder.reset();
}

void tst_CandleHistory::verifyWidths(const CandleSeries &expected)
{
    QCandlestickSeries *sticks = candlesOf(*candles());
    QChart *chart = sticks->chart();
    auto *view = qobject_cast<QGraphicsView *>(chart->scene()->views().value(0));
    QVERIFY(view);
    VolumePane *volume = volumeOf(*candles());
    QChart *volumeChart = volume->chart();
    const auto toView = [](QGraphicsView *v, QChart *c, QPointF inChart) {
        return v->mapFromScene(c->mapToScene(inChart));
    };
    const QImage image = view->viewport()->grab().toImage();
    const QImage volumeImage = volume->view()->viewport()->grab().toImage();
    QCOMPARE(image.devicePixelRatio(), 1.0);
    for (const Candle &c : expected) {
        const double mid = double(c.timeMs + Hour / 2);
        const QPointF from = chart->mapToPosition({double(c.timeMs), c.close}, sticks);
        const QPointF to = chart->mapToPosition({double(c.timeMs + Hour), c.close}, sticks);
        const double intervalPixels = to.x() - from.x();
        QVERIFY2(intervalPixels > 5.0, qPrintable(QString::number(intervalPixels)));
        const QPoint body = toView(view, chart, chart->mapToPosition({mid, (c.open + c.close) / 2}, sticks));
        const int width = runWidth(image, body);
        QVERIFY2(width >= intervalPixels / 2 && width <= intervalPixels + 1.0,
                 qPrintable(u"candle at %1: %2 px drawn, its hour spans %3 px"_s.arg(c.timeMs).arg(width).arg(intervalPixels)));
        const QPoint bar = toView(volume->view(), volumeChart,
                                  volumeChart->mapToPosition({mid, c.volume / volume->scale() / 2}, volume->series()));
        const int barWidth = runWidth(volumeImage, bar);
        QVERIFY2(barWidth >= intervalPixels / 2 && barWidth <= intervalPixels + 1.0,
                 qPrintable(u"volume at %1: %2 px drawn, its hour spans %3 px"_s.arg(c.timeMs).arg(barWidth).arg(intervalPixels)));
    }
}

// The store is empty when the candle page first reads it (a fresh database,
// the simulated market still laying out its history); the week of bars that
// lands then shows as hourly candles over the whole view, each the bars of
// its hour.
void tst_CandleHistory::backfillAfterTheFirstReadShowsAsAWeekOfCandles()
{
    QTRY_VERIFY(!m_candleAnswers->isEmpty());
    QVERIFY(candles()->candles(Aapl).isEmpty());

    m_store->writeBars(weekOfBars([](qint64) { return true; }));
    m_store->flush();
    QTRY_VERIFY(candles()->candles(Aapl).size() > 6 * 24);
    // The live edge leaves room after now: the view starts a little after the week does.
    const qint64 firstHour = (candleBucketStart(candles()->viewFromMs(), Hour) - Start) / Hour;
    QVERIFY(firstHour >= 0 && firstHour < 12);
    QTRY_COMPARE(candles()->candles(Aapl).size(), 7 * 24 - firstHour);
    QTRY_COMPARE(candlesOf(*candles())->count(), 7 * 24 - firstHour);
    const CandleSeries week = candles()->candles(Aapl);
    for (qint64 hour = firstHour; hour < 7 * 24; ++hour) {
        const Candle &c = week.at(hour - firstHour);
        QCOMPARE(c.timeMs, Start + hour * Hour);
        QCOMPARE(c.open, priceAt(hour * 60));
        QCOMPARE(c.close, priceAt(hour * 60 + 59));
        QCOMPARE(c.volume, 600.0);
    }
    verifyWidths({week.at(0), week.at(1), week.at(80), week.constLast()});
}

// Candles three hours apart (the last one the open candle) are still an hour
// wide, not three.
void tst_CandleHistory::candlesApartAreAsWideAsTheirInterval()
{
    m_store->writeBars(weekOfBars([](qint64 hour) { return hour % 3 == 2; }));
    m_store->flush();
    QTRY_VERIFY(candles()->candles(Aapl).size() > 6 * 8);
    const qint64 firstHour = (candleBucketStart(candles()->viewFromMs(), Hour) - Start) / Hour;
    qsizetype expected = 0;
    for (qint64 hour = firstHour; hour < 7 * 24; ++hour)
        expected += hour % 3 == 2 ? 1 : 0;
    QTRY_COMPARE(candles()->candles(Aapl).size(), expected);
    QTRY_COMPARE(candlesOf(*candles())->count(), expected);
    const CandleSeries apart = candles()->candles(Aapl);
    verifyWidths({apart.at(1), apart.at(30), apart.constLast()});
}

// The first live trades of an empty store make one candle: an hour wide,
// not the whole week.
void tst_CandleHistory::aLoneCandleIsAsWideAsItsInterval()
{
    QTRY_VERIFY(!m_candleAnswers->isEmpty());
    const qint64 t = Now - 50 * Minute;
    m_panel->appendPoints({{Aapl, {{t, 100.0, 5.0}, {t + Minute, 103.0, 7.0}}}});
    QTRY_COMPARE(candlesOf(*candles())->count(), 1);
    verifyWidths(candles()->candles(Aapl));
}

// The market closed six hours ago: following live, the view ends after the
// last candle, not after now, so it starts before what was first read, and
// the candles fill it from its start.
void tst_CandleHistory::aViewFollowingAnOlderCandleReadsFromItsStart()
{
    QTRY_VERIFY(!m_candleAnswers->isEmpty());
    const qint64 readFrom = candles()->viewFromMs();
    m_store->writeBars(weekOfBars([](qint64 hour) { return hour < 7 * 24 - 6; }));
    m_store->flush();
    QTRY_VERIFY(!candles()->candles(Aapl).isEmpty());
    QTRY_VERIFY(candles()->viewFromMs() < readFrom - 5 * Hour);
    QVERIFY(candles()->viewFromMs() > Start - Day);
    QTRY_COMPARE(candles()->candles(Aapl).size(), 7 * 24 - 6);
    QCOMPARE(candles()->candles(Aapl).constFirst().timeMs, Start);
    QTRY_COMPARE(candlesOf(*candles())->count(), 7 * 24 - 6);
}

QTEST_MAIN(tst_CandleHistory)
#include "tst_candlehistory.moc"
