#include "SqlDialects.h"

#include "RollupAccumulator.h"
#include "Schema.h"
#include "StoreConnection.h"
#include "StoreDialect.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace tickerline {

namespace {

// OR IGNORE: a duplicate (primary key or sequence index) skips that row only.
constexpr char kInsertTick[] = "INSERT OR IGNORE INTO ticks (series, time_ms, price, size, seq, received_after_ms)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
// See StoreWriter::insertImported: the counts decide; the symbol index then
// the ticks key make both a few b-tree seeks.
constexpr char kInsertImported[] =
    "INSERT OR IGNORE INTO ticks (series, time_ms, price, size, seq, received_after_ms)"
    " SELECT ?1, ?2, ?3, ?4, 0 - mine, ?5 FROM ("
    " SELECT count(*) AS total, coalesce(sum(t.series = ?1), 0) AS mine"
    " FROM series s JOIN ticks t ON t.series = s.id"
    " WHERE s.symbol = ?6 AND t.time_ms = ?2 AND t.price = ?3 AND t.size = ?4)"
    " WHERE total <= ?7";

// The bulk path speaks the sqlite3 C API on the connection Qt opened: Qt
// Sql's per-row cost (QVariant binds, a QSqlError per exec) was half of a
// commit's time. Debian's QSQLITE links the system libsqlite3, the one this
// library links too, so the handle is the same library's.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Both statements are prepared once per writer and reset after each row, so
// a batch costs binds and steps only.
class SqliteTickInserter final : public TickInserter
{
    Q_DISABLE_COPY_MOVE(SqliteTickInserter)
public:
    explicit SqliteTickInserter(sqlite3 *db) : m_db(db) {}
    ~SqliteTickInserter() override
    {
        sqlite3_finalize(m_insertTick);
        sqlite3_finalize(m_insertImported);
    }

    bool insertTicks(const QList<SeriesTick> &ticks, RollupAccumulator &rollups, InsertCounts &counts) override
    {
        if (!prepare(m_insertTick, kInsertTick))
            return false;
        const StoreDialect &dialect = StoreDialect::of(StoreBackend::Sqlite);
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            const SeriesTick &row = ticks.at(i);
            const Tick &tick = *row.tick;
            sqlite3_bind_int64(m_insertTick, 1, row.series);
            sqlite3_bind_int64(m_insertTick, 2, tick.timeMs);
            sqlite3_bind_double(m_insertTick, 3, tick.price);
            sqlite3_bind_double(m_insertTick, 4, tick.size);
            sqlite3_bind_int64(m_insertTick, 5, dialect.storedSequence(tick));
            sqlite3_bind_int64(m_insertTick, 6, tick.receivedMs - tick.timeMs);
            if (!step(m_insertTick))
                return false;
            if (sqlite3_changes(m_db) > 0) {
                ++counts.inserted;
                if (counts.insertedIndexes)
                    counts.insertedIndexes->append(i);
                rollups.add(row.series, tick.timeMs, tick.price, tick.size);
            } else {
                ++counts.duplicates;
            }
        }
        return true;
    }

    bool insertImported(const QList<SeriesImport> &rows, qint64 nowMs, RollupAccumulator &rollups,
                        InsertCounts &counts) override
    {
        if (!prepare(m_insertImported, kInsertImported))
            return false;
        for (const SeriesImport &row : rows) {
            sqlite3_bind_int64(m_insertImported, 1, row.series);
            sqlite3_bind_int64(m_insertImported, 2, row.timeMs);
            sqlite3_bind_double(m_insertImported, 3, row.price);
            sqlite3_bind_double(m_insertImported, 4, row.size);
            sqlite3_bind_int64(m_insertImported, 5, nowMs - row.timeMs);
            // UTF-16 as Qt binds it, so the symbol compares the same way.
            sqlite3_bind_text16(m_insertImported, 6, row.symbol->utf16(), int(row.symbol->size() * 2), SQLITE_STATIC);
            sqlite3_bind_int64(m_insertImported, 7, qint64(row.occurrence));
            if (!step(m_insertImported))
                return false;
            if (sqlite3_changes(m_db) > 0) {
                ++counts.inserted;
                rollups.add(row.series, row.timeMs, row.price, row.size);
            } else {
                ++counts.duplicates;
            }
        }
        return true;
    }

    bool announce(const TickBatch &) override { return true; }   // no other process listens

private:
    bool prepare(sqlite3_stmt *&statement, const char *sql)
    {
        if (statement)
            return true;
        if (!m_db) {
            m_error = QStringLiteral("the Qt SQLite driver gave no sqlite3 handle");
            return false;
        }
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) == SQLITE_OK)
            return true;
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }

    bool step(sqlite3_stmt *statement)
    {
        const int rc = sqlite3_step(statement);
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        // Also releases what the row bound (the symbol's text).
        sqlite3_reset(statement);
        return rc == SQLITE_DONE;
    }

    sqlite3 *const m_db;
    sqlite3_stmt *m_insertTick = nullptr;
    sqlite3_stmt *m_insertImported = nullptr;
};

class SqliteDialect final : public StoreDialect
{
public:
    std::optional<int> readVersion(const QSqlDatabase &db) const override
    {
        QSqlQuery query(db);
        const bool read = query.exec(QStringLiteral("PRAGMA user_version")) && query.next();
        return read ? std::optional(query.value(0).toInt()) : std::nullopt;
    }

    const QStringList &statementsOf(const MigrationStep &step) const override { return step.sqlite; }

    // A file that holds anything is copied to <file>.v<N>.bak, or
    // <file>.v<N>.<K>.bak when that exists: an older backup is never overwritten.
    std::optional<QString> backUp(StoreConnection &connection, int version, QString &error) const override
    {
        if (connection.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt() == 0)
            return QString();
        const QString base = connection.path() + QStringLiteral(".v%1").arg(version);
        QString path = base + QStringLiteral(".bak");
        for (int k = 2; QFileInfo::exists(path); ++k)
            path = base + QStringLiteral(".%1.bak").arg(k);
        // VACUUM INTO writes a consistent copy, WAL content included, and
        // takes the target as a bound value; it cannot run in a transaction.
        QSqlQuery vacuum(connection.database());
        if (vacuum.prepare(QStringLiteral("VACUUM INTO ?"))) {
            vacuum.addBindValue(path);
            if (vacuum.exec())
                return path;
        }
        error = vacuum.lastError().text();
        QFile::remove(path);   // a partial copy is no backup
        return std::nullopt;
    }

    // IMMEDIATE takes the write lock up front, so a concurrent writer makes
    // us wait (busy_timeout) instead of failing half-way.
    bool beginUpgrade(StoreConnection &connection) const override
    {
        return connection.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }

    bool writeVersion(StoreConnection &connection, int version) const override
    {
        // PRAGMA takes no bound values; the version is an integer of the step list.
        return connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    }

    const WriterStatements &writerStatements() const override
    {
        // IMMEDIATE: take the write lock first, so busy_timeout applies
        // instead of failing at the first INSERT after a read.
        static const WriterStatements statements{
            .begin = QStringLiteral("BEGIN IMMEDIATE"),
            .insertSeries = QStringLiteral("INSERT OR IGNORE INTO series (provider, symbol) VALUES (?, ?)"),
        };
        return statements;
    }

    std::optional<qint64> insertedSeriesId(QSqlQuery &insertSeries) const override
    {
        if (insertSeries.numRowsAffected() != 1)
            return std::nullopt;
        return insertSeries.lastInsertId().toLongLong();
    }

    std::unique_ptr<TickInserter> makeTickInserter(StoreConnection &connection) const override
    {
        return std::make_unique<SqliteTickInserter>(handleOf(connection.database()));
    }

    // A provider sequence s is s + 1, so that the common "none" is 0 (stored
    // in no bytes); identical prints are 0, -1, -2, …
    qint64 storedSequence(const Tick &tick) const override
    {
        return tick.hasSequence() ? tick.sequence + 1 : -qint64(tick.occurrence);
    }

    qint64 ownSizeLimit(StoreConnection &connection) const override
    {
        return connection.scalar(QStringLiteral("PRAGMA max_page_count")).toLongLong();
    }

    // In pages (max_page_count, never below the file's current size): past
    // it writes fail as on a full disk.
    bool capSize(StoreConnection &connection, qint64 maxBytes, qint64 ownLimit) const override
    {
        if (maxBytes <= 0 && ownLimit <= 0)
            return true;
        const qint64 pageSize = std::max<qint64>(512, connection.scalar(QStringLiteral("PRAGMA page_size")).toLongLong());
        const qint64 pages = maxBytes > 0 ? std::max<qint64>(1, maxBytes / pageSize) : ownLimit;
        // PRAGMAs take no bound values; the count is a number computed here.
        return connection.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
    }

    bool canFollow() const override { return false; }
};

} // namespace

std::unique_ptr<StoreDialect> makeSqliteDialect() { return std::make_unique<SqliteDialect>(); }

} // namespace tickerline
