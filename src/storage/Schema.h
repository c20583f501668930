#pragma once

#include <QString>

#include <optional>

class QSqlDatabase;

namespace tickerline {

class StoreConnection;

// The schema is versioned with PRAGMA user_version and built by an ordered
// list of migration steps (Schema.cpp; PostgresSchema.cpp for PostgreSQL).
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

// Brings the database up to latestSchemaVersion(): a file that already holds
// tables is first copied to <file>.v<N>.bak (N its old version), then all
// steps run in one transaction. A database written by a newer build is
// refused untouched rather than half-understood.
[[nodiscard]] MigrationResult migrateSchema(StoreConnection &connection);

// Readers that never migrate (the CSV exporter) accept versions 1..latest:
// steps only add tables and indexes, so older files stay readable.
// Returns an error message, or nullopt when the file is readable.
[[nodiscard]] std::optional<QString> checkReadableSchema(const QSqlDatabase &db);

} // namespace tickerline
