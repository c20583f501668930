#pragma once

#include "PageCache.h"

#include <QString>

namespace tickerline::bench {

class BenchReport;
struct BenchDatabase;

struct ColdStartPlan
{
    QString appPath;
    QString emptyDatabasePath;   // made here if missing
    int runs = 5;
    CacheDropMode cacheDrop = CacheDropMode::System;
};

// cold_start_ms_10m and cold_start_ms_empty: spawns the real `tickerline`
// (offscreen, a fresh HOME, no network: the finnhub provider without a key,
// a chart window that covers the whole history database) with
// TICKERLINE_EXIT_AFTER_FIRST_CHART=1, and times from the spawn to its
// "first-chart-ms" line: the first chart frame painted with the stored
// history lines in it and the watchlist's row there. On the 10M-tick history
// database and on an empty one, in turns, each after taking the database out
// of the OS page cache (cold_start_cache_dropped says whether that held).
// Medians of `runs`; the window's first paint (the old figure) beside it.
void runColdStartBench(BenchReport &report, const BenchDatabase &database, const ColdStartPlan &plan);

} // namespace tickerline::bench
