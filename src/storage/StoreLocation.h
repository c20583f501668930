#pragma once

#include <QString>

namespace tickerline {

// Where a store lives: a SQLite file path, or a PostgreSQL server named by a
// libpq connection URL, postgresql://[user[:password]@][host][:port]/db[?k=v&…]
// (or postgres://). As with psql: an empty host is the local Unix socket
// (PGHOST, else libpq's default folder, /var/run/postgresql on Debian), a
// host starting with '/' (or ?host=/folder) is a socket folder, and query
// parameters such as sslmode are libpq's. A password never travels in the
// URL's text into logs: every message shows redactedLocation() instead.
enum class StoreBackend {
    Sqlite,
    Postgres,
};

[[nodiscard]] StoreBackend backendOf(const QString &location);
[[nodiscard]] inline bool isPostgresLocation(const QString &location)
{
    return backendOf(location) == StoreBackend::Postgres;
}

// The location without any password (userinfo or ?password=) and without
// query parameters other than the harmless ones (host, port, sslmode, …):
// for StoreStatus::location, logs and the status bar.
[[nodiscard]] QString redactedLocation(const QString &location);

// A location with the password taken out of its text: what may be stored
// (Settings) or shown, and the password that was in it (empty when none).
struct SplitLocation
{
    QString location;
    QString password;
};
[[nodiscard]] SplitLocation splitPassword(const QString &location);

struct PostgresTarget
{
    QString host;       // name or address (TCP); a socket folder ('/…'); empty: libpq's default socket
    int port = 5432;
    QString user;       // empty: libpq's default (PGUSER, else the login name)
    QString password;   // from the URL or PGPASSWORD; never shown
    bool passwordInUrl = false;
    QString database;
    QString connectOptions;   // for QSqlDatabase::setConnectOptions: sslmode, connect_timeout, …
    QString error;      // empty when the URL is usable

    [[nodiscard]] bool viaSocket() const { return host.isEmpty() || host.startsWith(QLatin1Char('/')); }
};

// The parts of a postgresql:// URL; the database must be named (path or
// ?dbname=). Unknown query parameters are an error rather than a surprise.
[[nodiscard]] PostgresTarget parsePostgresUrl(const QString &location);

// "user@host/db" (or "user@socket/db"): short enough for the status bar.
[[nodiscard]] QString shortPostgresName(const QString &location);

} // namespace tickerline
