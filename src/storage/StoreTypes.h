#pragma once

#include "Candle.h"
#include "SeriesPoint.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace tickerline {

// A request for chart history: the store answers with series already reduced
// to at most about maxPoints points per symbol (min/max per bucket keeping the
// first and last point), ticks where present and bar closes elsewhere — or,
// with candleIntervalMs > 0, with OHLCV candles (StoreReader.h).
struct HistoryRequest
{
    quint64 id = 0;
    QStringList symbols;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int maxPoints = 2000;      // <= 0: every point, unreduced
    qint64 candleIntervalMs = 0;   // > 0: answer with candles at this interval (UTC-aligned), not a line
    qint64 candleOffsetMs = 0;     // buckets start at multiples of the interval shifted by this
};

struct HistoryResult
{
    quint64 id = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    SeriesMap series;
    QHash<QString, CandleSeries> candles;   // symbol -> candles, when candleIntervalMs > 0
    QString error;             // empty on success; else series holds what was read before it
};

enum class StoreState {
    Closed,
    Open,
    Retrying,   // a write failed (busy, disk full); the queue is kept and retried
    Failed,
};

struct StoreStatus
{
    StoreState state = StoreState::Closed;
    QString location;          // path or redacted URL
    QString message;           // last error, for the status bar / log
    quint64 committedTicks = 0;
    quint64 duplicateTicks = 0;
    quint64 rejectedRows = 0;  // ticks and bars with unusable numbers or no symbol, never stored
    quint64 droppedTicks = 0;  // arrived while the write queue was full (database down for long)
    qsizetype queuedTicks = 0;
};

} // namespace tickerline

Q_DECLARE_METATYPE(tickerline::HistoryRequest)
Q_DECLARE_METATYPE(tickerline::HistoryResult)
Q_DECLARE_METATYPE(tickerline::StoreStatus)
