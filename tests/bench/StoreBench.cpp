#include "StoreBench.h"

#include "BenchReport.h"
#include "BenchSupport.h"
#include "BenchTicks.h"
#include "Clock.h"
#include "RawTickWriter.h"
#include "TickStore.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cmath>
#include <cstdio>
#include <memory>

namespace tickerline::bench {

namespace {

constexpr qsizetype BatchTicks = 50'000;
constexpr qint64 T0 = 1'764'000'000'000;

qint64 fileBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

bool createTickerlineDatabase(const QString &path)
{
    TickStore store(SystemClock::instance());
    bool ok = false;
    QObject::connect(&store, &TickStore::opened, &store, [&ok] { ok = true; });
    store.open(path);   // called directly: opens and migrates on this thread
    return ok;
}

namespace {

struct StoreRun
{
    double storeMs = 0;
    double rawMs = 0;
    double diskBytesPerTick = 0;
    double realisticMs = 0;
    double realisticBytesPerTick = 0;
};

// Writes the batches through TickStore, one commit at flush(), and closes it
// (the WAL is checkpointed into the file); the wall time of the writes.
double writeThroughStore(const QString &path, const QList<TickBatch> &batches, qint64 count)
{
    removeDatabase(path);
    quint64 committed = 0;
    double ms = 0;
    {
        // One commit, at flush().
        auto store = std::make_unique<TickStore>(SystemClock::instance(),
                                                 TickStoreOptions{.commitIntervalMs = 3'600'000});
        store->open(path);
        QObject::connect(store.get(), &TickStore::flushed, store.get(),
                         [&committed](const StoreStatus &status) { committed = status.committedTicks; });
        const double start = wallMs();
        for (const TickBatch &batch : batches)
            store->writeTicks(batch);
        store->flush();
        ms = wallMs() - start;
    }
    if (committed != quint64(count))
        std::printf("# store: committed %llu of %lld ticks\n", static_cast<unsigned long long>(committed), count);
    return ms;
}

double writeRaw(const QString &path, const QList<TickBatch> &batches)
{
    removeDatabase(path);
    if (!createTickerlineDatabase(path)) {
        std::printf("# raw sqlite: cannot create %s\n", qPrintable(path));
        return std::nan("");
    }
    RawTickWriter raw;
    const double start = wallMs();
    bool ok = raw.open(path) && raw.begin();
    for (const TickBatch &batch : batches)
        ok = ok && raw.write(batch);
    ok = ok && raw.commit();
    const double ms = wallMs() - start;
    if (!ok)
        std::printf("# raw sqlite: %s\n", qPrintable(raw.error()));
    return ok ? ms : std::nan("");
}

// Where a file's bytes go, per tick: each table and index (SQLite's dbstat).
void printDiskBreakdown(const QString &path, qint64 count, const char *label)
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *query = nullptr;
    QByteArray line;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
        && sqlite3_prepare_v2(db, "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC", -1, &query,
                              nullptr)
               == SQLITE_OK) {
        while (sqlite3_step(query) == SQLITE_ROW) {
            line += ' ';
            line += reinterpret_cast<const char *>(sqlite3_column_text(query, 0));
            line += ' ' + QByteArray::number(double(sqlite3_column_int64(query, 1)) / double(count), 'f', 1);
        }
    }
    sqlite3_finalize(query);
    sqlite3_close(db);
    if (!line.isEmpty())
        std::printf("# disk (%s), bytes per tick by table and index:%s\n", label, line.constData());
}

} // namespace

void runStoreBench(BenchReport &report, const QString &dir, int count, int runs)
{
    BenchTicks source(QStringLiteral("BENCH"), QStringLiteral("finnhub"), T0);
    RealisticTicks realistic(QStringLiteral("binance"), T0);
    QList<TickBatch> batches;
    QList<TickBatch> realisticBatches;
    for (qsizetype done = 0; done < count; done += BatchTicks) {
        const qsizetype n = std::min<qsizetype>(BatchTicks, count - done);
        batches.append(source.next(n));
        realisticBatches.append(realistic.next(n));
    }
    const QString storePath = dir + QStringLiteral("/store-bench.sqlite");
    const QString rawPath = dir + QStringLiteral("/raw-bench.sqlite");

    // Every run takes each figure once, so that the ratio of each run is
    // against its own baseline; the report gives the medians, not the best.
    for (int run = 0; run < runs; ++run) {
        StoreRun r;
        r.storeMs = writeThroughStore(storePath, batches, count);
        r.diskBytesPerTick = double(fileBytes(storePath)) / count;
        if (run == 0)
            printDiskBreakdown(storePath, count, "friendly");
        r.rawMs = writeRaw(rawPath, batches);
        r.realisticMs = writeThroughStore(storePath, realisticBatches, count);
        r.realisticBytesPerTick = double(fileBytes(storePath)) / count;
        if (run == 0)
            printDiskBreakdown(storePath, count, "realistic");
        std::printf("# store run %d: %d ticks in %.0f ms (TickStore) vs %.0f ms (raw sqlite3), ratio %.2f;"
                    " realistic ticks %.0f ms\n",
                    run + 1, count, r.storeMs, r.rawMs, r.rawMs / r.storeMs, r.realisticMs);
        report.set("store_sqlite_ticks_per_s", count / (r.storeMs / 1000.0));
        report.set("store_sqlite_raw_limit_ticks_per_s", count / (r.rawMs / 1000.0));
        report.set("disk_bytes_per_tick", r.diskBytesPerTick);
        report.set("disk_bytes_per_tick_realistic", r.realisticBytesPerTick);
    }
    removeDatabase(storePath);
    removeDatabase(rawPath);
}

} // namespace tickerline::bench
