#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <stop_token>

class QIODevice;

namespace tickerline {

struct ExportRequest
{
    QString location;       // SQLite file (never created) or postgresql:// URL
    QString password;       // PostgreSQL: from the keychain; empty: the URL's or PGPASSWORD
    QStringList symbols;    // empty: all symbols
    qint64 fromMs = 0;      // 0: unbounded
    qint64 toMs = 0;        // 0: unbounded
    // Share of the exported time span written so far, 0..1, called on the
    // exporting thread once per chunk written.
    std::function<void(double fraction)> progress;
    std::stop_token stop;   // stops after the current chunk: the output is then incomplete
};

struct ExportResult
{
    bool ok = false;
    QString error;
    quint64 rows = 0;
    bool cancelled = false;
};

// Writes stored ticks as CSV: header "symbol,time,price,volume", rows ordered
// by time, symbol, price, volume, time as ISO-8601 UTC with milliseconds,
// numbers in shortest round-trip form. The order depends on nothing but what
// a row shows, so databases holding the same ticks (whichever provider stored
// them) export the same bytes: importTicksCsv() round-trips on that. Opens its own read-only connection, so it can run
// on any thread (the collector's main thread, a worker) while a TickStore
// writes; rows are streamed, never held in memory together.
[[nodiscard]] ExportResult exportTicksCsv(const ExportRequest &request, QIODevice &out);

} // namespace tickerline
