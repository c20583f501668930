#include "StoreDialect.h"

#include "SqlDialects.h"

#include <QSqlDatabase>

namespace tickerline {

TickInserter::~TickInserter() = default;

StoreDialect::~StoreDialect() = default;

const StoreDialect &StoreDialect::of(StoreBackend backend)
{
    return backend == StoreBackend::Postgres ? postgresDialect() : sqliteDialect();
}

const StoreDialect &StoreDialect::of(const QSqlDatabase &db)
{
    return of(db.driverName() == QLatin1String("QPSQL") ? StoreBackend::Postgres : StoreBackend::Sqlite);
}

} // namespace tickerline
