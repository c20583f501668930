#include "StorePassword.h"

#include "StoreLocation.h"

namespace tickerline {

QString storePasswordEntry(const QString &location)
{
    if (!isPostgresLocation(location))
        return {};
    const PostgresTarget target = parsePostgresUrl(location);
    if (!target.error.isEmpty())
        return {};
    return QStringLiteral("%1@%2:%3/%4").arg(target.user, target.host).arg(target.port).arg(target.database);
}

} // namespace tickerline
