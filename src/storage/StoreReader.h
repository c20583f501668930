#pragma once

#include "Instrument.h"
#include "StoreTypes.h"

class QSqlDatabase;

namespace tickerline {

// For each requested symbol (stored by any provider), points in
// [fromMs, toMs]: tick prices, plus bar closes (at bar time) for bars whose
// interval holds no tick, reduced by MinMaxBuckets to about maxPoints.
// Rows are streamed into the buckets, never loaded whole. When a bucket of
// the reduction is at least as wide as a rollup resolution
// (RollupAccumulator.h), whole rollup buckets inside the range are read as
// their first, lowest, highest and last tick instead of every tick, the
// partial ones at the ends from finer rollups and raw ticks: a full-range
// query over ten million ticks reads a few thousand rows.
// With request.candleIntervalMs > 0 it answers with candles per symbol
// instead (HistoryResult::candles, aggregated in SQL: CandleQuery).
[[nodiscard]] HistoryResult queryHistory(const QSqlDatabase &db, const HistoryRequest &request);

struct InstrumentsResult
{
    InstrumentList instruments;
    QString error;   // empty on success
};

// Every stored instrument, ordered by symbol then provider.
[[nodiscard]] InstrumentsResult loadInstruments(const QSqlDatabase &db);

} // namespace tickerline
