#include "ChartBench.h"

#include "BenchDatabase.h"
#include "BenchReport.h"
#include "BenchSupport.h"
#include "Clock.h"
#include "PriceChart.h"
#include "TickStore.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <cmath>
#include <cstdio>
#include <memory>

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

// Waits (idle) for the chart's frame timer to replace the series it shows;
// false when no series changed within the time.
bool waitForRedraw(QChart *chart)
{
    bool replaced = false;
    QList<QMetaObject::Connection> connections;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(series))
            connections.append(QObject::connect(xy, &QXYSeries::pointsReplaced, xy, [&replaced] { replaced = true; }));
    }
    const bool ok = waitUntil([&replaced] { return replaced; }, 500);
    for (const QMetaObject::Connection &connection : connections)
        QObject::disconnect(connection);
    return ok;
}

void renderInto(QWidget &widget, QImage &image)
{
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

} // namespace

void runChartBench(BenchReport &report, int points, int frames, const QString &pictureDir)
{
    const qint64 firstMs = 1'764'000'000'000;
    const Series series = walk(firstMs, points);
    const qint64 lastMs = series.constLast().timeMs;
    QImage image(FrameSize, QImage::Format_ARGB32_Premultiplied);

    {
        ChartUnderTest bench(lastMs);
        PriceChart &chart = bench.chart;
        chart.setWindowMs(lastMs - firstMs + 60'000);
        HistoryResult history;
        history.fromMs = firstMs;
        history.toMs = lastMs;
        history.series.insert(QStringLiteral("BENCH"), series);
        chart.setHistory(history);
        waitForRedraw(chart.chart());
        renderInto(chart, image);

        QList<double> samples;
        qint64 timeMs = lastMs;
        double price = series.constLast().value;
        int missed = 0;
        for (int i = 0; i < frames; ++i) {
            timeMs += SpacingMs;
            price += (i % 2 ? 0.01 : -0.01);
            bench.clock.setNowMs(timeMs);
            const double start = threadCpuMs();
            chart.appendPoints({{QStringLiteral("BENCH"), Series{SeriesPoint{timeMs, price}}}});
            if (!waitForRedraw(chart.chart()))
                ++missed;
            renderInto(chart, image);
            samples.append(threadCpuMs() - start);
        }
        if (missed > 0)
            std::printf("# chart: %d of %d frames drew no new series points\n", missed, frames);
        const QString picture = pictureDir + QStringLiteral("/chart-1m.png");
        image.save(picture);
        std::printf("# chart: %lld points retained, last frame saved to %s\n",
                    qint64(chart.pointCount(QStringLiteral("BENCH"))), qPrintable(picture));
        report.set("chart_frame_ms_p95_1m", percentile(samples, 0.95));
    }

    {
        // The unreduced baseline: what drawing every point costs in Qt Charts.
        QChart *chart = new QChart;
        auto *line = new QLineSeries;
        chart->addSeries(line);
        auto *timeAxis = new QDateTimeAxis;
        auto *priceAxis = new QValueAxis;
        chart->addAxis(timeAxis, Qt::AlignBottom);
        chart->addAxis(priceAxis, Qt::AlignRight);
        line->attachAxis(timeAxis);
        line->attachAxis(priceAxis);
        chart->legend()->hide();
        QChartView view(chart);
        view.resize(FrameSize);   // not shown: painted only by renderInto(), like the chart above
        double low = series.constFirst().value;
        double high = low;
        QList<QPointF> all;
        all.reserve(series.size());
        for (const SeriesPoint &point : series) {
            all.append(QPointF(double(point.timeMs), point.value));
            low = std::min(low, point.value);
            high = std::max(high, point.value);
        }
        timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(firstMs), QDateTime::fromMSecsSinceEpoch(lastMs));
        priceAxis->setRange(low, high);
        QList<double> samples;
        const int naiveFrames = std::max(1, std::min(frames / 20, 5));
        for (int i = 0; i < naiveFrames; ++i) {
            const double start = wallMs();
            line->replace(all);
            renderInto(view, image);
            samples.append(wallMs() - start);
        }
        image.save(pictureDir + QStringLiteral("/chart-1m-naive.png"));
        report.set("chart_frame_ms_naive_1m", percentile(samples, 0.5));
    }

    {
        // Points arrive as hub frames do; RSS growth over what the chart retains.
        ChartUnderTest bench(firstMs);
        PriceChart &chart = bench.chart;
        chart.setWindowMs(qint64(points) * SpacingMs + 60'000);
        waitUntil([] { return false; }, 50);
        trimHeap();
        const qint64 before = residentBytes();
        constexpr qsizetype PerFrame = 1024;   // Hub::MaxPointsPerFrame
        for (qsizetype done = 0; done < series.size(); done += PerFrame) {
            const qsizetype n = std::min(PerFrame, series.size() - done);
            bench.clock.setNowMs(series.at(done + n - 1).timeMs);
            chart.appendPoints({{QStringLiteral("BENCH"), series.mid(done, n)}});
            if ((done / PerFrame) % 64 == 0)
                QCoreApplication::processEvents();
        }
        waitForRedraw(chart.chart());
        trimHeap();
        const qint64 after = residentBytes();
        const qsizetype retained = chart.pointCount(QStringLiteral("BENCH"));
        std::printf("# memory: RSS +%.1f MB for %lld retained points\n", double(after - before) / 1e6,
                    qint64(retained));
        report.set("memory_bytes_per_tick", retained > 0 ? double(after - before) / double(retained) : std::nan(""));
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
    QList<double> samples;
    double queryMs = 0;
    for (int i = 0; i < frames; ++i) {
        HistoryRequest request;
        request.id = quint64(i + 1);
        request.symbols = {QString::fromUtf16(BenchDatabase::Symbol)};
        request.fromMs = database.firstMs;
        request.toMs = database.lastMs;
        request.maxPoints = 2 * FrameSize.width();   // ≤ 2 points per pixel column
        const double start = wallMs();
        store.requestHistory(request);   // called directly: answers on this thread
        const double queried = wallMs() - start;
        queryMs += queried;
        const double cpuStart = threadCpuMs();
        chart.setHistory(answer);
        waitForRedraw(chart.chart());
        renderInto(chart, image);
        samples.append(queried + threadCpuMs() - cpuStart);
        if (!answer.error.isEmpty())
            std::printf("# history: %s\n", qPrintable(answer.error));
    }
    image.save(pictureDir + QStringLiteral("/chart-10m-history.png"));
    std::printf("# history: %lld ticks -> %lld points, query %.0f ms of each frame on average\n", database.ticks,
                qint64(answer.series.value(QString::fromUtf16(BenchDatabase::Symbol)).size()), queryMs / frames);
    report.set("chart_frame_ms_p95_10m_history", percentile(samples, 0.95));
}

} // namespace tickerline::bench
