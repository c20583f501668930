#pragma once

#include <QByteArray>
#include <QList>

namespace tickerline::bench {

class BenchReport;

// Finnhub-style trade frames: mostly one trade (≈90 bytes), some carrying up
// to 10, with the field order and spelling Finnhub sends.
[[nodiscard]] QList<QByteArray> finnhubTradeFrames(int count);

// parse_msgs_per_s (FinnhubParser) and parse_qjson_baseline_msgs_per_s
// (QJsonDocument doing the same extraction into the same Ticks), each run for
// about `seconds` of CPU time over the same frames.
void runParseBench(BenchReport &report, double seconds);

} // namespace tickerline::bench
