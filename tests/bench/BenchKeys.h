#pragma once

#include <array>
#include <string_view>

namespace tickerline::bench {

// The figures `tickerline-bench --json` prints (issue #5, corrected in #12, #13),
// in print order. Each is the median of the samples one run took of it (the
// store figures: three store runs; with --repeat N, N times as many).
// tst_benchsmoke checks that every one is present and finite.
inline constexpr std::array<std::string_view, 34> MetricKeys{
    "parse_msgs_per_s",
    "parse_qjson_baseline_msgs_per_s",
    "pipeline_ticks_per_s",
    "pipeline_lost_ticks",
    "pipeline_websocket_ceiling_ticks_per_s",
    "store_sqlite_ticks_per_s",
    "store_sqlite_raw_limit_ticks_per_s",
    "chart_frame_ms_p95_1m",
    "chart_frame_ms_median_1m",
    "chart_frame_ms_naive_1m",          // = chart_frame_ms_naive_p95_1m: the statistic it is compared with
    "chart_frame_ms_naive_p95_1m",
    "chart_frame_ms_naive_median_1m",
    "chart_frame_ms_floor_1m",          // p95, like chart_frame_ms_p95_1m
    "chart_frame_ms_floor_median_1m",
    "chart_frame_ms_p95_10m_history",
    "chart_frame_ms_median_10m_history",
    "tick_to_model_ms_p50_100k",
    "tick_to_model_ms_p99_100k",
    "tick_to_socket_ms_p50_100k",       // the floor: a bare QWebSocket client, same pusher and pace
    "tick_to_socket_ms_p99_100k",
    "memory_bytes_per_tick",
    "memory_bytes_per_tick_4panes",     // four panes on the same symbol, one SeriesPool (#17)
    "disk_bytes_per_tick",
    "disk_bytes_per_tick_realistic",
    "cold_start_ms_10m",
    "cold_start_ms_empty",
    "cold_start_window_paint_ms_10m",   // the old figure: the main window's first paint
    "cold_start_history_points_10m",
    "cold_start_cache_dropped",         // 1: the database files were out of the page cache at every spawn
    "cold_start_cache_dropped_system",  // 1: by dropping the whole page cache (drop_caches), 0: per file (fadvise)
    "gui_cpu_percent_120tps",           // GUI thread, % of one core, demo at 6 × 20 ticks/s (#16)
    "gui_cpu_percent_120tps_chart_hidden", // the same with View → Chart off
    "bench_load_average_start",
    "bench_load_average_end",
};

// A figure and the same-run baseline it is read against: both measured with
// the same clock and statistic, so their ratio holds on a loaded machine.
struct Comparison
{
    std::string_view figure;
    std::string_view baseline;
    std::string_view meaning;   // what the ratio figure / baseline says
};

inline constexpr std::array<Comparison, 11> Comparisons{{
    {"parse_msgs_per_s", "parse_qjson_baseline_msgs_per_s", "times QJsonDocument's rate (CPU time)"},
    {"pipeline_ticks_per_s", "pipeline_websocket_ceiling_ticks_per_s", "of a bare QWebSocket's rate"},
    {"store_sqlite_ticks_per_s", "store_sqlite_raw_limit_ticks_per_s", "of one raw sqlite3 statement's rate"},
    {"chart_frame_ms_naive_p95_1m", "chart_frame_ms_p95_1m", "times faster than naive (p95 / p95, wall)"},
    {"chart_frame_ms_p95_1m", "chart_frame_ms_floor_1m", "times the floor (p95 / p95, wall)"},
    {"chart_frame_ms_median_1m", "chart_frame_ms_floor_median_1m", "times the floor (median / median, wall)"},
    {"chart_frame_ms_p95_10m_history", "chart_frame_ms_floor_1m", "times the 1M floor (p95 / p95, wall)"},
    {"memory_bytes_per_tick_4panes", "memory_bytes_per_tick", "times one pane's bytes per retained tick"},
    {"disk_bytes_per_tick_realistic", "disk_bytes_per_tick", "times the friendly data's bytes"},
    {"cold_start_ms_10m", "cold_start_ms_empty", "times the empty database's start"},
    {"gui_cpu_percent_120tps", "gui_cpu_percent_120tps_chart_hidden", "times the chart-hidden window's GUI CPU"},
}};

} // namespace tickerline::bench
