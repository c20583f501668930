#include "Schema.h"

#include "RollupAccumulator.h"
#include "StoreConnection.h"
#include "StoreDialect.h"

#include <QDir>
#include <QStringList>

namespace tickerline {

namespace {

// Append-only: a step that has shipped never changes, since databases in the
// wild already carry its version; new needs get a new step at the end. Each
// step carries the same tables, keys and meaning in each dialect's SQL.
// Version 1 is the tick store; version 2 adds instrument facts and backfilled
// bars; version 3 adds the per-series rollups (RollupAccumulator.h), built
// from the ticks already stored; version 4 makes a SQLite tick row ~6 bytes
// smaller (37 → 31 on disk): the receive time is kept as its distance from
// the exchange time (a few milliseconds: one byte instead of six), and seq
// moves up by one so that the common "no sequence" is 0, which SQLite stores
// in no bytes at all (a provider's sequence s is s + 1; identical CSV rows
// are numbered 0, -1, -2, …). A PostgreSQL BIGINT costs the same either way,
// so its version 4 changes nothing.
const QList<MigrationStep> &migrations()
{
    static const QList<MigrationStep> steps{
        {.version = 1,
         // Ticks refer to a small integer instead of repeating provider and
         // symbol text in every row. Exactly once, and compact: the key is
         // (series, time, price, size, seq); seq is -1 (or -n for identical
         // CSV rows) without a provider sequence (key columns cannot be NULL),
         // and a tick with a sequence is unique on it alone, whatever its trade.
         // SQLite clusters the table on its key (no rowid, no second copy of
         // the columns in an index); PostgreSQL numbers rows in insertion
         // order so that viewers can ask for "everything after the last tick
         // I saw" (PostgresFollower).
         .sqlite = {QStringLiteral("CREATE TABLE series ( id INTEGER PRIMARY KEY, provider TEXT NOT NULL,"
                                   " symbol TEXT NOT NULL, UNIQUE (provider, symbol))"),
                    QStringLiteral("CREATE INDEX series_by_symbol ON series (symbol)"),
                    QStringLiteral("CREATE TABLE ticks ( series INTEGER NOT NULL REFERENCES series (id),"
                                   " time_ms INTEGER NOT NULL, price REAL NOT NULL, size REAL NOT NULL,"
                                   " seq INTEGER NOT NULL, received_ms INTEGER NOT NULL,"
                                   " PRIMARY KEY (series, time_ms, price, size, seq)) WITHOUT ROWID"),
                    QStringLiteral("CREATE UNIQUE INDEX ticks_unique_seq ON ticks (series, seq) WHERE seq >= 0")},
         .postgres = {QStringLiteral("CREATE TABLE series ( id BIGSERIAL PRIMARY KEY, provider TEXT NOT NULL,"
                                     " symbol TEXT NOT NULL, UNIQUE (provider, symbol))"),
                      QStringLiteral("CREATE INDEX series_by_symbol ON series (symbol)"),
                      QStringLiteral("CREATE TABLE ticks ( series BIGINT NOT NULL REFERENCES series (id),"
                                     " time_ms BIGINT NOT NULL, price DOUBLE PRECISION NOT NULL,"
                                     " size DOUBLE PRECISION NOT NULL, seq BIGINT NOT NULL, received_ms BIGINT NOT NULL,"
                                     " id BIGINT GENERATED ALWAYS AS IDENTITY,"
                                     " PRIMARY KEY (series, time_ms, price, size, seq))"),
                      QStringLiteral("CREATE UNIQUE INDEX ticks_unique_seq ON ticks (series, seq) WHERE seq >= 0"),
                      QStringLiteral("CREATE INDEX ticks_by_id ON ticks (id)")}},
        {.version = 2,
         // Bars are unique on (series, interval_ms, time_ms) in an order that
         // also serves time-range queries across intervals.
         .sqlite = {QStringLiteral("CREATE TABLE instruments ( provider TEXT NOT NULL, symbol TEXT NOT NULL, name TEXT,"
                                   " currency TEXT, exchange TEXT, week52_high REAL, week52_low REAL,"
                                   " previous_close REAL, logo BLOB, logo_mime TEXT, logo_url TEXT,"
                                   " updated_ms INTEGER NOT NULL, PRIMARY KEY (provider, symbol))"),
                    QStringLiteral("CREATE TABLE bars ( series INTEGER NOT NULL REFERENCES series (id),"
                                   " time_ms INTEGER NOT NULL, interval_ms INTEGER NOT NULL, open REAL NOT NULL,"
                                   " high REAL NOT NULL, low REAL NOT NULL, close REAL NOT NULL, volume REAL NOT NULL,"
                                   " PRIMARY KEY (series, time_ms, interval_ms)) WITHOUT ROWID")},
         .postgres = {QStringLiteral("CREATE TABLE instruments ( provider TEXT NOT NULL, symbol TEXT NOT NULL, name TEXT,"
                                     " currency TEXT, exchange TEXT, week52_high DOUBLE PRECISION,"
                                     " week52_low DOUBLE PRECISION, previous_close DOUBLE PRECISION, logo BYTEA,"
                                     " logo_mime TEXT, logo_url TEXT, updated_ms BIGINT NOT NULL,"
                                     " PRIMARY KEY (provider, symbol))"),
                      QStringLiteral("CREATE TABLE bars ( series BIGINT NOT NULL REFERENCES series (id),"
                                     " time_ms BIGINT NOT NULL, interval_ms BIGINT NOT NULL,"
                                     " open DOUBLE PRECISION NOT NULL, high DOUBLE PRECISION NOT NULL,"
                                     " low DOUBLE PRECISION NOT NULL, close DOUBLE PRECISION NOT NULL,"
                                     " volume DOUBLE PRECISION NOT NULL, PRIMARY KEY (series, time_ms, interval_ms))")}},
        {.version = 3,
         // One row per series, resolution and bucket start; clustered so
         // that a range of one resolution is one index range scan. Filled
         // from the stored ticks by the same standard SQL in both dialects.
         .sqlite = QStringList{QStringLiteral(
                       "CREATE TABLE rollups ( series INTEGER NOT NULL REFERENCES series (id),"
                       " resolution_ms INTEGER NOT NULL, time_ms INTEGER NOT NULL, first_ms INTEGER NOT NULL,"
                       " last_ms INTEGER NOT NULL, low_ms INTEGER NOT NULL, high_ms INTEGER NOT NULL,"
                       " open REAL NOT NULL, high REAL NOT NULL, low REAL NOT NULL, close REAL NOT NULL,"
                       " volume REAL NOT NULL, ticks INTEGER NOT NULL,"
                       " PRIMARY KEY (series, resolution_ms, time_ms)) WITHOUT ROWID")}
                   + rollupBuildStatements(),
         .postgres = QStringList{QStringLiteral(
                         "CREATE TABLE rollups ( series BIGINT NOT NULL REFERENCES series (id),"
                         " resolution_ms BIGINT NOT NULL, time_ms BIGINT NOT NULL, first_ms BIGINT NOT NULL,"
                         " last_ms BIGINT NOT NULL, low_ms BIGINT NOT NULL, high_ms BIGINT NOT NULL,"
                         " open DOUBLE PRECISION NOT NULL, high DOUBLE PRECISION NOT NULL,"
                         " low DOUBLE PRECISION NOT NULL, close DOUBLE PRECISION NOT NULL,"
                         " volume DOUBLE PRECISION NOT NULL, ticks BIGINT NOT NULL,"
                         " PRIMARY KEY (series, resolution_ms, time_ms))")}
                     + rollupBuildStatements()},
        {.version = 4,
         .sqlite = {QStringLiteral("CREATE TABLE ticks_v4 ( series INTEGER NOT NULL REFERENCES series (id),"
                                   " time_ms INTEGER NOT NULL, price REAL NOT NULL, size REAL NOT NULL,"
                                   " seq INTEGER NOT NULL,"
                                   " received_after_ms INTEGER NOT NULL,"   // received time − time_ms
                                   " PRIMARY KEY (series, time_ms, price, size, seq)) WITHOUT ROWID"),
                    QStringLiteral("INSERT INTO ticks_v4 (series, time_ms, price, size, seq, received_after_ms)"
                                   " SELECT series, time_ms, price, size, seq + 1, received_ms - time_ms FROM ticks"),
                    QStringLiteral("DROP TABLE ticks"),
                    QStringLiteral("ALTER TABLE ticks_v4 RENAME TO ticks"),
                    QStringLiteral("CREATE UNIQUE INDEX ticks_unique_seq ON ticks (series, seq) WHERE seq > 0")},
         .postgres = {}},
        {.version = 5,
         // The serving collector's stream log (StreamTypes.h): every tick it
         // committed, numbered in commit order, so that a client can resume
         // "after sequence N" across a restart. Written only while serving,
         // so a plain recording keeps its size; a rowid table, since the
         // number is the order it is read in. IF NOT EXISTS: a file taken
         // back to an older version by hand (tests do) may still hold it.
         .sqlite = {QStringLiteral("CREATE TABLE IF NOT EXISTS stream ( seq INTEGER PRIMARY KEY, series INTEGER NOT NULL"
                                   " REFERENCES series (id), time_ms INTEGER NOT NULL, price REAL NOT NULL,"
                                   " size REAL NOT NULL, sequence INTEGER NOT NULL, occurrence INTEGER NOT NULL,"
                                   " received_ms INTEGER NOT NULL)")},
         .postgres = {QStringLiteral("CREATE TABLE IF NOT EXISTS stream ( seq BIGINT PRIMARY KEY, series BIGINT NOT NULL"
                                     " REFERENCES series (id), time_ms BIGINT NOT NULL, price DOUBLE PRECISION NOT NULL,"
                                     " size DOUBLE PRECISION NOT NULL, sequence BIGINT NOT NULL,"
                                     " occurrence BIGINT NOT NULL, received_ms BIGINT NOT NULL)")}},
    };
    return steps;
}

QString newerVersionMessage(int found)
{
    return QStringLiteral("it was written by a newer Tickerline (schema version %1; this build knows up to %2)")
        .arg(found)
        .arg(latestSchemaVersion());
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
    return StoreDialect::of(db).readVersion(db);
}

MigrationResult migrateSchema(StoreConnection &connection)
{
    const StoreDialect &dialect = connection.dialect();
    MigrationResult result;
    const auto fail = [&](const QString &reason) {
        result.error = QStringLiteral("Cannot open database %1: %2")
                           .arg(QDir::toNativeSeparators(connection.path()), reason);
        return result;
    };

    const std::optional<int> version = dialect.readVersion(connection.database());
    if (!version)
        return fail(QStringLiteral("cannot read its schema version"));
    result.fromVersion = result.toVersion = *version;
    if (*version > latestSchemaVersion())
        return fail(newerVersionMessage(*version));
    if (*version == latestSchemaVersion()) {
        result.ok = true;
        return result;
    }

    // A user can go back to the build that wrote the database (SQLite: a
    // copy of the file; a server keeps its own backups).
    QString backupError;
    const std::optional<QString> backup = dialect.backUp(connection, *version, backupError);
    if (!backup)
        return fail(QStringLiteral("cannot back it up before upgrading it from schema version %1: %2")
                        .arg(*version)
                        .arg(backupError));
    result.backupPath = *backup;

    // One transaction for all steps: a failure leaves the database as it
    // was. The dialect's lock makes a concurrent upgrader wait instead of
    // failing half-way; the version is read again under it in case another
    // process migrated meanwhile.
    if (!dialect.beginUpgrade(connection))
        return fail(QStringLiteral("cannot start the upgrade: %1").arg(connection.errorMessage()));
    const std::optional<int> locked = dialect.readVersion(connection.database());
    const int start = locked.value_or(*version);
    if (start > latestSchemaVersion()) {
        (void)connection.exec(QStringLiteral("ROLLBACK"));
        return fail(newerVersionMessage(start));
    }
    bool ok = locked.has_value();
    int reached = start;
    int attempted = latestSchemaVersion();
    for (const MigrationStep &step : migrations()) {
        if (!ok || step.version <= reached)
            continue;
        const QStringList &statements = dialect.statementsOf(step);
        for (qsizetype i = 0; ok && i < statements.size(); ++i)
            ok = connection.exec(statements.at(i));
        if (ok)
            reached = step.version;
        else
            attempted = step.version;
    }
    ok = ok && (reached == start || dialect.writeVersion(connection, reached));
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
