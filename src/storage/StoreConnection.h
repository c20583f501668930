#pragma once

#include "StoreLocation.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace tickerline {

class StoreDialect;

// One named QSqlDatabase connection to a SQLite file or a PostgreSQL
// database (StoreLocation.h), owned by the thread that opens it, removed from
// Qt's registry when this object dies. Every QSqlQuery on it must be
// destroyed before this object. Its StoreDialect is chosen once, at open():
// callers ask the dialect wherever SQLite and PostgreSQL differ.
class StoreConnection final
{
    Q_DISABLE_COPY_MOVE(StoreConnection)
public:
    enum class Mode {
        Write,          // SQLite: create the file (and its folder) if missing; set WAL
        ReadExisting,   // SQLite: never create: a missing file is an error
    };

    StoreConnection();
    ~StoreConnection();

    // On failure returns false and errorMessage() says why, naming the file.
    // password: for a PostgreSQL server (from the keychain); when empty, the
    // URL's or PGPASSWORD's is used. Never part of any message.
    [[nodiscard]] bool open(const QString &location, Mode mode, const QString &password = {});
    void close();

    [[nodiscard]] bool isOpen() const { return m_db.isOpen(); }
    [[nodiscard]] const QSqlDatabase &database() const { return m_db; }
    [[nodiscard]] StoreBackend backend() const { return m_backend; }
    [[nodiscard]] const StoreDialect &dialect() const { return *m_dialect; }
    // The file path, or the URL without its password: safe to show.
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] const QString &errorMessage() const { return m_error; }

    // Runs statements that carry no values (PRAGMAs, DDL, BEGIN/COMMIT).
    [[nodiscard]] bool exec(const QString &sql);
    // Runs a statement with these positional values bound.
    [[nodiscard]] bool exec(const QString &sql, const QVariantList &values);
    // The first column of the first row of such a statement; invalid on error.
    [[nodiscard]] QVariant scalar(const QString &sql);
    // PostgreSQL: false when the server no longer answers (it went away, the
    // network broke), as opposed to a statement that failed. SQLite: true.
    [[nodiscard]] bool isAlive();

private:
    bool openSqlite(const QString &path, Mode mode);
    bool openPostgres(const QString &url, const QString &password);
    bool fail(const QString &reason);

    QString m_name;
    StoreBackend m_backend = StoreBackend::Sqlite;
    const StoreDialect *m_dialect;
    QString m_path;
    QString m_error;
    QSqlDatabase m_db;
};

} // namespace tickerline
