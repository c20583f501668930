#pragma once

#include "StoreLocation.h"
#include "Tick.h"

#include <QString>

namespace tickerline {

// StoreWriter's statements in each backend's dialect, so that the writer's
// logic is shared and the differences sit in one small file. Every value is
// a bound placeholder; no statement is ever built from data.
struct WriterSql
{
    QString begin;              // start a write transaction
    QString insertSeries;       // (provider, symbol); PostgreSQL: RETURNING id when inserted
    QString selectSeries;       // (provider, symbol) -> id
    // SQLite: one row, named values; PostgreSQL: a whole batch as arrays,
    // RETURNING (series, time_ms, price, size) of the rows it inserted.
    QString insertTick;
    QString insertImported;     // see StoreWriter::insertImported; SQLite: one row; PostgreSQL: a batch as arrays, RETURNING as insertTick
    QString upsertBar;
    QString upsertInstrument;   // 12 positional values
    // One RollupRow merged into the stored one (named values, RollupAccumulator.h).
    QString upsertRollup;
};

[[nodiscard]] const WriterSql &writerSql(StoreBackend backend);

// The seq key column of a tick. A provider sequence is the tick's identity
// (SQLite: s + 1, PostgreSQL: s, both > the "none" value). Without one, the
// tick's occurrence among identical prints of its message goes below it
// (SQLite 0, -1, -2, …; PostgreSQL -1, -2, …), where the CSV import numbers
// identical rows too: the n-th identical print is one row, whichever path
// brought it.
[[nodiscard]] qint64 storedSequence(StoreBackend backend, const Tick &tick);

// PostgreSQL: the channel that viewers LISTEN on, and its payload limit
// (8000 bytes; the payload is only a hint naming the symbols).
inline constexpr char16_t kTickChannel[] = u"tickerline_ticks";
inline constexpr qsizetype kMaxNotifyPayload = 7900;

// A batch of ticks as the six PostgreSQL array literals ("{1,2,3}") that
// WriterSql::insertTick binds, one per column, in column order: one
// statement and one round trip per commit instead of one per tick. The
// literals hold only numbers formatted here, so they are data bound as
// values, parsed by the server's array input, never spliced into SQL.
struct TickArrays
{
    QString series;
    QString timeMs;
    QString price;
    QString size;
    QString seq;
    QString receivedMs;
};

class TickArrayBuilder final
{
public:
    void add(qint64 series, const Tick &tick);
    [[nodiscard]] TickArrays finish();
    [[nodiscard]] bool isEmpty() const { return m_count == 0; }

private:
    TickArrays m_arrays;
    qsizetype m_count = 0;
};

} // namespace tickerline
