#include "StoreDialect.h"

#include "SqlDialects.h"

#include <QSqlDatabase>

namespace tickerline {

TickInserter::~TickInserter() = default;

StoreDialect::~StoreDialect() = default;

const StoreDialect &StoreDialect::of(StoreBackend backend)
{
    static const std::unique_ptr<StoreDialect> sqlite = makeSqliteDialect();
    static const std::unique_ptr<StoreDialect> postgres = makePostgresDialect();
    return backend == StoreBackend::Postgres ? *postgres : *sqlite;
}

const StoreDialect &StoreDialect::of(const QSqlDatabase &db)
{
    return of(db.driverName() == QLatin1String("QPSQL") ? StoreBackend::Postgres : StoreBackend::Sqlite);
}

} // namespace tickerline
