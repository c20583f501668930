#pragma once

#include "StoreLocation.h"
#include "Tick.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace tickerline {

class RollupAccumulator;
class StoreConnection;
struct MigrationStep;

// A tick with its series resolved, as the writer hands it to a dialect.
struct SeriesTick
{
    qint64 series = 0;
    const Tick *tick = nullptr;
};

// A CSV row with its series resolved (StoreWriter::insertImported has the rule).
struct SeriesImport
{
    qint64 series = 0;
    const QString *symbol = nullptr;
    qint64 timeMs = 0;
    double price = 0;
    double size = 0;
    quint32 occurrence = 0;
};

struct InsertCounts
{
    quint64 inserted = 0;
    quint64 duplicates = 0;
    // When set, insertTicks() appends the index of every tick it inserted
    // (the stream log's need). Only SQLite's inserter keeps it.
    QList<qsizetype> *insertedIndexes = nullptr;
};

// A dialect's bulk path for tick rows, made once per writer and kept across
// batches (its statements are prepared once). Every tick it inserts goes into
// the rollups; duplicates (keys, sequence index) are skipped row by row. Runs
// inside the writer's transaction; must be destroyed before the connection.
class TickInserter
{
public:
    virtual ~TickInserter();
    [[nodiscard]] virtual bool insertTicks(const QList<SeriesTick> &ticks, RollupAccumulator &rollups,
                                           InsertCounts &counts) = 0;
    [[nodiscard]] virtual bool insertImported(const QList<SeriesImport> &rows, qint64 nowMs,
                                              RollupAccumulator &rollups, InsertCounts &counts) = 0;
    // Called in the transaction after the ticks: PostgreSQL tells viewers
    // (delivered at COMMIT); SQLite has no one to tell.
    [[nodiscard]] virtual bool announce(const TickBatch &ticks) = 0;
    [[nodiscard]] const QString &errorMessage() const { return m_error; }

protected:
    QString m_error;
};

// The writer's statements whose text differs between dialects (the others
// are standard SQL, in StoreWriter.cpp). Every value is a bound placeholder.
struct WriterStatements
{
    QString begin;          // start a write transaction
    QString insertSeries;   // (provider, symbol); a row that exists is left alone
};

// Everything that differs between SQLite and PostgreSQL, chosen once when a
// connection opens (StoreConnection::dialect()): schema versioning and the
// upgrade's locking, the writer's statements and bulk path, size caps and
// whether other processes' commits can be followed. Code above it never
// asks which database it talks to.
class StoreDialect
{
public:
    virtual ~StoreDialect();

    [[nodiscard]] static const StoreDialect &of(StoreBackend backend);
    // For code holding only a QSqlDatabase (readers): by its driver.
    [[nodiscard]] static const StoreDialect &of(const QSqlDatabase &db);

    // Schema (Migrations.cpp runs the steps).
    [[nodiscard]] virtual const QStringList &statementsOf(const MigrationStep &step) const = 0;
    // 0 for an empty database; nullopt when it cannot be read.
    [[nodiscard]] virtual std::optional<int> readVersion(const QSqlDatabase &db) const = 0;
    // Before an upgrade: a copy to go back to. The path written, empty when
    // none is needed; nullopt on failure (error says why).
    [[nodiscard]] virtual std::optional<QString> backUp(StoreConnection &connection, int version,
                                                        QString &error) const = 0;
    // Starts the upgrade's transaction holding what keeps other processes
    // from migrating at the same time.
    [[nodiscard]] virtual bool beginUpgrade(StoreConnection &connection) const = 0;
    [[nodiscard]] virtual bool writeVersion(StoreConnection &connection, int version) const = 0;

    // Writing.
    [[nodiscard]] virtual const WriterStatements &writerStatements() const = 0;
    // After insertSeries ran: the new row's id, nullopt when it existed already.
    [[nodiscard]] virtual std::optional<qint64> insertedSeriesId(QSqlQuery &insertSeries) const = 0;
    [[nodiscard]] virtual std::unique_ptr<TickInserter> makeTickInserter(StoreConnection &connection) const = 0;
    // The seq key column of a tick. A provider sequence is the tick's identity;
    // without one the tick's occurrence among identical prints of its message
    // goes below the "none" value, where the CSV import numbers identical rows
    // too: the n-th identical print is one row, whichever path brought it.
    [[nodiscard]] virtual qint64 storedSequence(const Tick &tick) const = 0;

    // Size cap (TickStore::setMaxDatabaseBytes). The database's own limit
    // at open, to restore when the cap is lifted; 0 where there is none.
    [[nodiscard]] virtual qint64 ownSizeLimit(StoreConnection &connection) const = 0;
    // maxBytes 0: back to ownLimit. False with connection.errorMessage() on failure.
    [[nodiscard]] virtual bool capSize(StoreConnection &connection, qint64 maxBytes, qint64 ownLimit) const = 0;

    // Viewers can follow other processes' commits (PostgresFollower).
    [[nodiscard]] virtual bool canFollow() const = 0;
};

} // namespace tickerline
