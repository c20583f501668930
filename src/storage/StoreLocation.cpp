#include "StoreLocation.h"

#include <QUrl>

namespace tickerline {

StoreBackend backendOf(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
                   || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)
               ? StoreBackend::Postgres
               : StoreBackend::Sqlite;
}

QString redactedLocation(const QString &location)
{
    if (!isPostgresLocation(location))
        return location;
    const QUrl url(location, QUrl::TolerantMode);
    if (!url.isValid())
        return QStringLiteral("postgresql://(invalid URL)");
    // Query options may carry a password too (?password=…): drop them all.
    return url.toString(QUrl::RemovePassword | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

PostgresTarget parsePostgresUrl(const QString &location)
{
    PostgresTarget target;
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid()) {
        target.error = QStringLiteral("not a valid postgresql:// URL");
        return target;
    }
    target.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    target.port = url.port(5432);
    target.user = url.userName();
    target.database = url.path().mid(1);
    if (target.database.isEmpty() || target.database.contains(QLatin1Char('/')))
        target.error = QStringLiteral("the URL names no database (postgresql://user@host:port/database)");
    target.password = url.password();
    if (target.password.isEmpty())
        target.password = qEnvironmentVariable("PGPASSWORD");
    return target;
}

} // namespace tickerline
