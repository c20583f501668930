#include "PostgresSchema.h"

#include "StoreConnection.h"

#include <QSqlQuery>
#include <QStringList>

namespace tickerline {

namespace {

struct Migration
{
    int version;
    QStringList statements;
};

// Append-only, step for step like Schema.cpp's list (same version numbers).
const QList<Migration> &migrations()
{
    static const QList<Migration> steps{
        {1, {
            QStringLiteral("CREATE TABLE series ("
                           " id BIGSERIAL PRIMARY KEY,"
                           " provider TEXT NOT NULL,"
                           " symbol TEXT NOT NULL,"
                           " UNIQUE (provider, symbol))"),
            QStringLiteral("CREATE INDEX series_by_symbol ON series (symbol)"),
            // The same key trick as SQLite: seq is -1 (or -n for identical CSV
            // rows) without a provider sequence, unique on (series, seq) with one.
            // id numbers rows in insertion order so that viewers can ask for
            // "everything after the last tick I saw" (PostgresFollower).
            QStringLiteral("CREATE TABLE ticks ("
                           " series BIGINT NOT NULL REFERENCES series (id),"
                           " time_ms BIGINT NOT NULL,"
                           " price DOUBLE PRECISION NOT NULL,"
                           " size DOUBLE PRECISION NOT NULL,"
                           " seq BIGINT NOT NULL,"
                           " received_ms BIGINT NOT NULL,"
                           " id BIGINT GENERATED ALWAYS AS IDENTITY,"
                           " PRIMARY KEY (series, time_ms, price, size, seq))"),
            QStringLiteral("CREATE UNIQUE INDEX ticks_unique_seq ON ticks (series, seq) WHERE seq >= 0"),
            QStringLiteral("CREATE INDEX ticks_by_id ON ticks (id)"),
        }},
        {2, {
            QStringLiteral("CREATE TABLE instruments ("
                           " provider TEXT NOT NULL,"
                           " symbol TEXT NOT NULL,"
                           " name TEXT,"
                           " currency TEXT,"
                           " exchange TEXT,"
                           " week52_high DOUBLE PRECISION,"
                           " week52_low DOUBLE PRECISION,"
                           " previous_close DOUBLE PRECISION,"
                           " logo BYTEA,"
                           " logo_mime TEXT,"
                           " logo_url TEXT,"
                           " updated_ms BIGINT NOT NULL,"
                           " PRIMARY KEY (provider, symbol))"),
            QStringLiteral("CREATE TABLE bars ("
                           " series BIGINT NOT NULL REFERENCES series (id),"
                           " time_ms BIGINT NOT NULL,"
                           " interval_ms BIGINT NOT NULL,"
                           " open DOUBLE PRECISION NOT NULL,"
                           " high DOUBLE PRECISION NOT NULL,"
                           " low DOUBLE PRECISION NOT NULL,"
                           " close DOUBLE PRECISION NOT NULL,"
                           " volume DOUBLE PRECISION NOT NULL,"
                           " PRIMARY KEY (series, time_ms, interval_ms))"),
        }},
        {3, QStringList{
            QStringLiteral("CREATE TABLE rollups ("
                           " series BIGINT NOT NULL REFERENCES series (id),"
                           " resolution_ms BIGINT NOT NULL,"
                           " time_ms BIGINT NOT NULL,"
                           " first_ms BIGINT NOT NULL,"
                           " last_ms BIGINT NOT NULL,"
                           " low_ms BIGINT NOT NULL,"
                           " high_ms BIGINT NOT NULL,"
                           " open DOUBLE PRECISION NOT NULL,"
                           " high DOUBLE PRECISION NOT NULL,"
                           " low DOUBLE PRECISION NOT NULL,"
                           " close DOUBLE PRECISION NOT NULL,"
                           " volume DOUBLE PRECISION NOT NULL,"
                           " ticks BIGINT NOT NULL,"
                           " PRIMARY KEY (series, resolution_ms, time_ms))"),
        } + rollupBuildStatements()},
        // Version 4 changed how SQLite stores the receive time; a BIGINT
        // column here costs the same either way, so nothing changes.
        {4, {}},
    };
    return steps;
}

// Any constant shared by all Tickerline processes: migrations of one database
// run one after the other, never interleaved.
constexpr qint64 kMigrationLockKey = 0x7469636b65726c; // "tickerl"

} // namespace

std::optional<int> readPostgresSchemaVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('tickerline_schema') IS NOT NULL")) || !query.next())
        return std::nullopt;
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM tickerline_schema")) || !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

MigrationResult migratePostgresSchema(StoreConnection &connection)
{
    MigrationResult result;
    const auto fail = [&](const QString &reason) {
        result.error = QStringLiteral("Cannot open database %1: %2").arg(connection.path(), reason);
        return result;
    };
    // DDL is transactional in PostgreSQL: all steps land or none. A server
    // keeps its own backups, so there is no file copy as with SQLite.
    if (!connection.exec(QStringLiteral("BEGIN")))
        return fail(connection.errorMessage());
    QSqlQuery lock(connection.database());
    lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    lock.addBindValue(kMigrationLockKey);
    bool ok = lock.exec() && connection.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS tickerline_schema (version INTEGER NOT NULL)"));
    lock.finish();
    const std::optional<int> version = ok ? readPostgresSchemaVersion(connection.database()) : std::nullopt;
    if (!version) {
        const QString reason = connection.errorMessage();
        (void)connection.exec(QStringLiteral("ROLLBACK"));
        return fail(QStringLiteral("cannot read its schema version: %1").arg(reason));
    }
    result.fromVersion = result.toVersion = *version;
    if (*version > latestSchemaVersion()) {
        (void)connection.exec(QStringLiteral("ROLLBACK"));
        return fail(QStringLiteral("it was written by a newer Tickerline (schema version %1; this build knows up to %2)")
                        .arg(*version)
                        .arg(latestSchemaVersion()));
    }
    int reached = *version;
    for (const Migration &step : migrations()) {
        if (!ok || step.version <= reached)
            continue;
        for (qsizetype i = 0; ok && i < step.statements.size(); ++i)
            ok = connection.exec(step.statements.at(i));
        if (ok)
            reached = step.version;
    }
    if (ok && reached != *version) {
        QSqlQuery record(connection.database());
        ok = connection.exec(QStringLiteral("DELETE FROM tickerline_schema"))
             && record.prepare(QStringLiteral("INSERT INTO tickerline_schema (version) VALUES (?)"));
        if (ok) {
            record.addBindValue(reached);
            ok = record.exec();
        }
    }
    ok = ok && connection.exec(QStringLiteral("COMMIT"));
    if (!ok) {
        const QString reason = connection.errorMessage();
        (void)connection.exec(QStringLiteral("ROLLBACK"));
        return fail(QStringLiteral("schema migration from version %1 failed: %2").arg(*version).arg(reason));
    }
    result.toVersion = reached;
    result.ok = true;
    return result;
}

} // namespace tickerline
