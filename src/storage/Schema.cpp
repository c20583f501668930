#include "Schema.h"

#include "PostgresSchema.h"
#include "RollupAccumulator.h"
#include "StoreConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace tickerline {

namespace {

struct Migration
{
    int version;
    QStringList statements;
};

// Append-only: a step that has shipped never changes, since files in the wild
// already carry its version; new needs get a new step at the end.
// Version 1 is the tick store; version 2 adds instrument facts and backfilled
// bars; version 3 adds the per-series rollups (RollupAccumulator.h), built
// from the ticks already stored; version 4 makes a tick row ~6 bytes smaller
// (37 → 31 on disk): the receive time is kept as its distance from the
// exchange time (a few milliseconds: one byte instead of six), and seq moves
// up by one so that the common "no sequence" is 0, which SQLite stores in no
// bytes at all (a provider's sequence s is s + 1; identical CSV rows are
// numbered 0, -1, -2, …).
const QList<Migration> &migrations()
{
    static const QList<Migration> steps{
        {1, {
            // Ticks refer to a small integer instead of repeating provider and
            // symbol text in every row.
            QStringLiteral("CREATE TABLE series ("
                           " id INTEGER PRIMARY KEY,"
                           " provider TEXT NOT NULL,"
                           " symbol TEXT NOT NULL,"
                           " UNIQUE (provider, symbol))"),
            QStringLiteral("CREATE INDEX series_by_symbol ON series (symbol)"),
            // Exactly once, and compact: the table is clustered on its key, so
            // one b-tree both enforces uniqueness of a trade without sequence
            // (series, time, price, size) and serves time-range queries, with
            // no rowid and no second copy of the columns in an index.
            // seq is -1 when the provider has none (key columns cannot be NULL);
            // CSV imports number identical rows -1, -2, … (StoreWriter::insertImported).
            // (Version 4 shifts all of it up by one.)
            QStringLiteral("CREATE TABLE ticks ("
                           " series INTEGER NOT NULL REFERENCES series (id),"
                           " time_ms INTEGER NOT NULL,"
                           " price REAL NOT NULL,"
                           " size REAL NOT NULL,"
                           " seq INTEGER NOT NULL,"
                           " received_ms INTEGER NOT NULL,"
                           " PRIMARY KEY (series, time_ms, price, size, seq)) WITHOUT ROWID"),
            // A tick with a sequence is unique on it alone, whatever its trade.
            QStringLiteral("CREATE UNIQUE INDEX ticks_unique_seq ON ticks (series, seq) WHERE seq >= 0"),
        }},
        {2, {
            QStringLiteral("CREATE TABLE instruments ("
                           " provider TEXT NOT NULL,"
                           " symbol TEXT NOT NULL,"
                           " name TEXT,"
                           " currency TEXT,"
                           " exchange TEXT,"
                           " week52_high REAL,"
                           " week52_low REAL,"
                           " previous_close REAL,"
                           " logo BLOB,"
                           " logo_mime TEXT,"
                           " logo_url TEXT,"
                           " updated_ms INTEGER NOT NULL,"
                           " PRIMARY KEY (provider, symbol))"),
            // Unique on (series, interval_ms, time_ms) in an order that also
            // serves time-range queries across intervals.
            QStringLiteral("CREATE TABLE bars ("
                           " series INTEGER NOT NULL REFERENCES series (id),"
                           " time_ms INTEGER NOT NULL,"
                           " interval_ms INTEGER NOT NULL,"
                           " open REAL NOT NULL,"
                           " high REAL NOT NULL,"
                           " low REAL NOT NULL,"
                           " close REAL NOT NULL,"
                           " volume REAL NOT NULL,"
                           " PRIMARY KEY (series, time_ms, interval_ms)) WITHOUT ROWID"),
        }},
        {3, QStringList{
            // One row per series, resolution and bucket start; clustered so
            // that a range of one resolution is one index range scan.
            QStringLiteral("CREATE TABLE rollups ("
                           " series INTEGER NOT NULL REFERENCES series (id),"
                           " resolution_ms INTEGER NOT NULL,"
                           " time_ms INTEGER NOT NULL,"
                           " first_ms INTEGER NOT NULL,"
                           " last_ms INTEGER NOT NULL,"
                           " low_ms INTEGER NOT NULL,"
                           " high_ms INTEGER NOT NULL,"
                           " open REAL NOT NULL,"
                           " high REAL NOT NULL,"
                           " low REAL NOT NULL,"
                           " close REAL NOT NULL,"
                           " volume REAL NOT NULL,"
                           " ticks INTEGER NOT NULL,"
                           " PRIMARY KEY (series, resolution_ms, time_ms)) WITHOUT ROWID"),
        } + rollupBuildStatements()},
        {4, {
            QStringLiteral("CREATE TABLE ticks_v4 ("
                           " series INTEGER NOT NULL REFERENCES series (id),"
                           " time_ms INTEGER NOT NULL,"
                           " price REAL NOT NULL,"
                           " size REAL NOT NULL,"
                           " seq INTEGER NOT NULL,"
                           " received_after_ms INTEGER NOT NULL,"   // received time − time_ms
                           " PRIMARY KEY (series, time_ms, price, size, seq)) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO ticks_v4 (series, time_ms, price, size, seq, received_after_ms)"
                           " SELECT series, time_ms, price, size, seq + 1, received_ms - time_ms FROM ticks"),
            QStringLiteral("DROP TABLE ticks"),
            QStringLiteral("ALTER TABLE ticks_v4 RENAME TO ticks"),
            QStringLiteral("CREATE UNIQUE INDEX ticks_unique_seq ON ticks (series, seq) WHERE seq > 0"),
        }},
    };
    return steps;
}

QString newerVersionMessage(int found)
{
    return QStringLiteral("it was written by a newer Tickerline (schema version %1; this build knows up to %2)")
        .arg(found)
        .arg(latestSchemaVersion());
}

bool hasSchemaObjects(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next()
           && query.value(0).toInt() > 0;
}

// <file>.v<N>.bak, or <file>.v<N>.<K>.bak when that exists: an older backup
// is never overwritten. Returns the path written, empty on failure.
QString backUp(StoreConnection &connection, int version, QString *error)
{
    const QString base = connection.path() + QStringLiteral(".v%1").arg(version);
    QString path = base + QStringLiteral(".bak");
    for (int k = 2; QFileInfo::exists(path); ++k)
        path = base + QStringLiteral(".%1.bak").arg(k);
    // VACUUM INTO writes a consistent copy, WAL content included, and takes
    // the target as a bound value.
    QSqlQuery vacuum(connection.database());
    if (vacuum.prepare(QStringLiteral("VACUUM INTO ?"))) {
        vacuum.addBindValue(path);
        if (vacuum.exec())
            return path;
    }
    *error = vacuum.lastError().text();
    QFile::remove(path);   // a partial copy is no backup
    return {};
}

} // namespace

QStringList rollupBuildStatements()
{
    // Standard SQL that SQLite and PostgreSQL both run. Open and close come
    // from window functions over each bucket in (time, sequence) order, the
    // times of the extremes from the earliest tick at each; the coarser
    // resolutions fold the finest one the same way. The resolutions are
    // constants of this build (RollupAccumulator.h), never data.
    const qint64 finest = kRollupResolutionsMs.front();
    const auto bucket = [](qint64 resolution) {
        return QStringLiteral("time_ms - (((time_ms % %1) + %1) % %1)").arg(resolution);
    };
    const QString columns = QStringLiteral(
        "INSERT INTO rollups (series, resolution_ms, time_ms, first_ms, last_ms, low_ms, high_ms, open, high, low,"
        " close, volume, ticks)");
    const QString frame = QStringLiteral(" ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)");
    QStringList statements;
    statements << columns
                      + QStringLiteral(
                          " SELECT series, %1, bucket, min(time_ms), max(time_ms), min(lo), min(hi), min(o), max(price),"
                          " min(price), min(c), sum(size), count(*)"
                          " FROM (SELECT series, %2 AS bucket, time_ms, price, size,"
                          "  first_value(price) OVER w AS o, last_value(price) OVER w AS c,"
                          "  first_value(time_ms) OVER wl AS lo, first_value(time_ms) OVER wh AS hi"
                          "  FROM ticks"
                          "  WINDOW w AS (PARTITION BY series, %2 ORDER BY time_ms, seq%3,"
                          "  wl AS (PARTITION BY series, %2 ORDER BY price, time_ms%3,"
                          "  wh AS (PARTITION BY series, %2 ORDER BY price DESC, time_ms%3) x"
                          " GROUP BY series, bucket")
                          .arg(finest)
                          .arg(bucket(finest), frame);
    for (const qint64 resolution : kRollupResolutionsMs) {
        if (resolution == finest)
            continue;
        statements << columns
                          + QStringLiteral(
                              " SELECT series, %1, bucket, min(first_ms), max(last_ms), min(lo), min(hi), min(o),"
                              " max(high), min(low), min(c), sum(volume), sum(ticks)"
                              " FROM (SELECT series, %2 AS bucket, first_ms, last_ms, high, low, volume, ticks,"
                              "  first_value(open) OVER w AS o, last_value(close) OVER w AS c,"
                              "  first_value(low_ms) OVER wl AS lo, first_value(high_ms) OVER wh AS hi"
                              "  FROM rollups WHERE resolution_ms = %4"
                              "  WINDOW w AS (PARTITION BY series, %2 ORDER BY time_ms%3,"
                              "  wl AS (PARTITION BY series, %2 ORDER BY low, low_ms%3,"
                              "  wh AS (PARTITION BY series, %2 ORDER BY high DESC, high_ms%3) x"
                              " GROUP BY series, bucket")
                              .arg(resolution)
                              .arg(bucket(resolution), frame)
                              .arg(finest);
    }
    return statements;
}

bool rebuildRollups(StoreConnection &connection, QString *error)
{
    QStringList statements{QStringLiteral("BEGIN"), QStringLiteral("DELETE FROM rollups")};
    statements << rollupBuildStatements() << QStringLiteral("COMMIT");
    for (const QString &statement : std::as_const(statements)) {
        if (!connection.exec(statement)) {
            if (error)
                *error = connection.errorMessage();
            (void)connection.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return true;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

std::optional<int> readSchemaVersion(const QSqlDatabase &db)
{
    if (db.driverName() == QLatin1String("QPSQL"))
        return readPostgresSchemaVersion(db);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

MigrationResult migrateSchema(StoreConnection &connection)
{
    if (connection.backend() == StoreBackend::Postgres)
        return migratePostgresSchema(connection);
    MigrationResult result;
    const auto fail = [&](const QString &reason) {
        result.error = QStringLiteral("Cannot open database %1: %2")
                           .arg(QDir::toNativeSeparators(connection.path()), reason);
        return result;
    };

    const std::optional<int> version = readSchemaVersion(connection.database());
    if (!version)
        return fail(QStringLiteral("cannot read its schema version"));
    result.fromVersion = result.toVersion = *version;
    if (*version > latestSchemaVersion())
        return fail(newerVersionMessage(*version));
    if (*version == latestSchemaVersion()) {
        result.ok = true;
        return result;
    }

    // A file that holds anything is copied before it changes, so a user can
    // go back to the build that wrote it. VACUUM cannot run in a transaction.
    QString backupError;
    if (hasSchemaObjects(connection.database())) {
        result.backupPath = backUp(connection, *version, &backupError);
        if (result.backupPath.isEmpty())
            return fail(QStringLiteral("cannot back it up before upgrading it from schema version %1: %2")
                            .arg(*version)
                            .arg(backupError));
    }

    // One transaction for all steps: a failure leaves the file as it was.
    // IMMEDIATE takes the write lock up front so a concurrent writer makes us
    // wait (busy_timeout) instead of failing half-way; the version is read
    // again under that lock in case another process migrated meanwhile.
    if (!connection.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(QStringLiteral("cannot start the upgrade: %1").arg(connection.errorMessage()));
    const int start = readSchemaVersion(connection.database()).value_or(*version);
    if (start > latestSchemaVersion()) {
        (void)connection.exec(QStringLiteral("ROLLBACK"));
        return fail(newerVersionMessage(start));
    }
    bool ok = true;
    int reached = start;
    int attempted = latestSchemaVersion();
    for (const Migration &step : migrations()) {
        if (!ok || step.version <= reached)
            continue;
        for (qsizetype i = 0; ok && i < step.statements.size(); ++i)
            ok = connection.exec(step.statements.at(i));
        if (ok)
            reached = step.version;
        else
            attempted = step.version;
    }
    // PRAGMA takes no bound values; the version is an integer from the table above.
    ok = ok && connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(reached));
    ok = ok && connection.exec(QStringLiteral("COMMIT"));
    if (!ok) {
        const QString reason = connection.errorMessage();
        (void)connection.exec(QStringLiteral("ROLLBACK"));
        return fail(QStringLiteral("schema migration from version %1 to %2 failed: %3")
                        .arg(start)
                        .arg(attempted)
                        .arg(reason));
    }
    result.toVersion = reached;
    result.ok = true;
    return result;
}

std::optional<QString> checkReadableSchema(const QSqlDatabase &db)
{
    const std::optional<int> version = readSchemaVersion(db);
    if (!version)
        return QStringLiteral("cannot read its schema version");
    if (*version < 1)
        return QStringLiteral("it is not a Tickerline database");
    if (*version > latestSchemaVersion())
        return newerVersionMessage(*version);
    return std::nullopt;
}

} // namespace tickerline
