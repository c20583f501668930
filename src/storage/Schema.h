#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace tickerline {

class StoreConnection;

// One step of the ordered list that builds the schema (Schema.cpp): the same
// tables, keys and meaning in each dialect's SQL (StoreDialect::statementsOf).
struct MigrationStep
{
    int version = 0;
    QStringList sqlite;
    QStringList postgres;
};

// The schema is versioned (SQLite: PRAGMA user_version; PostgreSQL: the
// tickerline_schema table) and built by the list of steps.
[[nodiscard]] int latestSchemaVersion();

// PRAGMA user_version (PostgreSQL: tickerline_schema); nullopt when it cannot be read.
[[nodiscard]] std::optional<int> readSchemaVersion(const QSqlDatabase &db);

struct MigrationResult
{
    bool ok = false;
    QString error;          // for the user: names the file and the versions
    int fromVersion = 0;
    int toVersion = 0;
    QString backupPath;     // the copy made before upgrading; empty when none was needed
};

// Brings the database up to latestSchemaVersion(): a SQLite file that already
// holds tables is first copied to <file>.v<N>.bak (N its old version), then
// all steps run in one transaction. A database written by a newer build is
// refused untouched rather than half-understood.
[[nodiscard]] MigrationResult migrateSchema(StoreConnection &connection);

// The statements that fill the empty rollups table from the stored ticks
// (the migration to version 3 runs them), the same for both dialects.
[[nodiscard]] QStringList rollupBuildStatements();

// Empties and rebuilds the rollups from the ticks, in one transaction: for
// files filled behind the store's back (the benchmark's raw writer).
[[nodiscard]] bool rebuildRollups(StoreConnection &connection, QString *error = nullptr);

// Readers that never migrate (the CSV exporter) accept versions 1..latest:
// steps only add tables and indexes, so older files stay readable.
// Returns an error message, or nullopt when the file is readable.
[[nodiscard]] std::optional<QString> checkReadableSchema(const QSqlDatabase &db);

} // namespace tickerline
