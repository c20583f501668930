#include "StoreConnection.h"

#include "PostgresConnectError.h"
#include "StoreDialect.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace tickerline {

namespace {

// Long enough to ride out an exporter's read or a checkpoint, short enough
// that a stuck writer shows up as Retrying in the status bar.
constexpr int kBusyTimeoutMs = 5000;

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("tickerline-store-%1").arg(++counter);
}

} // namespace

StoreConnection::StoreConnection() : m_name(uniqueConnectionName()), m_dialect(&StoreDialect::of(m_backend)) {}

StoreConnection::~StoreConnection()
{
    close();
}

bool StoreConnection::open(const QString &location, Mode mode, const QString &password)
{
    close();
    m_backend = backendOf(location);
    m_dialect = &StoreDialect::of(m_backend);
    m_path = redactedLocation(location);
    m_error.clear();
    return m_backend == StoreBackend::Postgres ? openPostgres(location, password) : openSqlite(location, mode);
}

bool StoreConnection::openPostgres(const QString &url, const QString &password)
{
    const PostgresTarget target = parsePostgresUrl(url);
    if (!target.error.isEmpty())
        return fail(target.error);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    if (!m_db.isValid())
        return fail(QStringLiteral("the Qt PostgreSQL driver (QPSQL) is not available"));
    // An empty host is not passed on: libpq then takes PGHOST or its default
    // socket folder, as psql does; a host starting with '/' is a socket folder.
    m_db.setHostName(target.host);
    m_db.setPort(target.port);
    m_db.setUserName(target.user);
    m_db.setPassword(password.isEmpty() ? target.password : password);
    m_db.setDatabaseName(target.database);
    m_db.setConnectOptions(target.connectOptions);
    if (!m_db.open()) {
        // databaseText() is libpq's own account; text() would add Qt's
        // "QPSQL: Unable to connect", which says nothing more.
        return fail(postgresConnectFailure(target, m_db.lastError().databaseText()));
    }
    // Quiet notices; and plans made for each statement's values: a generic
    // plan of the CSV import's duplicate count scanned whole tables.
    for (const QString &setting : {QStringLiteral("SET client_min_messages = warning"),
                                   QStringLiteral("SET plan_cache_mode = force_custom_plan")}) {
        if (!exec(setting))
            return fail(m_error);
    }
    return true;
}

bool StoreConnection::openSqlite(const QString &path, Mode mode)
{
    const QFileInfo file(path);
    if (mode == Mode::ReadExisting && !file.isFile())
        return fail(QStringLiteral("no such database"));
    if (mode == Mode::Write && !QDir().mkpath(file.absolutePath()))
        return fail(QStringLiteral("cannot create folder %1").arg(QDir::toNativeSeparators(file.absolutePath())));

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (!m_db.isValid())
        return fail(QStringLiteral("the Qt SQLite driver (QSQLITE) is not available"));
    m_db.setDatabaseName(path);
    // Read-only never creates the file, even if it vanished since the check above.
    if (mode == Mode::ReadExisting)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_db.open())
        return fail(m_db.lastError().text());

    // The first statements also reveal a file that is not a SQLite database.
    QStringList pragmas{QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
                        QStringLiteral("PRAGMA foreign_keys = ON")};
    if (mode == Mode::Write) {
        // WAL lets exporters and viewers read while the store writes;
        // NORMAL is durable across application crashes, which is what matters here.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = NORMAL");
    } else {
        pragmas << QStringLiteral("SELECT count(*) FROM sqlite_master");
    }
    for (const QString &pragma : std::as_const(pragmas)) {
        if (!exec(pragma))
            return fail(m_error);
    }
    return true;
}

void StoreConnection::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();   // removeDatabase() wants no handle left alive
    QSqlDatabase::removeDatabase(m_name);
}

bool StoreConnection::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    m_error = query.lastError().text();
    return false;
}

bool StoreConnection::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    if (query.prepare(sql)) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec())
            return true;
    }
    m_error = query.lastError().text();
    return false;
}

QVariant StoreConnection::scalar(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql) && query.next())
        return query.value(0);
    m_error = query.lastError().text();
    return {};
}

bool StoreConnection::isAlive()
{
    if (m_backend != StoreBackend::Postgres)
        return true;
    // A round trip: libpq only notices a dead server when it talks to it.
    QSqlQuery probe(m_db);
    return m_db.isOpen() && probe.exec(QStringLiteral("SELECT 1"));
}

bool StoreConnection::fail(const QString &reason)
{
    m_error = QStringLiteral("Cannot open database %1: %2").arg(QDir::toNativeSeparators(m_path), reason);
    close();
    return false;
}

} // namespace tickerline
