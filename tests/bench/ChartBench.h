#pragma once

#include <QString>

namespace tickerline::bench {

class BenchReport;
struct BenchDatabase;

// Offscreen at 1280×720, the widget rendered into a QImage every frame:
// chart_frame_ms_p95_1m (PriceChart holding `points` points, one live point
// appended per frame), chart_frame_ms_naive_1m (the same points replace()d
// into one QLineSeries unreduced), and memory_bytes_per_tick (RSS growth per
// point the chart retains, fed as hub frames deliver them).
void runChartBench(BenchReport &report, int points, int frames, const QString &pictureDir);

// chart_frame_ms_p95_10m_history: every frame queries the whole range of the
// history database from the store and shows it.
void runHistoryChartBench(BenchReport &report, const BenchDatabase &database, int frames, const QString &pictureDir);

} // namespace tickerline::bench
