#pragma once

#include <array>
#include <string_view>

namespace tickerline::bench {

// The figures `tickerline-bench --json` prints (issue #5), in print order.
// tst_benchsmoke checks that every one is present and finite.
inline constexpr std::array<std::string_view, 14> MetricKeys{
    "parse_msgs_per_s",
    "parse_qjson_baseline_msgs_per_s",
    "pipeline_ticks_per_s",
    "pipeline_lost_ticks",
    "pipeline_websocket_ceiling_ticks_per_s",
    "store_sqlite_ticks_per_s",
    "store_sqlite_raw_limit_ticks_per_s",
    "chart_frame_ms_p95_1m",
    "chart_frame_ms_p95_10m_history",
    "chart_frame_ms_naive_1m",
    "tick_to_model_ms_p99_100k",
    "memory_bytes_per_tick",
    "disk_bytes_per_tick",
    "cold_start_ms_10m",
};

} // namespace tickerline::bench
