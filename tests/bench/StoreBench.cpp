#include "StoreBench.h"

#include "BenchReport.h"
#include "BenchSupport.h"
#include "BenchTicks.h"
#include "Clock.h"
#include "RawTickWriter.h"
#include "TickStore.h"

#include <QFile>
#include <QFileInfo>

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

void runStoreBench(BenchReport &report, const QString &dir, int count)
{
    BenchTicks source(QStringLiteral("BENCH"), QStringLiteral("finnhub"), T0);
    QList<TickBatch> batches;
    for (qsizetype done = 0; done < count; done += BatchTicks)
        batches.append(source.next(std::min<qsizetype>(BatchTicks, count - done)));

    const QString storePath = dir + QStringLiteral("/store-bench.sqlite");
    const QString rawPath = dir + QStringLiteral("/raw-bench.sqlite");
    removeDatabase(storePath);
    removeDatabase(rawPath);

    double storeMs = 0;
    quint64 committed = 0;
    {
        auto store = std::make_unique<TickStore>(SystemClock::instance());
        store->setCommitIntervalMs(3'600'000);   // one commit, at flush()
        store->open(storePath);
        QObject::connect(store.get(), &TickStore::flushed, store.get(),
                         [&committed](const StoreStatus &status) { committed = status.committedTicks; });
        const double start = wallMs();
        for (const TickBatch &batch : std::as_const(batches))
            store->writeTicks(batch);
        store->flush();
        storeMs = wallMs() - start;
    }   // closed: the WAL is checkpointed into the file
    if (committed != quint64(count))
        std::printf("# store: committed %llu of %d ticks\n", static_cast<unsigned long long>(committed), count);

    double rawMs = 0;
    if (!createTickerlineDatabase(rawPath)) {
        std::printf("# raw sqlite: cannot create %s\n", qPrintable(rawPath));
    } else {
        RawTickWriter raw;
        const double start = wallMs();
        bool ok = raw.open(rawPath) && raw.begin();
        for (const TickBatch &batch : std::as_const(batches))
            ok = ok && raw.write(batch);
        ok = ok && raw.commit();
        rawMs = wallMs() - start;
        if (!ok)
            std::printf("# raw sqlite: %s\n", qPrintable(raw.error()));
    }
    const double storeRate = count / (storeMs / 1000.0);
    const double rawRate = count / (rawMs / 1000.0);
    std::printf("# store: %d ticks in %.0f ms (TickStore) vs %.0f ms (raw sqlite3); ratio %.2f\n", count, storeMs,
                rawMs, storeRate / rawRate);
    report.set("store_sqlite_ticks_per_s", storeRate);
    report.set("store_sqlite_raw_limit_ticks_per_s", rawRate);
    report.set("disk_bytes_per_tick", double(fileBytes(storePath)) / count);
    removeDatabase(storePath);
    removeDatabase(rawPath);
}

} // namespace tickerline::bench
