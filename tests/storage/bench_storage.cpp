// Prints storage figures over a million stored ticks: write rate, bytes per
// tick on disk, chart history query time, CSV export and import time; on
// SQLite, then on PostgreSQL (a throw-away local server) when its binaries
// are installed, so both come from the same run on the same machine.
// Not a test: figures, no assertions.
//   bench_storage [ticks=1000000] [maxPoints=2000]

#include "CsvExport.h"
#include "CsvImport.h"
#include "PostgresServer.h"
#include "StorageTestData.h"
#include "TickStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace tickerline;

namespace {

int bench(const char *backend, const QString &path, const QString &importPath, const QString &rowByRowPath, int count,
          int maxPoints)
{
    std::printf("-- %s\n", backend);
    QTemporaryDir dir;
    auto store = test::openStore(path, TickStoreOptions{.commitIntervalMs = 60'000});
    if (!store)
        return 1;

    constexpr qint64 t0 = 1'795'528'987'123;
    QElapsedTimer timer;
    timer.start();
    TickBatch batch;
    double price = 100;
    for (int i = 0; i < count; ++i) {
        price += (i % 13 - 6) * 0.01;
        batch.append(test::makeTick(QStringLiteral("BENCH"), t0 + i * 25LL, price, 1 + i % 5));
        if (batch.size() == 50'000) {
            store->writeTicks(batch);
            batch.clear();
        }
    }
    store->writeTicks(batch);
    test::flush(*store);
    const qint64 writeMs = timer.elapsed();
    std::printf("write   %d ticks: %lld ms (%.0f ticks/s), file %.1f bytes/tick\n", count, qint64(writeMs),
                count * 1000.0 / std::max<qint64>(1, writeMs), double(QFileInfo(path).size()
                    + QFileInfo(path + QStringLiteral("-wal")).size()) / count);   // 0 on a server

    HistoryRequest request;
    request.symbols = {QStringLiteral("BENCH")};
    request.fromMs = t0;
    request.toMs = t0 + count * 25LL;
    request.maxPoints = maxPoints;
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        const HistoryResult result = test::history(*store, request);
        std::printf("history %d ticks -> %lld points: %lld ms\n", count,
                    qint64(result.series.value(QStringLiteral("BENCH")).size()), qint64(timer.elapsed()));
    }

    QFile sink(dir.filePath(QStringLiteral("export.csv")));
    if (!sink.open(QIODevice::WriteOnly))
        return 1;
    timer.restart();
    ExportRequest exportRequest;
    exportRequest.location = path;
    const ExportResult exported = exportTicksCsv(exportRequest, sink);
    std::printf("export  %llu rows to CSV: %lld ms%s\n", exported.rows, qint64(timer.elapsed()),
                exported.ok ? "" : qPrintable(QStringLiteral(" (failed: %1)").arg(exported.error)));
    sink.close();

    // Into a new database, then the same file again (every row a duplicate).
    // On PostgreSQL first also one statement per row into another new
    // database, as the import did before it sent batches of arrays.
    const auto import = [&](const QString &location, int batchRows, const char *what) {
        if (!sink.open(QIODevice::ReadOnly))
            return false;
        ImportRequest importRequest;
        importRequest.location = location;
        importRequest.batchRows = batchRows;
        timer.restart();
        const ImportResult imported = importTicksCsv(importRequest, sink);
        const qint64 ms = std::max<qint64>(1, timer.elapsed());
        std::printf("import  %llu rows from CSV (%s, %d rows/statement): %lld ms (%.0f rows/s), %llu inserted%s\n",
                    imported.rows, what, batchRows, ms, double(imported.rows) * 1000.0 / double(ms),
                    imported.insertedTicks,
                    imported.ok ? "" : qPrintable(QStringLiteral(" (failed: %1)").arg(imported.error)));
        sink.close();
        return true;
    };
    if (!rowByRowPath.isEmpty() && !import(rowByRowPath, 1, "new"))
        return 1;
    const int batchRows = ImportRequest{}.batchRows;
    if (!import(importPath, batchRows, "new") || !import(importPath, batchRows, "again"))
        return 1;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 1'000'000;
    const int maxPoints = args.size() > 2 ? args.at(2).toInt() : 2000;

    QTemporaryDir dir;
    if (bench("sqlite", dir.filePath(QStringLiteral("bench.sqlite")), dir.filePath(QStringLiteral("imported.sqlite")),
              {}, count, maxPoints)
        != 0)
        return 1;
    if (test::PostgresServer::binDir().isEmpty()) {
        std::printf("-- postgresql: skipped, %s\n", test::PostgresServer::SkipMessage);
        return 0;
    }
    test::PostgresServer server;
    if (!server.start() || !server.createDatabase(QStringLiteral("bench"))
        || !server.createDatabase(QStringLiteral("imported")) || !server.createDatabase(QStringLiteral("rowbyrow"))) {
        std::printf("-- postgresql: %s\n", qPrintable(server.errorMessage()));
        return 1;
    }
    return bench("postgresql", server.url(QStringLiteral("bench")), server.url(QStringLiteral("imported")),
                 server.url(QStringLiteral("rowbyrow")), count, maxPoints);
}
