#include "PipelineBench.h"

#include "BenchReport.h"
#include "BenchSupport.h"
#include "Clock.h"
#include "Engine.h"
#include "FramePusher.h"
#include "QuoteTableModel.h"

#include <QFile>
#include <QThread>
#include <QWebSocket>

#include <sqlite3.h>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <memory>

#include <unistd.h>

namespace tickerline::bench {

namespace {

const QString Symbol = QStringLiteral("BENCH");

struct Outcome
{
    qint64 sent = 0;
    double firstSendMs = 0;
    double doneMs = 0;             // every tick stored and the last one shown
    bool complete = false;
    StoreStatus finalStatus;
    qint64 storedDistinct = -1;    // sent ticks found in the database afterwards, each once
    qint64 lastShown = -1;
    QList<double> frameSendMs;     // paced runs
    QList<std::pair<double, qint64>> shown;   // (when, last tick index shown) per dataChanged
};

// How many of the `sent` ticks (tick n: time FirstTimeMs + n, price 1 + n)
// the database holds, each counted once however often it was delivered: a
// re-delivered duplicate of one tick cannot make up for another that was lost.
qint64 storedDistinctTicks(const QString &path, qint64 sent)
{
    sqlite3 *db = nullptr;
    qint64 count = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *query = nullptr;
        if (sqlite3_prepare_v2(db,
                               "SELECT count(DISTINCT t.time_ms) FROM ticks t JOIN series s ON s.id = t.series"
                               " WHERE s.symbol = ?1 AND t.time_ms BETWEEN ?2 AND ?3 AND t.price = t.time_ms - ?2 + 1",
                               -1, &query, nullptr)
            == SQLITE_OK) {
            const QByteArray symbol = Symbol.toUtf8();
            sqlite3_bind_text(query, 1, symbol.constData(), int(symbol.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(query, 2, FramePusher::FirstTimeMs);
            sqlite3_bind_int64(query, 3, FramePusher::FirstTimeMs + sent - 1);
            if (sqlite3_step(query) == SQLITE_ROW)
                count = sqlite3_column_int64(query, 0);
        }
        sqlite3_finalize(query);
    }
    if (count < 0)
        std::printf("# pipeline: cannot count the stored ticks: %s\n", db ? sqlite3_errmsg(db) : "no database");
    sqlite3_close(db);
    return count;
}

// One run of the whole pipeline; `ticksPerSecond` 0: as fast as it goes.
Outcome runPipeline(const QString &dir, double seconds, double ticksPerSecond)
{
    Outcome outcome;
    const QString database = dir + QStringLiteral("/pipeline.sqlite");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(database + suffix);

    QThread serverThread;
    serverThread.setObjectName(QStringLiteral("bench-server"));
    auto *pusher = new FramePusher({Symbol, qint64(seconds * 1000.0), ticksPerSecond});
    pusher->moveToThread(&serverThread);
    QObject::connect(&serverThread, &QThread::finished, pusher, &QObject::deleteLater);
    serverThread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(pusher, [pusher, &port] { port = pusher->listen(); }, Qt::BlockingQueuedConnection);
    bool pushed = false;
    QObject::connect(pusher, &FramePusher::finished, qApp, [&] {
        outcome.sent = pusher->ticksSent();
        outcome.firstSendMs = pusher->firstSendMs();
        outcome.frameSendMs = pusher->frameSendMs();
        pushed = true;
    });

    {
        QuoteTableModel model;
        model.setSymbols({Symbol});
        QObject::connect(&model, &QAbstractItemModel::dataChanged, &model, [&] {
            const double price =
                model.data(model.index(0, QuoteTableModel::LastColumn), QuoteTableModel::SortRole).toDouble();
            const auto index = qint64(std::llround(price)) - 1;
            if (index > outcome.lastShown) {
                outcome.lastShown = index;
                outcome.shown.append({wallMs(), index});
            }
        });

        Engine engine(SystemClock::instance());
        quint64 stored = 0;
        QObject::connect(&engine, &Engine::frameReady, &model, &QuoteTableModel::applyFrame);
        QObject::connect(&engine, &Engine::storeStatusChanged, &model, [&stored](const StoreStatus &status) {
            stored = status.committedTicks + status.duplicateTicks;
        });
        EngineConfig config;
        config.feed.provider = QStringLiteral("finnhub");
        config.feed.symbols = {Symbol};
        config.feed.endpoint = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port));
        config.feed.apiKey = QStringLiteral("bench");
        config.feed.staleTimeoutMs = 60'000;
        config.databaseLocation = database;
        engine.start(config);

        const int timeoutMs = int(seconds * 1000.0) + 120'000;
        outcome.complete = waitUntil([&] {
            return pushed && qint64(stored) >= outcome.sent && outcome.lastShown >= outcome.sent - 1;
        }, timeoutMs);
        outcome.doneMs = wallMs();

        bool stopped = false;
        QObject::connect(&engine, &Engine::stopped, &model, [&](const StoreStatus &status) {
            outcome.finalStatus = status;
            stopped = true;
        });
        engine.stop();
        waitUntil([&stopped] { return stopped; }, 60'000);
    }
    serverThread.quit();
    serverThread.wait();
    outcome.storedDistinct = storedDistinctTicks(database, outcome.sent);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(database + suffix);
    return outcome;
}

// The ceiling and the floor the transport sets: the same pusher, and on the
// client side a bare QWebSocket on a thread of its own (as the feed's) that
// only notes the text frames it is handed, no parsing, no store, no hub.
struct BareRun
{
    bool complete = false;
    qint64 sent = 0;
    double firstSendMs = 0;
    double lastReceivedMs = 0;
    QList<double> frameSendMs;                    // paced runs
    QList<std::pair<double, qint64>> received;    // paced runs: (when, last tick index) per frame
};

BareRun bareWebSocket(double seconds, double ticksPerSecond)
{
    BareRun run;
    QThread serverThread;
    serverThread.setObjectName(QStringLiteral("bench-server"));
    auto *pusher = new FramePusher({Symbol, qint64(seconds * 1000.0), ticksPerSecond});
    pusher->moveToThread(&serverThread);
    QObject::connect(&serverThread, &QThread::finished, pusher, &QObject::deleteLater);
    serverThread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(pusher, [pusher, &port] { port = pusher->listen(); }, Qt::BlockingQueuedConnection);
    qint64 sent = -1;
    QObject::connect(pusher, &FramePusher::finished, qApp, [&] {
        run.sent = pusher->ticksSent();
        run.firstSendMs = pusher->firstSendMs();
        run.frameSendMs = pusher->frameSendMs();
        sent = run.sent;
    });

    QThread clientThread;
    clientThread.setObjectName(QStringLiteral("bench-client"));
    auto *socket = new QWebSocket;
    socket->moveToThread(&clientThread);
    QObject::connect(&clientThread, &QThread::finished, socket, &QObject::deleteLater);
    std::atomic<qint64> frames = 0;
    std::atomic<double> lastReceivedMs = 0;
    const bool paced = ticksPerSecond > 0;
    QList<std::pair<double, qint64>> received;   // the client thread's until it is joined
    QObject::connect(socket, &QWebSocket::connected, socket,
                     [socket] { socket->sendTextMessage(QStringLiteral(R"({"type":"subscribe"})")); });
    QObject::connect(socket, &QWebSocket::textMessageReceived, socket, [&, paced](const QString &message) {
        const double now = wallMs();
        frames.fetch_add(1, std::memory_order_relaxed);
        lastReceivedMs.store(now, std::memory_order_relaxed);
        if (paced) {   // the last trade's time is FirstTimeMs + its index
            const qsizetype at = message.lastIndexOf(QLatin1String(R"("t":)"));
            if (at >= 0)
                received.append({now, QStringView(message).mid(at + 4, 13).toLongLong() - FramePusher::FirstTimeMs});
        }
    });
    clientThread.start();
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/").arg(port));
    QMetaObject::invokeMethod(socket, [socket, url] { socket->open(url); }, Qt::QueuedConnection);

    run.complete = waitUntil([&] { return sent >= 0 && frames.load() * FramePusher::TicksPerFrame >= sent; },
                             int(seconds * 1000.0) + 60'000);
    QMetaObject::invokeMethod(socket, [socket] { socket->abort(); }, Qt::BlockingQueuedConnection);
    clientThread.quit();
    clientThread.wait();
    serverThread.quit();
    serverThread.wait();
    run.lastReceivedMs = lastReceivedMs.load();
    run.received = std::move(received);
    return run;
}

double webSocketCeiling(double seconds)
{
    const BareRun run = bareWebSocket(seconds, 0);
    const double spanMs = run.lastReceivedMs - run.firstSendMs;
    if (!run.complete || spanMs <= 0)
        return std::nan("");
    return double(run.sent) / (spanMs / 1000.0);
}

// For every frame sent, the time until the first arrival showing it or a
// later tick: the latency figures' statistic, whoever does the showing.
QList<double> frameLatencies(const QList<double> &frameSendMs, const QList<std::pair<double, qint64>> &shown)
{
    QList<double> latencies;
    latencies.reserve(frameSendMs.size());
    qsizetype next = 0;   // first frame whose ticks were not shown yet
    for (const auto &[whenMs, lastIndex] : shown) {
        for (; next < frameSendMs.size() && (next + 1) * FramePusher::TicksPerFrame - 1 <= lastIndex; ++next)
            latencies.append(whenMs - frameSendMs.at(next));
    }
    return latencies;
}

} // namespace

void runPipelineBench(BenchReport &report, const QString &dir, double seconds)
{
    const double ceiling = webSocketCeiling(seconds);
    std::printf("# pipeline ceiling: QWebSocket alone (same pusher, a client that only counts frames) %.0f ticks/s"
                " (%.0f frames/s)\n",
                ceiling, ceiling / FramePusher::TicksPerFrame);
    const Outcome run = runPipeline(dir, seconds, 0);
    // Lost: sent ticks the database does not hold. The store's counters
    // (committed + duplicates) would let a re-delivered duplicate of one tick
    // stand in for another that never arrived, so they are only printed.
    qint64 lost = run.storedDistinct >= 0 ? std::max<qint64>(0, run.sent - run.storedDistinct) : run.sent;
    if (run.lastShown != run.sent - 1)
        lost = std::max<qint64>(lost, 1);
    const double spanMs = run.doneMs - run.firstSendMs;
    std::printf("# pipeline: sent %lld, stored %lld of them, committed %llu, duplicates %llu, dropped %llu, model"
                " showed tick %lld, %.2f s%s\n",
                run.sent, run.storedDistinct, static_cast<unsigned long long>(run.finalStatus.committedTicks),
                static_cast<unsigned long long>(run.finalStatus.duplicateTicks),
                static_cast<unsigned long long>(run.finalStatus.droppedTicks), run.lastShown, spanMs / 1000.0,
                run.complete ? "" : " (timed out)");
    report.set("pipeline_ticks_per_s", double(run.sent) / (spanMs / 1000.0));
    report.set("pipeline_lost_ticks", double(lost));
    report.set("pipeline_websocket_ceiling_ticks_per_s", ceiling);
}

void runLatencyBench(BenchReport &report, const QString &dir, double seconds)
{
    // The groups before this one leave hundreds of MB of dirty pages (the
    // pipeline's database and WAL); their writeback while frames are timed
    // measured the disk, not the path (the bare socket's own p99 rose 10x in
    // such rounds). Flushed first, as the cold starts do.
    ::sync();
    const BareRun bare = bareWebSocket(seconds, 100'000);
    const QList<double> floor = frameLatencies(bare.frameSendMs, bare.received);
    std::printf("# latency floor: a bare QWebSocket client saw %lld of %lld frames; p50 %.2f ms, max %.2f ms\n",
                qint64(floor.size()), qint64(bare.frameSendMs.size()), percentile(floor, 0.5), percentile(floor, 1.0));
    report.set("tick_to_socket_ms_p50_100k", percentile(floor, 0.5));
    report.set("tick_to_socket_ms_p99_100k", percentile(floor, 0.99));

    const Outcome run = runPipeline(dir, seconds, 100'000);
    const QList<double> latencies = frameLatencies(run.frameSendMs, run.shown);
    std::printf("# latency: %lld of %lld frames seen by the model; p50 %.2f ms, max %.2f ms\n",
                qint64(latencies.size()), qint64(run.frameSendMs.size()), percentile(latencies, 0.5),
                percentile(latencies, 1.0));
    report.set("tick_to_model_ms_p50_100k", percentile(latencies, 0.5));
    report.set("tick_to_model_ms_p99_100k", percentile(latencies, 0.99));
}

} // namespace tickerline::bench
