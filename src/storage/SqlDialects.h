#pragma once

#include <memory>

namespace tickerline {

class StoreDialect;

// The two dialects (SqliteDialect.cpp, PostgresDialect.cpp), made once each
// by StoreDialect::of().
[[nodiscard]] std::unique_ptr<StoreDialect> makeSqliteDialect();
[[nodiscard]] std::unique_ptr<StoreDialect> makePostgresDialect();

} // namespace tickerline
