#pragma once

#include <QString>

namespace tickerline::bench {

class BenchReport;

// Loopback WebSocket server (FramePusher) → the Finnhub streaming feed
// (--endpoint ws://127.0.0.1:PORT) → Engine: Hub (folding on the feed's thread) and SQLite TickStore →
// QuoteTableModel, all real, in `dir`.
//  * pipeline_ticks_per_s / pipeline_lost_ticks: as fast as it goes for
//    `seconds`; the rate is ticks sent over the time from the first frame
//    until the store has counted every tick (committed or a duplicate) and
//    the model shows the last one. Lost = sent ticks that are not in the
//    database afterwards, each sent tick looked up once by its time and price
//    (+1 if the model never showed the last tick): a duplicate of one tick
//    does not account for another.
//  * tick_to_model_ms_p50_100k / _p99_100k: paced at 100k ticks/s for
//    `seconds`; for every frame, the time from leaving the server to the
//    first QuoteTableModel::dataChanged showing its ticks or later ones.
//  * tick_to_socket_ms_p50_100k / _p99_100k: the same pace and statistic
//    with a bare QWebSocket client in place of Tickerline: the floor the
//    loopback link and Qt WebSockets set.
void runPipelineBench(BenchReport &report, const QString &dir, double seconds);
void runLatencyBench(BenchReport &report, const QString &dir, double seconds);

} // namespace tickerline::bench
