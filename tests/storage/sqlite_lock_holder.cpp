// Test helper: another process holding a SQLite database's write lock.
//   sqlite_lock_holder FILE
// takes the lock, prints "locked", waits for a line on stdin, then commits,
// prints "released" and exits.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (app.arguments().size() != 2) {
        err << "usage: sqlite_lock_holder FILE" << Qt::endl;
        return 2;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        db.setDatabaseName(app.arguments().at(1));
        QSqlQuery query(db);
        if (!db.open() || !query.exec(QStringLiteral("BEGIN EXCLUSIVE"))) {
            err << "cannot lock: " << query.lastError().text() << db.lastError().text() << Qt::endl;
            return 1;
        }
        out << "locked" << Qt::endl;
        QTextStream(stdin).readLine();
        if (!query.exec(QStringLiteral("COMMIT"))) {
            err << "cannot commit: " << query.lastError().text() << Qt::endl;
            return 1;
        }
        out << "released" << Qt::endl;
    }
    QSqlDatabase::removeDatabase(QLatin1String(QSqlDatabase::defaultConnection));
    return 0;
}
