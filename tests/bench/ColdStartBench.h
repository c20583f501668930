#pragma once

#include <QString>

namespace tickerline::bench {

class BenchReport;
struct BenchDatabase;

// cold_start_ms_10m: spawns the real `tickerline` on the history database
// (offscreen, a fresh HOME, no network: the finnhub provider without a key)
// with TICKERLINE_EXIT_AFTER_FIRST_PAINT=1, and times from the spawn to the
// "first-paint" line it prints when its main window first paints. The
// median of `runs`.
void runColdStartBench(BenchReport &report, const QString &appPath, const BenchDatabase &database, int runs);

} // namespace tickerline::bench
