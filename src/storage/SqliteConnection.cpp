#include "SqliteConnection.h"

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
    return QStringLiteral("tickerline-sqlite-%1").arg(++counter);
}

} // namespace

SqliteConnection::SqliteConnection() : m_name(uniqueConnectionName()) {}

SqliteConnection::~SqliteConnection()
{
    close();
}

bool SqliteConnection::open(const QString &path, Mode mode)
{
    close();
    m_path = path;
    m_error.clear();

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

void SqliteConnection::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();   // removeDatabase() wants no handle left alive
    QSqlDatabase::removeDatabase(m_name);
}

bool SqliteConnection::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    m_error = query.lastError().text();
    return false;
}

QVariant SqliteConnection::scalar(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql) && query.next())
        return query.value(0);
    m_error = query.lastError().text();
    return {};
}

bool SqliteConnection::fail(const QString &reason)
{
    m_error = QStringLiteral("Cannot open database %1: %2").arg(QDir::toNativeSeparators(m_path), reason);
    close();
    return false;
}

} // namespace tickerline
