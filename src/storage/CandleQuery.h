#pragma once

#include "Candle.h"
#include "StoreTypes.h"

#include <memory>

class QSqlDatabase;

namespace tickerline {

// Candles of one symbol's stored history, aggregated in SQL so that ticks
// never leave the database (SQLite and PostgreSQL, the same statements):
// buckets of request.candleIntervalMs aligned to UTC multiples shifted by
// request.candleOffsetMs, over ticks with time in [fromMs, toMs] from every
// provider of the symbol. Open and close are the prices of the bucket's first
// and last tick (ties in time broken by provider sequence), high/low the
// extremes, volume the sum of sizes. The stored bars that start in a bucket
// and whose own interval holds no tick fill in the rest of it (a backfill
// before the live ticks of the open candle, a tick-less bucket) — of the
// finest interval present there, so a 1-minute and a 1-hour backfill of the
// same span are not counted twice.
class CandleQuery
{
    Q_DISABLE_COPY_MOVE(CandleQuery)
public:
    explicit CandleQuery(const QSqlDatabase &db);
    ~CandleQuery();

    // Empty with error() set on failure.
    [[nodiscard]] CandleSeries read(const QString &symbol, const HistoryRequest &request);
    [[nodiscard]] const QString &error() const;

private:
    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace tickerline
