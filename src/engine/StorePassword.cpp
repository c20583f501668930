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
    // The local socket keeps the name an empty host had when it meant TCP to
    // localhost, so passwords saved then are still found.
    const QString host = target.host.isEmpty() ? QStringLiteral("localhost") : target.host;
    return QStringLiteral("%1@%2:%3/%4").arg(target.user, host).arg(target.port).arg(target.database);
}

} // namespace tickerline
