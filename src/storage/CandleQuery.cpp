#include "CandleQuery.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace tickerline {

namespace {

// Floor-aligned bucket start of ticks.time_ms in SQL, the same in SQLite and
// PostgreSQL (both truncate % toward zero): with x = time_ms - offset,
// x - ((x % interval) + interval) % interval + offset.
// Placeholders, in order: offset, offset, interval, interval, interval, offset.
#define TICKERLINE_BUCKET_SQL "(t.time_ms - ?) - ((((t.time_ms - ?) % ?) + ?) % ?) + ?"

// Placeholders, in order: symbol (open), symbol (close), the six of the
// bucket, symbol, from, to.
const char *const TickCandlesSql =
    "SELECT a.bucket,"
    " (SELECT f.price FROM ticks f WHERE f.series IN (SELECT id FROM series WHERE symbol = ?)"
    "  AND f.time_ms = a.first_ms ORDER BY f.seq LIMIT 1),"
    " a.high, a.low,"
    " (SELECT l.price FROM ticks l WHERE l.series IN (SELECT id FROM series WHERE symbol = ?)"
    "  AND l.time_ms = a.last_ms ORDER BY l.seq DESC LIMIT 1),"
    " a.volume, a.first_ms, a.last_ms"
    " FROM (SELECT " TICKERLINE_BUCKET_SQL " AS bucket,"
    "  min(t.time_ms) AS first_ms, max(t.time_ms) AS last_ms,"
    "  max(t.price) AS high, min(t.price) AS low, sum(t.size) AS volume"
    "  FROM ticks t WHERE t.series IN (SELECT id FROM series WHERE symbol = ?)"
    "  AND t.time_ms BETWEEN ? AND ?"
    "  GROUP BY 1) a"
    " ORDER BY a.bucket";

#undef TICKERLINE_BUCKET_SQL

// The same for one bucket's range [from, to] (no GROUP BY): with few
// buckets, one index range scan each beats SQLite's sort of every row for
// the GROUP BY. Placeholders: symbol (open), symbol (close), symbol, from, to.
const char *const BucketCandleSql =
    "SELECT a.first_ms,"
    " (SELECT f.price FROM ticks f WHERE f.series IN (SELECT id FROM series WHERE symbol = ?)"
    "  AND f.time_ms = a.first_ms ORDER BY f.seq LIMIT 1),"
    " a.high, a.low,"
    " (SELECT l.price FROM ticks l WHERE l.series IN (SELECT id FROM series WHERE symbol = ?)"
    "  AND l.time_ms = a.last_ms ORDER BY l.seq DESC LIMIT 1),"
    " a.volume, a.first_ms, a.last_ms"
    " FROM (SELECT min(t.time_ms) AS first_ms, max(t.time_ms) AS last_ms,"
    "  max(t.price) AS high, min(t.price) AS low, sum(t.size) AS volume"
    "  FROM ticks t WHERE t.series IN (SELECT id FROM series WHERE symbol = ?)"
    "  AND t.time_ms BETWEEN ? AND ?) a"
    " WHERE a.first_ms IS NOT NULL";

// First and last tick time in [from, to]. Placeholders: symbol, from, to.
const char *const TickSpanSql =
    "SELECT min(t.time_ms), max(t.time_ms) FROM ticks t"
    " WHERE t.series IN (SELECT id FROM series WHERE symbol = ?) AND t.time_ms BETWEEN ? AND ?";

// Up to this many buckets between the first and the last tick, one query per
// bucket; beyond, one GROUP BY over all rows.
constexpr qint64 MaxBucketQueries = 4'096;

// Bars whose own interval holds no tick of the symbol (from any provider),
// as the line history takes them. Placeholders: symbol, from, to, symbol.
const char *const BarsSql =
    "SELECT b.time_ms, b.interval_ms, b.open, b.high, b.low, b.close, b.volume FROM bars b"
    " WHERE b.series IN (SELECT id FROM series WHERE symbol = ?) AND b.time_ms BETWEEN ? AND ?"
    " AND NOT EXISTS (SELECT 1 FROM ticks t"
    "  WHERE t.series IN (SELECT id FROM series WHERE symbol = ?)"
    "  AND t.time_ms >= b.time_ms AND t.time_ms < b.time_ms + b.interval_ms)"
    " ORDER BY b.time_ms, b.interval_ms";

struct StoredBar
{
    qint64 bucketMs = 0;
    qint64 intervalMs = 0;
    Candle candle;
};

} // namespace

struct CandleQuery::Private
{
    explicit Private(const QSqlDatabase &db) : span(db), bucket(db), ticks(db), bars(db) {}

    bool exec(QSqlQuery &query)
    {
        if (query.exec())
            return true;
        error = query.lastError().text();
        return false;
    }

    // Candles from ticks, one row per bucket with ticks, in time order.
    bool readTicks(const QString &symbol, const HistoryRequest &request, CandleBuilder &builder);

    QSqlQuery span;
    QSqlQuery bucket;
    QSqlQuery ticks;
    QSqlQuery bars;
    bool prepared = false;
    QString error;
};

bool CandleQuery::Private::readTicks(const QString &symbol, const HistoryRequest &request, CandleBuilder &builder)
{
    const qint64 interval = builder.intervalMs();
    const qint64 offset = builder.offsetMs();
    // The ticks' part of a bucket, its open at its first tick and its close
    // at its last, so that bars before and after them merge in time order.
    const auto candleAt = [&builder](QSqlQuery &query) {
        const double open = query.value(1).toDouble();
        const double close = query.value(4).toDouble();
        builder.addCandle({query.value(6).toLongLong(), open, query.value(2).toDouble(), query.value(3).toDouble(),
                           open, query.value(5).toDouble()});
        builder.addCandle({query.value(7).toLongLong(), close, close, close, close, 0.0});
    };

    span.addBindValue(symbol);
    span.addBindValue(request.fromMs);
    span.addBindValue(request.toMs);
    if (!exec(span))
        return false;
    const bool any = span.next() && !span.value(0).isNull();
    const qint64 firstMs = any ? span.value(0).toLongLong() : 0;
    const qint64 lastMs = any ? span.value(1).toLongLong() : 0;
    span.finish();
    if (!any)
        return true;

    const qint64 firstBucket = candleBucketStart(firstMs, interval, offset);
    const qint64 lastBucket = candleBucketStart(lastMs, interval, offset);
    if ((lastBucket - firstBucket) / interval < MaxBucketQueries) {
        for (qint64 b = firstBucket; b <= lastBucket; b += interval) {
            for (const QVariant &value : {QVariant(symbol), QVariant(symbol), QVariant(symbol),
                                          QVariant(std::max(b, firstMs)), QVariant(std::min(b + interval - 1, lastMs))})
                bucket.addBindValue(value);
            if (!exec(bucket))
                return false;
            if (bucket.next())
                candleAt(bucket);
            bucket.finish();
        }
        return true;
    }

    for (const QVariant &value : {QVariant(symbol), QVariant(symbol), QVariant(offset), QVariant(offset),
                                  QVariant(interval), QVariant(interval), QVariant(interval), QVariant(offset),
                                  QVariant(symbol), QVariant(firstMs), QVariant(lastMs)})
        ticks.addBindValue(value);
    if (!exec(ticks))
        return false;
    // Buckets come in time order, one row each: the builder only appends.
    while (ticks.next())
        candleAt(ticks);
    ticks.finish();
    return true;
}

CandleQuery::CandleQuery(const QSqlDatabase &db) : d(std::make_unique<Private>(db))
{
    const std::pair<QSqlQuery *, const char *> statements[] = {
        {&d->span, TickSpanSql}, {&d->bucket, BucketCandleSql}, {&d->ticks, TickCandlesSql}, {&d->bars, BarsSql}};
    for (const auto &[query, sql] : statements) {
        query->setForwardOnly(true);
        d->prepared = query->prepare(QString::fromLatin1(sql));
        if (!d->prepared) {
            d->error = query->lastError().text();
            return;
        }
    }
}

CandleQuery::~CandleQuery() = default;

const QString &CandleQuery::error() const
{
    return d->error;
}

CandleSeries CandleQuery::read(const QString &symbol, const HistoryRequest &request)
{
    if (!d->prepared)
        return {};
    const qint64 interval = std::max<qint64>(request.candleIntervalMs, 1);
    const qint64 offset = request.candleOffsetMs;

    CandleBuilder builder(interval, offset);
    if (!d->readTicks(symbol, request, builder))
        return {};

    QSqlQuery &bars = d->bars;
    for (const QVariant &value : {QVariant(symbol), QVariant(request.fromMs), QVariant(request.toMs), QVariant(symbol)})
        bars.addBindValue(value);
    if (!d->exec(bars))
        return {};
    QList<StoredBar> stored;
    while (bars.next()) {
        const qint64 timeMs = bars.value(0).toLongLong();
        stored.append({candleBucketStart(timeMs, interval, offset), bars.value(1).toLongLong(),
                       {timeMs, bars.value(2).toDouble(), bars.value(3).toDouble(), bars.value(4).toDouble(),
                        bars.value(5).toDouble(), bars.value(6).toDouble()}});
    }
    bars.finish();

    // Per bucket, the finest interval stored there (bars come in time order,
    // so one bucket's bars are adjacent).
    for (qsizetype i = 0; i < stored.size();) {
        qsizetype end = i;
        qint64 finest = stored[i].intervalMs;
        while (end < stored.size() && stored[end].bucketMs == stored[i].bucketMs)
            finest = std::min(finest, stored[end++].intervalMs);
        for (; i < end; ++i) {
            if (stored[i].intervalMs == finest)
                builder.addCandle(stored[i].candle);
        }
    }
    return builder.candles();
}

} // namespace tickerline
