#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

namespace tickerline {

struct ExportRequest
{
    QString location;       // SQLite file; never created
    QStringList symbols;    // empty: all symbols
    qint64 fromMs = 0;      // 0: unbounded
    qint64 toMs = 0;        // 0: unbounded
};

struct ExportResult
{
    bool ok = false;
    QString error;
    quint64 rows = 0;
};

// Writes stored ticks as CSV: header "symbol,time,price,volume", rows ordered
// by time then symbol, time as ISO-8601 UTC with milliseconds, numbers in
// shortest round-trip form. Opens its own read-only connection, so it can run
// on any thread (the collector's main thread, a worker) while a TickStore
// writes; rows are streamed, never held in memory together.
[[nodiscard]] ExportResult exportTicksCsv(const ExportRequest &request, QIODevice &out);

} // namespace tickerline
