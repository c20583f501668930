#pragma once

#include <QString>

namespace tickerline::bench {

class BenchReport;

// Creates an empty Tickerline database (schema by TickStore); false on failure.
[[nodiscard]] bool createTickerlineDatabase(const QString &path);

// store_sqlite_ticks_per_s (TickStore, batched as the engine hands them over,
// one commit), store_sqlite_raw_limit_ticks_per_s (RawTickWriter) over the
// same ticks into fresh files in `dir`, and disk_bytes_per_tick of the file
// the store wrote.
void runStoreBench(BenchReport &report, const QString &dir, int ticks);

} // namespace tickerline::bench
