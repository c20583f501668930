#include "ChartBench.h"

#include "BenchDatabase.h"
#include "BenchReport.h"
#include "BenchSupport.h"
#include "Clock.h"
#include "PriceChart.h"
#include "SeriesPool.h"
#include "TickStore.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEventLoop>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QPen>
#include <QTimer>
#include <QValueAxis>

#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

namespace tickerline::bench {

namespace {

const QSize FrameSize(1280, 720);
constexpr qint64 SpacingMs = 25;

Series walk(qint64 firstMs, qsizetype count)
{
    Series series;
    series.reserve(count);
    double price = 100.0;
    quint32 state = 7;
    for (qsizetype i = 0; i < count; ++i) {
        state = state * 1664525u + 1013904223u;
        price = std::max(1.0, price + (double(state >> 16) / 65536.0 - 0.5) * 0.05);
        series.append(SeriesPoint{firstMs + i * SpacingMs, price});
    }
    return series;
}

// The wall-clock start of the timer event being delivered, for frames the
// chart renders from its own frame timer: a frame is timed from when that
// timer fires, so the idle wait for it is not counted but everything the
// frame does (reduction, replace(), layout, paint) is, in wall time like the
// baselines that have no timer. Watches every event of the thread while it lives.
class FrameTimerClock final : public QObject
{
public:
    FrameTimerClock() { QCoreApplication::instance()->installEventFilter(this); }
    ~FrameTimerClock() override { QCoreApplication::instance()->removeEventFilter(this); }
    Q_DISABLE_COPY_MOVE(FrameTimerClock)

    [[nodiscard]] double lastTimerMs() const { return m_lastTimerMs; }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Timer)
            m_lastTimerMs = wallMs();
        return QObject::eventFilter(watched, event);
    }

private:
    double m_lastTimerMs = std::nan("");
};

// The plot of the chart widget (its chart view's).
QChart *chartOf(const PriceChart &chart)
{
    return chart.findChild<QChartView *>()->chart();
}

// Waits (idle) for the chart's frame timer to replace the series it shows;
// the wall time at which the timer event that did it began (NaN when no
// series changed within the time).
double waitForRedraw(QChart *chart, const FrameTimerClock &clock)
{
    double frameStartMs = std::nan("");
    QEventLoop loop;   // asleep until the frame; returns as soon as the frame's handler has
    QList<QMetaObject::Connection> connections;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            connections.append(QObject::connect(xy, &QXYSeries::pointsReplaced, &loop, [&] {
                if (std::isnan(frameStartMs))
                    frameStartMs = clock.lastTimerMs();
                loop.quit();
            }));
        }
    }
    QTimer::singleShot(500, &loop, &QEventLoop::quit);
    loop.exec();
    for (const QMetaObject::Connection &connection : connections)
        QObject::disconnect(connection);
    return frameStartMs;
}

// What every frame ends with, timed the same way for all: what the change
// posted (layout, scene updates) is done now, then the widget paints.
void renderInto(QWidget &widget, QImage &image)
{
    QCoreApplication::sendPostedEvents();
    image.fill(Qt::white);
    QPainter painter(&image);
    widget.render(&painter);
}

struct ChartUnderTest
{
    // "Now" is the end of the data, however long ago the data was made.
    explicit ChartUnderTest(qint64 nowMs) : clock(nowMs)
    {
        chart.setClock(clock);
        chart.resize(FrameSize);
        chart.setSymbols({QStringLiteral("BENCH")});
        // Not shown, so painted only by renderInto() (which lays it out
        // first): a shown widget also paints itself into the platform's
        // backing store, and every frame would be drawn twice.
    }
    ManualClock clock;
    PriceChart chart;
};

// A plain Qt Charts line: one QLineSeries on a time and a price axis, no
// legend, in a QChartView of the frame size: all Qt Charts needs to draw it.
struct PlainChart
{
    PlainChart()
    {
        chart->addSeries(line);
        chart->addAxis(timeAxis, Qt::AlignBottom);
        chart->addAxis(priceAxis, Qt::AlignRight);
        line->attachAxis(timeAxis);
        line->attachAxis(priceAxis);
        chart->legend()->hide();
        view.resize(FrameSize);   // not shown: painted only by renderInto(), like the chart
    }
    void setRange(const QList<QPointF> &points)
    {
        double low = points.constFirst().y();
        double high = low;
        for (const QPointF &point : points) {
            low = std::min(low, point.y());
            high = std::max(high, point.y());
        }
        timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(points.constFirst().x())),
                           QDateTime::fromMSecsSinceEpoch(qint64(points.constLast().x())));
        priceAxis->setRange(low, high);
    }
    // One frame as a chart without reduction has it: every point replace()d, then painted.
    QList<double> frames(const QList<QPointF> &points, int count, QImage &image)
    {
        setRange(points);
        QList<double> samples;
        for (int i = 0; i < count; ++i) {
            const double start = wallMs();
            line->replace(points);
            renderInto(view, image);
            samples.append(wallMs() - start);
        }
        return samples;
    }

    QChart *chart = new QChart;   // owned by the view
    QLineSeries *line = new QLineSeries;
    QDateTimeAxis *timeAxis = new QDateTimeAxis;
    QValueAxis *priceAxis = new QValueAxis;
    QChartView view{chart};
};

void reportFrames(BenchReport &report, const char *what, const QList<double> &samples, const char *p95Key,
                  const char *medianKey)
{
    std::printf("# %s: %lld frames, wall ms: median %.2f, p95 %.2f, max %.2f\n", what, qint64(samples.size()),
                median(samples), percentile(samples, 0.95), percentile(samples, 1.0));
    report.set(p95Key, percentile(samples, 0.95));
    report.set(medianKey, median(samples));
}

QLineSeries *priceLine(QChart *chart, const QString &symbol)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series); line && line->name() == symbol)
            return line;
    }
    return nullptr;
}

} // namespace

void runChartBench(BenchReport &report, int points, int frames, const QString &pictureDir)
{
    const qint64 firstMs = 1'764'000'000'000;
    const Series series = walk(firstMs, points);
    const qint64 lastMs = series.constLast().timeMs;
    QImage image(FrameSize, QImage::Format_ARGB32_Premultiplied);

    // Every frame of the three is timed in wall time, from the change to the
    // end of the paint into the image, and they take as many frames each.
    QList<QPointF> drawn;   // what the reduced chart's last frame drew
    QPen drawnPen;
    QPainter::RenderHints drawnHints;
    {
        ChartUnderTest bench(lastMs);
        PriceChart &chart = bench.chart;
        chart.setWindowMs(lastMs - firstMs + 60'000);
        HistoryResult history;
        history.fromMs = firstMs;
        history.toMs = lastMs;
        history.series.insert(QStringLiteral("BENCH"), series);
        FrameTimerClock timerClock;
        chart.setHistory(history);
        waitForRedraw(chartOf(chart), timerClock);
        renderInto(chart, image);

        QList<double> samples;
        qint64 timeMs = lastMs;
        double price = series.constLast().value;
        int missed = 0;
        for (int i = 0; i < frames; ++i) {
            timeMs += SpacingMs;
            price += (i % 2 ? 0.01 : -0.01);
            bench.clock.setNowMs(timeMs);
            const double start = wallMs();
            chart.appendPoints({{QStringLiteral("BENCH"), Series{SeriesPoint{timeMs, price}}}});
            const double appendMs = wallMs() - start;
            // The chart reduces and replace()s on its frame timer; the idle
            // wait for that timer is not part of the frame.
            const double frameStart = waitForRedraw(chartOf(chart), timerClock);
            const double renderStart = wallMs();
            renderInto(chart, image);
            const double end = wallMs();
            if (std::isnan(frameStart))
                ++missed;
            samples.append(appendMs + end - (std::isnan(frameStart) ? renderStart : frameStart));
        }
        if (missed > 0)
            std::printf("# chart: %d of %d frames drew no new series points\n", missed, frames);
        const QString picture = pictureDir + QStringLiteral("/chart-1m.png");
        image.save(picture);
        if (QLineSeries *line = priceLine(chartOf(chart), QStringLiteral("BENCH"))) {
            drawn = line->points();
            drawnPen = line->pen();
        }
        if (auto *view = chart.findChild<QChartView *>())
            drawnHints = view->renderHints();
        std::printf("# chart: %lld points retained, %lld drawn, last frame saved to %s\n",
                    qint64(chart.pointCount(QStringLiteral("BENCH"))), qint64(drawn.size()), qPrintable(picture));
        reportFrames(report, "chart (reduced)", samples, "chart_frame_ms_p95_1m", "chart_frame_ms_median_1m");
    }

    {
        // The unreduced baseline: what drawing every point costs in Qt Charts
        // (its default pen, no anti-aliasing: cheaper per segment than the chart).
        PlainChart naive;
        QList<QPointF> all;
        all.reserve(series.size());
        for (const SeriesPoint &point : series)
            all.append(QPointF(double(point.timeMs), point.value));
        const QList<double> samples = naive.frames(all, frames, image);
        image.save(pictureDir + QStringLiteral("/chart-1m-naive.png"));
        reportFrames(report, "chart (naive)", samples, "chart_frame_ms_naive_p95_1m", "chart_frame_ms_naive_median_1m");
        report.set("chart_frame_ms_naive_1m", percentile(samples, 0.95));
    }

    if (!drawn.isEmpty()) {
        // The floor: only the points the reduced frame draws, in a plain
        // chart with the price line's pen and the chart view's render hints,
        // so it draws the same segments the same way without PriceChart's
        // axes, legend, bands, logo and crosshair.
        PlainChart floor;
        floor.line->setPen(drawnPen);
        floor.view.setRenderHints(drawnHints);
        const QList<double> samples = floor.frames(drawn, frames, image);
        image.save(pictureDir + QStringLiteral("/chart-1m-floor.png"));
        reportFrames(report, "chart (floor)", samples, "chart_frame_ms_floor_1m", "chart_frame_ms_floor_median_1m");

        PlainChart plain;   // the same points as the naive baseline draws them, for reference
        const QList<double> plainSamples = plain.frames(drawn, frames, image);
        std::printf("# chart (floor, default pen, no anti-aliasing): median %.2f ms, p95 %.2f ms\n",
                    median(plainSamples), percentile(plainSamples, 0.95));
    }

    {
        // Points arrive as hub frames do; RSS growth over what the chart retains.
        ChartUnderTest bench(firstMs);
        PriceChart &chart = bench.chart;
        chart.setWindowMs(qint64(points) * SpacingMs + 60'000);
        const FrameTimerClock timerClock;
        waitUntil([] { return false; }, 50);
        trimHeap();
        const qint64 before = residentBytes();
        constexpr qsizetype PerFrame = 1024;   // points per hub frame, as at ~60k ticks/s
        for (qsizetype done = 0; done < series.size(); done += PerFrame) {
            const qsizetype n = std::min(PerFrame, series.size() - done);
            bench.clock.setNowMs(series.at(done + n - 1).timeMs);
            chart.appendPoints({{QStringLiteral("BENCH"), series.mid(done, n)}});
            if ((done / PerFrame) % 64 == 0)
                QCoreApplication::processEvents();
        }
        waitForRedraw(chartOf(chart), timerClock);
        trimHeap();
        const qint64 after = residentBytes();
        const qsizetype retained = chart.pointCount(QStringLiteral("BENCH"));
        std::printf("# memory: RSS +%.1f MB for %lld retained points\n", double(after - before) / 1e6,
                    qint64(retained));
        report.set("memory_bytes_per_tick", retained > 0 ? double(after - before) / double(retained) : std::nan(""));
    }

    {
        // The same points into four panes on the same symbol, as a workspace
        // has them: one SeriesPool, appended once per hub frame; each pane draws.
        constexpr int Panes = 4;
        SeriesPool pool;   // outlives the panes that read it
        std::vector<std::unique_ptr<ChartUnderTest>> panes;
        for (int i = 0; i < Panes; ++i) {
            panes.push_back(std::make_unique<ChartUnderTest>(firstMs));
            panes.back()->chart.setSeriesPool(&pool);
            panes.back()->chart.setWindowMs(qint64(points) * SpacingMs + 60'000);
        }
        const FrameTimerClock timerClock;
        waitUntil([] { return false; }, 50);
        trimHeap();
        const qint64 before = residentBytes();
        constexpr qsizetype PerFrame = 1024;
        for (qsizetype done = 0; done < series.size(); done += PerFrame) {
            const qsizetype n = std::min(PerFrame, series.size() - done);
            for (auto &pane : panes)
                pane->clock.setNowMs(series.at(done + n - 1).timeMs);
            pool.append({{QStringLiteral("BENCH"), series.mid(done, n)}});
            if ((done / PerFrame) % 64 == 0)
                QCoreApplication::processEvents();
        }
        for (auto &pane : panes)
            waitForRedraw(chartOf(pane->chart), timerClock);
        trimHeap();
        const qint64 after = residentBytes();
        const qsizetype retained = panes.front()->chart.pointCount(QStringLiteral("BENCH"));
        std::printf("# memory, %d panes: RSS +%.1f MB for %lld retained points\n", Panes, double(after - before) / 1e6,
                    qint64(retained));
        report.set("memory_bytes_per_tick_4panes",
                   retained > 0 ? double(after - before) / double(retained) : std::nan(""));
    }
}

void runHistoryChartBench(BenchReport &report, const BenchDatabase &database, int frames, const QString &pictureDir)
{
    TickStore store(SystemClock::instance());
    HistoryResult answer;
    QObject::connect(&store, &TickStore::historyReady, &store, [&answer](const HistoryResult &r) { answer = r; });
    store.open(database.path);

    ChartUnderTest bench(database.lastMs);
    PriceChart &chart = bench.chart;
    chart.setWindowMs(database.lastMs - database.firstMs + 60'000);
    QImage image(FrameSize, QImage::Format_ARGB32_Premultiplied);
    FrameTimerClock timerClock;
    QList<double> samples;
    double queryMs = 0;
    for (int i = 0; i < frames; ++i) {
        HistoryRequest request;
        request.id = quint64(i + 1);
        request.symbols = {QString::fromUtf16(BenchDatabase::Symbol)};
        request.fromMs = database.firstMs;
        request.toMs = database.lastMs;
        request.maxPoints = 2 * FrameSize.width();   // ≤ 2 points per pixel column
        // Wall time throughout, like the 1M frames: the query, then the frame
        // from the chart's frame timer to the end of the paint.
        const double start = wallMs();
        store.requestHistory(request);   // called directly: answers on this thread
        chart.setHistory(answer);
        const double beforeWait = wallMs();
        const double frameStart = waitForRedraw(chartOf(chart), timerClock);
        const double renderStart = wallMs();
        renderInto(chart, image);
        const double end = wallMs();
        queryMs += beforeWait - start;
        samples.append(beforeWait - start + end - (std::isnan(frameStart) ? renderStart : frameStart));
        if (!answer.error.isEmpty())
            std::printf("# history: %s\n", qPrintable(answer.error));
    }
    image.save(pictureDir + QStringLiteral("/chart-10m-history.png"));
    std::printf("# history: %lld ticks -> %lld points, query %.1f ms of each frame on average\n", database.ticks,
                qint64(answer.series.value(QString::fromUtf16(BenchDatabase::Symbol)).size()), queryMs / frames);
    reportFrames(report, "history chart", samples, "chart_frame_ms_p95_10m_history",
                 "chart_frame_ms_median_10m_history");
}

} // namespace tickerline::bench
