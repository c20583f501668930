#include "StoreReader.h"

#include "CandleQuery.h"
#include "Decimation.h"
#include "RollupAccumulator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>
#include <array>
#include <limits>

namespace tickerline {

namespace {

class HistoryReader
{
public:
    explicit HistoryReader(const QSqlDatabase &db)
        : m_seriesIds(db), m_ticks(db), m_rollups(db), m_bars(db)
    {
        for (QSqlQuery *query : {&m_seriesIds, &m_ticks, &m_rollups, &m_bars})
            query->setForwardOnly(true);   // no row cache: streams a million rows
        m_ok = m_seriesIds.prepare(QStringLiteral("SELECT id FROM series WHERE symbol = ?"))
               && m_ticks.prepare(QStringLiteral("SELECT time_ms, price FROM ticks"
                                                 " WHERE series = ? AND time_ms BETWEEN ? AND ?"
                                                 " ORDER BY time_ms"))
               && m_rollups.prepare(QStringLiteral("SELECT first_ms, open, low_ms, low, high_ms, high, last_ms, close FROM rollups"
                                                   " WHERE series = ? AND resolution_ms = ? AND time_ms BETWEEN ? AND ?"
                                                   " ORDER BY time_ms"))
               // A bar fills in only where its own interval holds no tick of
               // the symbol from any provider.
               && m_bars.prepare(QStringLiteral("SELECT b.time_ms, b.close FROM bars b"
                                                " WHERE b.series = ? AND b.time_ms BETWEEN ? AND ?"
                                                " AND NOT EXISTS (SELECT 1 FROM ticks t"
                                                "  WHERE t.series IN (SELECT id FROM series WHERE symbol = ?)"
                                                "  AND t.time_ms >= b.time_ms"
                                                "  AND t.time_ms < b.time_ms + b.interval_ms)"
                                                " ORDER BY b.time_ms"));
        if (!m_ok)
            m_error = firstError();
    }

    [[nodiscard]] const QString &error() const { return m_error; }

    [[nodiscard]] Series read(const QString &symbol, const HistoryRequest &request)
    {
        MinMaxBuckets buckets(request.fromMs, request.toMs, request.maxPoints);
        if (!m_ok)
            return {};
        m_seriesIds.bindValue(0, symbol);
        if (!exec(m_seriesIds))
            return {};
        QList<qint64> ids;
        while (m_seriesIds.next())
            ids.append(m_seriesIds.value(0).toLongLong());
        m_seriesIds.finish();

        // The coarsest rollup no wider than one bucket of the reduction:
        // each of its rows stands for ticks that would share a bucket anyway.
        qsizetype level = -1;
        for (qsizetype i = 0; request.maxPoints > 0 && i < qsizetype(kRollupResolutionsMs.size()); ++i) {
            if (kRollupResolutionsMs[size_t(i)] <= buckets.bucketWidthMs())
                level = i;
        }
        for (const qint64 id : std::as_const(ids)) {
            if (!readRange(id, request.fromMs, request.toMs, level, buckets))
                return {};
            m_bars.bindValue(0, id);
            m_bars.bindValue(1, request.fromMs);
            m_bars.bindValue(2, request.toMs);
            m_bars.bindValue(3, symbol);
            if (!stream(m_bars, buckets))
                return {};
        }
        return buckets.takeResult();
    }

private:
    // Ticks of one series in [fromMs, toMs]: whole buckets of rollup `level`
    // from the rollups, the partial ones at either end from the next finer
    // rollup, down to raw ticks (level -1) within a second of the ends.
    bool readRange(qint64 series, qint64 fromMs, qint64 toMs, qsizetype level, MinMaxBuckets &buckets)
    {
        if (fromMs > toMs)
            return true;
        if (level < 0) {
            m_ticks.bindValue(0, series);
            m_ticks.bindValue(1, fromMs);
            m_ticks.bindValue(2, toMs);
            return stream(m_ticks, buckets);
        }
        const qint64 resolution = kRollupResolutionsMs[size_t(level)];
        // [first, end) is the run of whole buckets inside the range.
        qint64 first = rollupBucketStart(fromMs, resolution);
        if (first < fromMs) {
            if (first > std::numeric_limits<qint64>::max() - resolution)
                return readRange(series, fromMs, toMs, level - 1, buckets);
            first += resolution;
        }
        qint64 lastWhole = rollupBucketStart(toMs, resolution);   // start of the bucket holding toMs
        if (toMs - lastWhole != resolution - 1)
            lastWhole -= resolution;                            // that bucket is partial
        if (lastWhole < first)
            return readRange(series, fromMs, toMs, level - 1, buckets);
        if (!readRange(series, fromMs, first - 1, level - 1, buckets))
            return false;
        m_rollups.bindValue(0, series);
        m_rollups.bindValue(1, resolution);
        m_rollups.bindValue(2, first);
        m_rollups.bindValue(3, lastWhole);
        if (!exec(m_rollups))
            return false;
        while (m_rollups.next())
            addRollup(buckets);
        m_rollups.finish();
        return lastWhole > std::numeric_limits<qint64>::max() - resolution
               || readRange(series, lastWhole + resolution, toMs, level - 1, buckets);
    }

    // A rollup row as the points the reduction keeps of its ticks: the
    // first, the lowest, the highest and the last, each once.
    void addRollup(MinMaxBuckets &buckets)
    {
        std::array<SeriesPoint, 4> points;
        qsizetype count = 0;
        for (int column = 0; column < 8; column += 2) {
            const SeriesPoint point{m_rollups.value(column).toLongLong(), m_rollups.value(column + 1).toDouble()};
            if (std::find(points.cbegin(), points.cbegin() + count, point) == points.cbegin() + count)
                points[size_t(count++)] = point;
        }
        // In time order; ties keep first, low, high, last (an insertion sort of four).
        for (qsizetype i = 1; i < count; ++i) {
            for (qsizetype j = i; j > 0 && points[size_t(j)].timeMs < points[size_t(j - 1)].timeMs; --j)
                std::swap(points[size_t(j)], points[size_t(j - 1)]);
        }
        for (qsizetype i = 0; i < count; ++i)
            buckets.add(points[size_t(i)]);
    }

    bool exec(QSqlQuery &query)
    {
        m_ok = query.exec();
        if (!m_ok)
            m_error = query.lastError().text();
        return m_ok;
    }

    bool stream(QSqlQuery &query, MinMaxBuckets &buckets)
    {
        if (!exec(query))
            return false;
        while (query.next())
            buckets.add(SeriesPoint{query.value(0).toLongLong(), query.value(1).toDouble()});
        query.finish();
        return true;
    }

    QString firstError() const
    {
        for (const QSqlQuery *query : {&m_seriesIds, &m_ticks, &m_rollups, &m_bars}) {
            if (query->lastError().isValid())
                return query->lastError().text();
        }
        return {};
    }

    QSqlQuery m_seriesIds;
    QSqlQuery m_ticks;
    QSqlQuery m_rollups;
    QSqlQuery m_bars;
    bool m_ok = false;
    QString m_error;
};

} // namespace

HistoryResult queryHistory(const QSqlDatabase &db, const HistoryRequest &request)
{
    HistoryResult result;
    result.id = request.id;
    result.fromMs = request.fromMs;
    result.toMs = request.toMs;
    if (request.candleIntervalMs > 0) {
        CandleQuery candles(db);
        for (const QString &symbol : request.symbols) {
            if (result.candles.contains(symbol))
                continue;
            result.candles.insert(symbol, candles.read(symbol, request));
            if (!candles.error().isEmpty()) {
                result.error = candles.error();
                break;
            }
        }
        return result;
    }
    HistoryReader reader(db);
    for (const QString &symbol : request.symbols) {
        if (result.series.contains(symbol))
            continue;
        result.series.insert(symbol, reader.read(symbol, request));
        if (!reader.error().isEmpty()) {
            result.error = reader.error();
            break;
        }
    }
    return result;
}

InstrumentsResult loadInstruments(const QSqlDatabase &db)
{
    InstrumentsResult result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT provider, symbol, name, currency, exchange, week52_high, week52_low,"
                                   " previous_close, logo, logo_mime, logo_url, updated_ms"
                                   " FROM instruments ORDER BY symbol, provider"))) {
        result.error = query.lastError().text();
        return result;
    }
    const auto optionalNumber = [&query](int column) -> std::optional<double> {
        const QVariant value = query.value(column);
        return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
    };
    while (query.next()) {
        Instrument in;
        in.provider = query.value(0).toString();
        in.symbol = query.value(1).toString();
        in.name = query.value(2).toString();
        in.currency = query.value(3).toString();
        in.exchange = query.value(4).toString();
        in.week52High = optionalNumber(5);
        in.week52Low = optionalNumber(6);
        in.previousClose = optionalNumber(7);
        in.logo = query.value(8).toByteArray();
        in.logoMimeType = query.value(9).toString();
        in.logoUrl = QUrl(query.value(10).toString(), QUrl::StrictMode);
        in.updatedMs = query.value(11).toLongLong();
        result.instruments.append(in);
    }
    return result;
}

} // namespace tickerline
