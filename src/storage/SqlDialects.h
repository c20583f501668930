#pragma once

namespace tickerline {

class StoreDialect;

// The two dialects (SqliteDialect.cpp, PostgresDialect.cpp), reached through
// StoreDialect::of().
[[nodiscard]] const StoreDialect &sqliteDialect();
[[nodiscard]] const StoreDialect &postgresDialect();

} // namespace tickerline
