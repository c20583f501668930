#pragma once

#include "Tick.h"

#include <QHash>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace tickerline::bench {

// The floor under any SQLite tick writer: the sqlite3 C API, one prepared
// statement, one transaction, into a Tickerline database (schema made by
// TickStore) with the store's pragmas (WAL, synchronous=NORMAL, foreign
// keys). Used for store_sqlite_raw_limit_ticks_per_s and to fill the 10M-tick
// database quickly.
class RawTickWriter final
{
public:
    RawTickWriter() = default;
    ~RawTickWriter();
    Q_DISABLE_COPY_MOVE(RawTickWriter)

    [[nodiscard]] bool open(const QString &path);
    [[nodiscard]] bool begin();
    // Inserts with INSERT OR IGNORE, as the store does; returns false on an error.
    [[nodiscard]] bool write(const TickBatch &ticks);
    [[nodiscard]] bool commit();
    [[nodiscard]] QString error() const { return m_error; }

private:
    [[nodiscard]] bool exec(const char *sql);
    [[nodiscard]] qint64 seriesId(const QString &provider, const QString &symbol);
    bool fail();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_insertSeries = nullptr;
    QHash<QString, qint64> m_series;   // "provider\nsymbol" -> id
    QString m_error;
};

} // namespace tickerline::bench
