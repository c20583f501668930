#pragma once

#include <QSqlDatabase>
#include <QString>

namespace tickerline {

// One named QSqlDatabase connection to a SQLite file, owned by the thread
// that opens it, removed from Qt's registry when this object dies. Every
// QSqlQuery on it must be destroyed before this object.
class SqliteConnection final
{
    Q_DISABLE_COPY_MOVE(SqliteConnection)
public:
    enum class Mode {
        Write,          // create the file (and its folder) if missing; set WAL
        ReadExisting,   // never create: a missing file is an error
    };

    SqliteConnection();
    ~SqliteConnection();

    // On failure returns false and errorMessage() says why, naming the file.
    [[nodiscard]] bool open(const QString &path, Mode mode);
    void close();

    [[nodiscard]] bool isOpen() const { return m_db.isOpen(); }
    [[nodiscard]] const QSqlDatabase &database() const { return m_db; }
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] const QString &errorMessage() const { return m_error; }

    // Runs statements that carry no values (PRAGMAs, DDL, BEGIN/COMMIT).
    [[nodiscard]] bool exec(const QString &sql);
    // The first column of the first row of such a statement; invalid on error.
    [[nodiscard]] QVariant scalar(const QString &sql);

private:
    bool fail(const QString &reason);

    QString m_name;
    QString m_path;
    QString m_error;
    QSqlDatabase m_db;
};

} // namespace tickerline
