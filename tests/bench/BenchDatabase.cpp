#include "BenchDatabase.h"

#include "BenchSupport.h"
#include "BenchTicks.h"
#include "RawTickWriter.h"
#include "Schema.h"
#include "StoreConnection.h"
#include "StoreBench.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <cstdio>

namespace tickerline::bench {

std::optional<BenchDatabase> BenchDatabase::prepare(const QString &dir, qint64 ticks)
{
    if (!QDir().mkpath(dir))
        return std::nullopt;
    BenchDatabase db;
    db.ticks = ticks;
    db.path = QDir(dir).filePath(QStringLiteral("bench-%1ticks-schema%2.sqlite").arg(ticks).arg(latestSchemaVersion()));
    const QString marker = db.path + QStringLiteral(".complete");
    QFile markerFile(marker);
    if (markerFile.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> span = markerFile.readAll().trimmed().split(' ');
        if (span.size() == 2) {
            db.firstMs = span.at(0).toLongLong();
            db.lastMs = span.at(1).toLongLong();
            return db;
        }
    }

    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(db.path + suffix);
    std::printf("# making %s (%lld ticks; kept for later runs)\n", qPrintable(db.path), ticks);
    std::fflush(stdout);
    const double start = wallMs();
    db.lastMs = QDateTime::currentMSecsSinceEpoch();
    db.firstMs = db.lastMs - (ticks - 1) * BenchTicks::SpacingMs;
    if (!createTickerlineDatabase(db.path))
        return std::nullopt;
    BenchTicks source(QString::fromUtf16(Symbol), QStringLiteral("finnhub"), db.firstMs);
    {
        RawTickWriter writer;
        bool ok = writer.open(db.path) && writer.begin();
        for (qint64 done = 0; ok && done < ticks; done += 100'000)
            ok = writer.write(source.next(std::min<qint64>(100'000, ticks - done)));
        if (!ok || !writer.commit()) {
            std::printf("# cannot fill %s: %s\n", qPrintable(db.path), qPrintable(writer.error()));
            return std::nullopt;
        }
    }
    {
        // The raw writer fills ticks only; the store keeps rollups with
        // them, so build them as the schema migration does for old files.
        StoreConnection connection;
        QString error;
        if (!connection.open(db.path, StoreConnection::Mode::Write) || !rebuildRollups(connection, &error)) {
            std::printf("# cannot build the rollups of %s: %s\n", qPrintable(db.path),
                        qPrintable(error.isEmpty() ? connection.errorMessage() : error));
            return std::nullopt;
        }
        std::printf("# rollups built after %.1f s\n", (wallMs() - start) / 1000.0);
    }
    if (!markerFile.open(QIODevice::WriteOnly))
        return std::nullopt;
    markerFile.write(QByteArray::number(db.firstMs) + ' ' + QByteArray::number(db.lastMs) + '\n');
    std::printf("# made in %.1f s\n", (wallMs() - start) / 1000.0);
    return db;
}

} // namespace tickerline::bench
