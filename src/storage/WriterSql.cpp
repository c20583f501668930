#include "WriterSql.h"

#include <QLocale>

namespace tickerline {

namespace {

// Standard upsert that both backends take. A stored row keeps its open when
// the new part starts later (ties: the earlier insertion), takes the new
// close when it ends at or after it. Right-hand sides see the stored values.
QString upsertRollupSql()
{
    return QStringLiteral(
        "INSERT INTO rollups (series, resolution_ms, time_ms, first_ms, last_ms, low_ms, high_ms, open, high, low, close,"
        " volume, ticks)"
        " VALUES (:series, :resolution, :time, :first, :last, :lowTime, :highTime, :open, :high, :low, :close, :volume,"
        " :ticks)"
        " ON CONFLICT (series, resolution_ms, time_ms) DO UPDATE SET"
        " open = CASE WHEN excluded.first_ms < rollups.first_ms THEN excluded.open ELSE rollups.open END,"
        " first_ms = CASE WHEN excluded.first_ms < rollups.first_ms THEN excluded.first_ms ELSE rollups.first_ms END,"
        " close = CASE WHEN excluded.last_ms >= rollups.last_ms THEN excluded.close ELSE rollups.close END,"
        " last_ms = CASE WHEN excluded.last_ms >= rollups.last_ms THEN excluded.last_ms ELSE rollups.last_ms END,"
        " high_ms = CASE WHEN excluded.high > rollups.high"
        "  OR (excluded.high = rollups.high AND excluded.high_ms < rollups.high_ms)"
        "  THEN excluded.high_ms ELSE rollups.high_ms END,"
        " high = CASE WHEN excluded.high > rollups.high THEN excluded.high ELSE rollups.high END,"
        " low_ms = CASE WHEN excluded.low < rollups.low"
        "  OR (excluded.low = rollups.low AND excluded.low_ms < rollups.low_ms)"
        "  THEN excluded.low_ms ELSE rollups.low_ms END,"
        " low = CASE WHEN excluded.low < rollups.low THEN excluded.low ELSE rollups.low END,"
        " volume = rollups.volume + excluded.volume,"
        " ticks = rollups.ticks + excluded.ticks");
}

WriterSql sqliteSql()
{
    WriterSql sql;
    // IMMEDIATE: take the write lock first, so busy_timeout applies instead of
    // failing at the first INSERT after a read.
    sql.begin = QStringLiteral("BEGIN IMMEDIATE");
    sql.insertSeries = QStringLiteral("INSERT OR IGNORE INTO series (provider, symbol) VALUES (?, ?)");
    sql.selectSeries = QStringLiteral("SELECT id FROM series WHERE provider = ? AND symbol = ?");
    // OR IGNORE: a duplicate (primary key or sequence index) skips that row only.
    // Named placeholders on the hot statements: Qt 6.4 formats a name for
    // every positional bind, which cost a third of the insert time.
    sql.insertTick = QStringLiteral("INSERT OR IGNORE INTO ticks (series, time_ms, price, size, seq, received_after_ms)"
                                    " VALUES (:series, :time, :price, :size, :seq, :receivedAfter)");
    // The counts decide (see insertImported); the symbol index then the
    // ticks key make both a few b-tree seeks.
    sql.insertImported = QStringLiteral(
        "INSERT OR IGNORE INTO ticks (series, time_ms, price, size, seq, received_after_ms)"
        " SELECT :series, :time, :price, :size, 0 - mine, :receivedAfter FROM ("
        " SELECT count(*) AS total, coalesce(sum(t.series = :ownSeries), 0) AS mine"
        " FROM series s JOIN ticks t ON t.series = s.id"
        " WHERE s.symbol = :symbol AND t.time_ms = :matchTime AND t.price = :matchPrice"
        " AND t.size = :matchSize)"
        " WHERE total <= :occurrence");
    sql.upsertBar = QStringLiteral("INSERT INTO bars (series, time_ms, interval_ms, open, high, low, close, volume)"
                                   " VALUES (:series, :time, :interval, :open, :high, :low, :close, :volume)"
                                   " ON CONFLICT (series, time_ms, interval_ms) DO UPDATE SET"
                                   " open = excluded.open, high = excluded.high, low = excluded.low,"
                                   " close = excluded.close, volume = excluded.volume");
    // Facts arrive piecemeal (quote fields, then a logo): keep what the
    // new row does not know. Logo bytes and their type change together.
    sql.upsertInstrument = QStringLiteral(
        "INSERT INTO instruments (provider, symbol, name, currency, exchange, week52_high,"
        " week52_low, previous_close, logo, logo_mime, logo_url, updated_ms)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (provider, symbol) DO UPDATE SET"
        " name = coalesce(excluded.name, name),"
        " currency = coalesce(excluded.currency, currency),"
        " exchange = coalesce(excluded.exchange, exchange),"
        " week52_high = coalesce(excluded.week52_high, week52_high),"
        " week52_low = coalesce(excluded.week52_low, week52_low),"
        " previous_close = coalesce(excluded.previous_close, previous_close),"
        " logo_mime = CASE WHEN excluded.logo IS NULL THEN logo_mime ELSE excluded.logo_mime END,"
        " logo = coalesce(excluded.logo, logo),"
        " logo_url = coalesce(excluded.logo_url, logo_url),"
        " updated_ms = excluded.updated_ms");
    sql.upsertRollup = upsertRollupSql();
    return sql;
}

// Qt's QPSQL prepares each statement once on the server; explicit CASTs give
// the placeholders the types that PREPARE cannot infer from a SELECT list.
// CAST(… AS …) rather than ::, which Qt's placeholder scanner might misread.
WriterSql postgresSql()
{
    WriterSql sql;
    sql.begin = QStringLiteral("BEGIN");
    sql.insertSeries = QStringLiteral("INSERT INTO series (provider, symbol) VALUES (?, ?)"
                                      " ON CONFLICT DO NOTHING RETURNING id");
    sql.selectSeries = QStringLiteral("SELECT id FROM series WHERE provider = ? AND symbol = ?");
    // DO NOTHING with no target: a conflict on the key or on the sequence
    // index skips that row only, also between rows of the same batch.
    sql.insertTick = QStringLiteral(
        "INSERT INTO ticks (series, time_ms, price, size, seq, received_ms)"
        " SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS float8[]),"
        " CAST(? AS float8[]), CAST(? AS bigint[]), CAST(? AS bigint[]))"
        " ON CONFLICT DO NOTHING RETURNING series, time_ms, price, size");
    // A whole CSV batch per statement, with StoreWriter::insertImported's
    // rule row by row: a row is new when the database held fewer matching
    // ticks than its occurrence before the statement (matching rows earlier
    // in the same batch are new too, one per occurrence), numbered on from
    // the ones its own series holds.
    sql.insertImported = QStringLiteral(
        "INSERT INTO ticks (series, time_ms, price, size, seq, received_ms)"
        " SELECT b.series, b.time_ms, b.price, b.size, -1 - (found.mine + b.occurrence - found.total),"
        " CAST(? AS bigint)"
        " FROM unnest(CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS float8[]), CAST(? AS float8[]),"
        " CAST(? AS bigint[])) AS b (series, time_ms, price, size, occurrence)"
        " CROSS JOIN LATERAL ("
        " SELECT count(*) AS total, count(*) FILTER (WHERE t.series = b.series) AS mine"
        " FROM series own JOIN series s ON s.symbol = own.symbol JOIN ticks t ON t.series = s.id"
        " WHERE own.id = b.series AND t.time_ms = b.time_ms AND t.price = b.price AND t.size = b.size) AS found"
        " WHERE b.occurrence >= found.total"
        " ON CONFLICT DO NOTHING RETURNING series, time_ms, price, size");
    sql.upsertBar = sqliteSql().upsertBar;   // standard ON CONFLICT … excluded
    // The stored row is named by its table here, where SQLite takes bare names.
    sql.upsertInstrument = QStringLiteral(
        "INSERT INTO instruments (provider, symbol, name, currency, exchange, week52_high,"
        " week52_low, previous_close, logo, logo_mime, logo_url, updated_ms)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (provider, symbol) DO UPDATE SET"
        " name = coalesce(excluded.name, instruments.name),"
        " currency = coalesce(excluded.currency, instruments.currency),"
        " exchange = coalesce(excluded.exchange, instruments.exchange),"
        " week52_high = coalesce(excluded.week52_high, instruments.week52_high),"
        " week52_low = coalesce(excluded.week52_low, instruments.week52_low),"
        " previous_close = coalesce(excluded.previous_close, instruments.previous_close),"
        " logo_mime = CASE WHEN excluded.logo IS NULL THEN instruments.logo_mime ELSE excluded.logo_mime END,"
        " logo = coalesce(excluded.logo, instruments.logo),"
        " logo_url = coalesce(excluded.logo_url, instruments.logo_url),"
        " updated_ms = excluded.updated_ms");
    sql.upsertRollup = upsertRollupSql();
    return sql;
}

void append(QString &array, const QString &number)
{
    array += array.isEmpty() ? QStringLiteral("{") : QStringLiteral(",");
    array += number;
}

// Shortest form that reads back to the same double: lossless.
QString exact(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

qint64 storedSequence(StoreBackend backend, const Tick &tick)
{
    if (backend == StoreBackend::Postgres)
        return tick.hasSequence() ? tick.sequence : -1 - qint64(tick.occurrence);
    return tick.hasSequence() ? tick.sequence + 1 : -qint64(tick.occurrence);
}

const WriterSql &writerSql(StoreBackend backend)
{
    static const WriterSql sqlite = sqliteSql();
    static const WriterSql postgres = postgresSql();
    return backend == StoreBackend::Postgres ? postgres : sqlite;
}

void TickArrayBuilder::add(qint64 series, const Tick &tick)
{
    append(m_arrays.series, QString::number(series));
    append(m_arrays.timeMs, QString::number(tick.timeMs));
    append(m_arrays.price, exact(tick.price));
    append(m_arrays.size, exact(tick.size));
    append(m_arrays.seq, QString::number(storedSequence(StoreBackend::Postgres, tick)));
    append(m_arrays.receivedMs, QString::number(tick.receivedMs));
    ++m_count;
}

TickArrays TickArrayBuilder::finish()
{
    for (QString *array : {&m_arrays.series, &m_arrays.timeMs, &m_arrays.price, &m_arrays.size, &m_arrays.seq,
                           &m_arrays.receivedMs})
        *array += QLatin1Char('}');
    m_count = 0;
    return std::exchange(m_arrays, TickArrays{});
}

} // namespace tickerline
