#include "RawTickWriter.h"

#include <sqlite3.h>

namespace tickerline::bench {

RawTickWriter::~RawTickWriter()
{
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_insertSeries);
    sqlite3_close(m_db);
}

bool RawTickWriter::fail()
{
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool RawTickWriter::exec(const char *sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK || fail();
}

bool RawTickWriter::open(const QString &path)
{
    if (sqlite3_open(path.toUtf8().constData(), &m_db) != SQLITE_OK)
        return fail();
    return exec("PRAGMA journal_mode = WAL") && exec("PRAGMA synchronous = NORMAL") && exec("PRAGMA foreign_keys = ON")
           && sqlite3_prepare_v2(m_db,
                                 "INSERT OR IGNORE INTO ticks (series, time_ms, price, size, seq, received_after_ms)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                 -1, &m_insert, nullptr) == SQLITE_OK
           && sqlite3_prepare_v2(m_db, "INSERT OR IGNORE INTO series (provider, symbol) VALUES (?1, ?2)", -1,
                                 &m_insertSeries, nullptr) == SQLITE_OK;
}

bool RawTickWriter::begin()
{
    return exec("BEGIN IMMEDIATE");
}

bool RawTickWriter::commit()
{
    return exec("COMMIT");
}

qint64 RawTickWriter::seriesId(const QString &provider, const QString &symbol)
{
    const QString key = provider + QLatin1Char('\n') + symbol;
    if (const auto it = m_series.constFind(key); it != m_series.cend())
        return *it;
    const QByteArray p = provider.toUtf8();
    const QByteArray s = symbol.toUtf8();
    sqlite3_bind_text(m_insertSeries, 1, p.constData(), int(p.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(m_insertSeries, 2, s.constData(), int(s.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(m_insertSeries);
    sqlite3_reset(m_insertSeries);
    if (rc != SQLITE_DONE)
        return -1;
    sqlite3_stmt *select = nullptr;
    qint64 id = -1;
    if (sqlite3_prepare_v2(m_db, "SELECT id FROM series WHERE provider = ?1 AND symbol = ?2", -1, &select, nullptr)
        == SQLITE_OK) {
        sqlite3_bind_text(select, 1, p.constData(), int(p.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(select, 2, s.constData(), int(s.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(select) == SQLITE_ROW)
            id = sqlite3_column_int64(select, 0);
    }
    sqlite3_finalize(select);
    if (id >= 0)
        m_series.insert(key, id);
    return id;
}

bool RawTickWriter::write(const TickBatch &ticks)
{
    for (const Tick &tick : ticks) {
        const qint64 series = seriesId(tick.provider, tick.symbol);
        if (series < 0)
            return fail();
        sqlite3_bind_int64(m_insert, 1, series);
        sqlite3_bind_int64(m_insert, 2, tick.timeMs);
        sqlite3_bind_double(m_insert, 3, tick.price);
        sqlite3_bind_double(m_insert, 4, tick.size);
        sqlite3_bind_int64(m_insert, 5, tick.hasSequence() ? tick.sequence + 1 : 0);
        sqlite3_bind_int64(m_insert, 6, tick.receivedMs - tick.timeMs);
        const int rc = sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        if (rc != SQLITE_DONE)
            return fail();
    }
    return true;
}

} // namespace tickerline::bench
