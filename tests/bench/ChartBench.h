#pragma once

#include <QString>

namespace tickerline::bench {

class BenchReport;
struct BenchDatabase;

// Offscreen at 1280×720, every frame painted into a QImage and timed in wall
// time from the change to the end of the paint (a chart that draws on its own
// frame timer from when that timer fires: the idle wait is not the frame's);
// `frames` frames of each, reported as p95 and median:
//  * chart_frame_ms_{p95,median}_1m: PriceChart holding `points` points, one
//    live point appended per frame;
//  * chart_frame_ms_naive_{p95,median}_1m: the same points replace()d into
//    one plain QLineSeries unreduced (chart_frame_ms_naive_1m: its p95);
//  * chart_frame_ms_floor_1m (p95), chart_frame_ms_floor_median_1m: a plain
//    QLineSeries holding only the points the reduced frame drew, with its pen
//    and render hints;
// and memory_bytes_per_tick (RSS growth per point the chart retains, fed as
// hub frames deliver them).
void runChartBench(BenchReport &report, int points, int frames, const QString &pictureDir);

// chart_frame_ms_{p95,median}_10m_history: every frame queries the whole
// range of the history database from the store and shows it (wall time of
// the query and of the frame, timed as above).
void runHistoryChartBench(BenchReport &report, const BenchDatabase &database, int frames, const QString &pictureDir);

} // namespace tickerline::bench
