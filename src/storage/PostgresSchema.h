#pragma once

#include "Schema.h"

namespace tickerline {

// The PostgreSQL twin of Schema.cpp's steps: the same tables, keys and
// versions, in PostgreSQL types, versioned in the tickerline_schema table
// (PostgreSQL has no user_version). Used through migrateSchema() and
// readSchemaVersion(), which dispatch on the connection's backend.
[[nodiscard]] MigrationResult migratePostgresSchema(StoreConnection &connection);
[[nodiscard]] std::optional<int> readPostgresSchemaVersion(const QSqlDatabase &db);

} // namespace tickerline
