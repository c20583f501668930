#pragma once

#include <QString>

namespace tickerline {

// Where a store lives: a SQLite file path, or a PostgreSQL server named by
// postgresql://user@host:port/db (or postgres://). The password never comes
// from the URL's text into logs: it is taken from PGPASSWORD (or the URL) at
// connect time, and every message shows redactedLocation() instead.
enum class StoreBackend {
    Sqlite,
    Postgres,
};

[[nodiscard]] StoreBackend backendOf(const QString &location);
[[nodiscard]] inline bool isPostgresLocation(const QString &location)
{
    return backendOf(location) == StoreBackend::Postgres;
}

// The location without any password, for StoreStatus::location and logs.
[[nodiscard]] QString redactedLocation(const QString &location);

struct PostgresTarget
{
    QString host;
    int port = 5432;
    QString user;
    QString password;   // from the URL or PGPASSWORD; never shown
    QString database;
    QString error;      // empty when the URL is usable
};

// The parts of a postgresql:// URL; host defaults to localhost, an empty user
// to libpq's default (the login name); the database must be named.
[[nodiscard]] PostgresTarget parsePostgresUrl(const QString &location);

} // namespace tickerline
