#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <stop_token>

class QIODevice;

namespace tickerline {

enum class ImportMode {
    AllOrNothing,   // any bad row: nothing is written
    GoodRowsOnly,   // bad rows are reported and skipped
};

struct ImportRequest
{
    QString location;                               // SQLite file (created with its schema if missing) or postgresql:// URL; unused by a CsvImportJob
    QString password;                               // PostgreSQL: from the keychain; empty: the URL's or PGPASSWORD
    ImportMode mode = ImportMode::AllOrNothing;
    std::function<void(qint64 bytesRead)> progress; // called on the importing thread, once per chunk read
    std::stop_token stop;                           // a stop request rolls everything back
    int batchRows = 5000;                           // rows per statement on PostgreSQL (per round trip)
};

struct CsvRowProblem
{
    qint64 line = 0;   // physical line the row starts on, from 1 (the header)
    QString reason;
};

struct ImportResult
{
    bool ok = false;           // committed: the good rows are in the database
    bool cancelled = false;
    QString error;             // why nothing was written; empty when ok
    quint64 rows = 0;          // data rows read, good and bad
    quint64 badRows = 0;
    quint64 insertedTicks = 0; // new in the database (0 unless ok)
    quint64 duplicateTicks = 0;
    QList<CsvRowProblem> problems;   // the first MaxReportedProblems bad rows, in file order
};

// Imports ticks from CSV as exportTicksCsv() writes it: the header
// "symbol,time,price,volume", then one row per tick; time as ISO-8601 UTC
// (…T14:03:07Z or …T14:03:07.123Z) or as epoch milliseconds, price a finite
// number > 0, volume a finite number >= 0, fields quoted per RFC 4180 where
// needed, LF or CRLF line ends. Every row is validated; the whole import is
// one transaction. importTicksCsv() writes on a connection of its own, for a
// process without a TickStore (the collector's import command); where a
// store runs, hand it a CsvImportJob instead (TickStore::importCsv), so
// that its writer stays the database's only one.
//
// Exactly once without provider or sequence in the file: rows are stored
// under the provider CsvImportProvider, and a row counts as already stored
// when the database holds as many ticks of that symbol with the same time,
// price and volume (from any provider) as the file has identical rows up to
// it in its run of equal times. So identical trades within one millisecond
// keep their count, export -> import -> export gives the same bytes, and
// importing a file again (or into the database it was exported from) adds
// nothing; a row repeated after later times is taken for a repeat.
//
// The input is streamed; memory is bounded by the longest run of equal times.
[[nodiscard]] ImportResult importTicksCsv(const ImportRequest &request, QIODevice &in);

// A CSV import for a TickStore, which runs it on its thread through its own
// writer (request.location and .password are the store's own; progress and
// finished are called on the store's thread).
struct CsvImportJob
{
    QString csvPath;
    ImportRequest request;
    std::function<void(const ImportResult &result)> finished;   // exactly once
};

inline constexpr char CsvImportProvider[] = "csv";
inline constexpr qsizetype MaxReportedProblems = 100;

} // namespace tickerline
