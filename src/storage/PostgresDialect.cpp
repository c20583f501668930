#include "SqlDialects.h"

#include "PostgresFollower.h"
#include "RollupAccumulator.h"
#include "Schema.h"
#include "StoreConnection.h"
#include "StoreDialect.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace tickerline {

namespace {


// A whole batch per statement, as arrays: one round trip per commit instead
// of one per tick. Qt's QPSQL prepares each statement once on the server;
// explicit CASTs give the placeholders the types that PREPARE cannot infer
// from a SELECT list (CAST rather than ::, which Qt's placeholder scanner
// might misread). DO NOTHING with no target: a conflict on the key or on the
// sequence index skips that row only, also between rows of the same batch.
constexpr char16_t kInsertTicks[] =
    u"INSERT INTO ticks (series, time_ms, price, size, seq, received_ms)"
    u" SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS float8[]),"
    u" CAST(? AS float8[]), CAST(? AS bigint[]), CAST(? AS bigint[]))"
    u" ON CONFLICT DO NOTHING RETURNING series, time_ms, price, size";
// StoreWriter::insertImported's rule row by row: a row is new when the
// database held fewer matching ticks than its occurrence before the statement
// (matching rows earlier in the same batch are new too, one per occurrence),
// numbered on from the ones its own series holds.
constexpr char16_t kInsertImported[] =
    u"INSERT INTO ticks (series, time_ms, price, size, seq, received_ms)"
    u" SELECT b.series, b.time_ms, b.price, b.size, -1 - (found.mine + b.occurrence - found.total),"
    u" CAST(? AS bigint)"
    u" FROM unnest(CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS float8[]), CAST(? AS float8[]),"
    u" CAST(? AS bigint[])) AS b (series, time_ms, price, size, occurrence)"
    u" CROSS JOIN LATERAL ("
    u" SELECT count(*) AS total, count(*) FILTER (WHERE t.series = b.series) AS mine"
    u" FROM series own JOIN series s ON s.symbol = own.symbol JOIN ticks t ON t.series = s.id"
    u" WHERE own.id = b.series AND t.time_ms = b.time_ms AND t.price = b.price AND t.size = b.size) AS found"
    u" WHERE b.occurrence >= found.total"
    u" ON CONFLICT DO NOTHING RETURNING series, time_ms, price, size";

// A column of a batch as a PostgreSQL array literal ("{1,2,3}"): numbers
// formatted here, bound as one value and parsed by the server's array
// input, never spliced into SQL.
class ArrayLiteral
{
public:
    void add(qint64 number) { add(QString::number(number)); }
    // Shortest form that reads back to the same double: lossless.
    void add(double number) { add(QString::number(number, 'g', QLocale::FloatingPointShortest)); }
    [[nodiscard]] QString finish() const { return m_text + QLatin1Char('}'); }

private:
    void add(const QString &number)
    {
        m_text += m_text.isEmpty() ? QLatin1Char('{') : QLatin1Char(',');
        m_text += number;
    }
    QString m_text;
};

class PostgresTickInserter final : public TickInserter
{
    Q_DISABLE_COPY_MOVE(PostgresTickInserter)
public:
    explicit PostgresTickInserter(const QSqlDatabase &db) : m_insertTicks(db), m_insertImported(db), m_notify(db) {}

    bool insertTicks(const QList<SeriesTick> &ticks, RollupAccumulator &rollups, InsertCounts &counts) override
    {
        if (ticks.isEmpty())
            return true;
        if (!prepare())
            return false;
        ArrayLiteral series, times, prices, sizes, seqs, received;
        const StoreDialect &dialect = StoreDialect::of(StoreBackend::Postgres);
        for (const SeriesTick &row : ticks) {
            series.add(row.series);
            times.add(row.tick->timeMs);
            prices.add(row.tick->price);
            sizes.add(row.tick->size);
            seqs.add(dialect.storedSequence(*row.tick));
            received.add(row.tick->receivedMs);
        }
        for (const ArrayLiteral *array : {&series, &times, &prices, &sizes, &seqs, &received})
            m_insertTicks.addBindValue(array->finish());
        return execCounting(m_insertTicks, ticks.size(), rollups, counts);
    }

    bool insertImported(const QList<SeriesImport> &rows, qint64 nowMs, RollupAccumulator &rollups,
                        InsertCounts &counts) override
    {
        if (rows.isEmpty())
            return true;
        if (!prepare())
            return false;
        ArrayLiteral series, times, prices, sizes, occurrences;
        for (const SeriesImport &row : rows) {
            series.add(row.series);
            times.add(row.timeMs);
            prices.add(row.price);
            sizes.add(row.size);
            occurrences.add(qint64(row.occurrence));
        }
        m_insertImported.addBindValue(nowMs);
        for (const ArrayLiteral *array : {&series, &times, &prices, &sizes, &occurrences})
            m_insertImported.addBindValue(array->finish());
        return execCounting(m_insertImported, rows.size(), rollups, counts);
    }

    // Sent inside the transaction: PostgreSQL delivers it at COMMIT, so a
    // viewer never hears of ticks it cannot read yet.
    bool announce(const TickBatch &ticks) override
    {
        if (!prepare())
            return false;
        QStringList symbols;
        qsizetype bytes = 0;
        for (const Tick &tick : ticks) {
            if (symbols.contains(tick.symbol))
                continue;
            bytes += tick.symbol.toUtf8().size() + 1;
            if (bytes > kMaxNotifyPayload)
                break;   // a hint only: viewers read every new row anyway
            symbols.append(tick.symbol);
        }
        m_notify.addBindValue(QString::fromUtf16(kTickChannel));
        m_notify.addBindValue(symbols.join(QLatin1Char(',')));
        const bool ok = exec(m_notify);
        m_notify.finish();
        return ok;
    }

private:
    // Once per writer, on the server.
    bool prepare()
    {
        if (m_prepared)
            return true;
        const std::pair<QSqlQuery *, const char16_t *> statements[] = {
            {&m_insertTicks, kInsertTicks},
            {&m_insertImported, kInsertImported},
            {&m_notify, u"SELECT pg_notify(CAST(? AS text), CAST(? AS text))"},
        };
        for (const auto &[query, sql] : statements) {
            if (!query->prepare(QString::fromUtf16(sql))) {
                m_error = query->lastError().text();
                return false;
            }
        }
        m_prepared = true;
        return true;
    }

    bool exec(QSqlQuery &query)
    {
        if (query.exec())
            return true;
        m_error = query.lastError().text();
        return false;
    }

    // Folds the rows the insert RETURNING (series, time_ms, price, size) gave.
    bool execCounting(QSqlQuery &query, qsizetype rows, RollupAccumulator &rollups, InsertCounts &counts)
    {
        if (!exec(query))
            return false;
        quint64 inserted = 0;
        while (query.next()) {
            rollups.add(query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toDouble(),
                        query.value(3).toDouble());
            ++inserted;
        }
        query.finish();
        counts.inserted += inserted;
        counts.duplicates += quint64(rows) - inserted;
        return true;
    }

    bool m_prepared = false;
    QSqlQuery m_insertTicks;
    QSqlQuery m_insertImported;
    QSqlQuery m_notify;
};

class PostgresDialect final : public StoreDialect
{
public:
    const QStringList &statementsOf(const MigrationStep &step) const override { return step.postgres; }

    // PostgreSQL has no user_version: the tickerline_schema table holds it.
    std::optional<int> readVersion(const QSqlDatabase &db) const override
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT to_regclass('tickerline_schema') IS NOT NULL")) || !query.next())
            return std::nullopt;
        if (!query.value(0).toBool())
            return 0;
        if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM tickerline_schema")) || !query.next())
            return std::nullopt;
        return query.value(0).toInt();
    }

    // A server keeps its own backups; DDL is transactional, so all steps
    // land or none.
    std::optional<QString> backUp(StoreConnection &, int, QString &) const override { return QString(); }

    // The advisory lock's key is any constant shared by all Tickerline
    // processes (0x7469636b65726c, "tickerl"): migrations of one database
    // run one after the other, never interleaved.
    bool beginUpgrade(StoreConnection &connection) const override
    {
        return connection.exec(QStringLiteral("BEGIN"))
               && connection.exec(QStringLiteral("SELECT pg_advisory_xact_lock(32766973022925420)"))
               && connection.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS tickerline_schema (version INTEGER NOT NULL)"));
    }

    bool writeVersion(StoreConnection &connection, int version) const override
    {
        return connection.exec(QStringLiteral("DELETE FROM tickerline_schema"))
               && connection.exec(QStringLiteral("INSERT INTO tickerline_schema (version) VALUES (?)"), {version});
    }

    const WriterStatements &writerStatements() const override
    {
        static const WriterStatements statements{
            .begin = QStringLiteral("BEGIN"),
            .insertSeries = QStringLiteral("INSERT INTO series (provider, symbol) VALUES (?, ?)"
                                           " ON CONFLICT DO NOTHING RETURNING id"),
        };
        return statements;
    }

    // QPSQL has no lastInsertId() for a BIGSERIAL: RETURNING gives it.
    std::optional<qint64> insertedSeriesId(QSqlQuery &insertSeries) const override
    {
        if (!insertSeries.next())
            return std::nullopt;
        const qint64 id = insertSeries.value(0).toLongLong();
        insertSeries.finish();
        return id;
    }

    std::unique_ptr<TickInserter> makeTickInserter(StoreConnection &connection) const override
    {
        return std::make_unique<PostgresTickInserter>(connection.database());
    }

    // A provider sequence is itself; identical prints are -1, -2, …
    qint64 storedSequence(const Tick &tick) const override
    {
        return tick.hasSequence() ? tick.sequence : -1 - qint64(tick.occurrence);
    }

    // A server has its own quotas.
    qint64 ownSizeLimit(StoreConnection &) const override { return 0; }
    bool capSize(StoreConnection &, qint64, qint64) const override { return true; }

    bool canFollow() const override { return true; }
};

} // namespace

std::unique_ptr<StoreDialect> makePostgresDialect() { return std::make_unique<PostgresDialect>(); }

} // namespace tickerline
