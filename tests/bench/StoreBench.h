#pragma once

#include <QString>

namespace tickerline::bench {

class BenchReport;

// Creates an empty Tickerline database (schema by TickStore); false on failure.
[[nodiscard]] bool createTickerlineDatabase(const QString &path);

// Over `runs` runs, each into fresh files in `dir` (the figures are their medians):
//  * store_sqlite_ticks_per_s (TickStore, batched as the engine hands them
//    over, one commit) and store_sqlite_raw_limit_ticks_per_s (RawTickWriter)
//    over the same `ticks` friendly ticks (BenchTicks), wall time;
//  * disk_bytes_per_tick: the file the store wrote of those (one symbol,
//    whole sizes, no sequence: the friendliest case);
//  * disk_bytes_per_tick_realistic: the same count of RealisticTicks (20
//    symbols, fractional sizes, trade ids) written through TickStore.
void runStoreBench(BenchReport &report, const QString &dir, int ticks, int runs);

} // namespace tickerline::bench
