#include "StoreReader.h"

#include "CandleQuery.h"
#include "Decimation.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace tickerline {

namespace {

class HistoryReader
{
public:
    explicit HistoryReader(const QSqlDatabase &db)
        : m_seriesIds(db), m_ticks(db), m_bars(db)
    {
        for (QSqlQuery *query : {&m_seriesIds, &m_ticks, &m_bars})
            query->setForwardOnly(true);   // no row cache: streams a million rows
        m_ok = m_seriesIds.prepare(QStringLiteral("SELECT id FROM series WHERE symbol = ?"))
               && m_ticks.prepare(QStringLiteral("SELECT time_ms, price FROM ticks"
                                                 " WHERE series = ? AND time_ms BETWEEN ? AND ?"
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

        for (const qint64 id : std::as_const(ids)) {
            m_ticks.bindValue(0, id);
            m_ticks.bindValue(1, request.fromMs);
            m_ticks.bindValue(2, request.toMs);
            if (!stream(m_ticks, buckets))
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
        for (const QSqlQuery *query : {&m_seriesIds, &m_ticks, &m_bars}) {
            if (query->lastError().isValid())
                return query->lastError().text();
        }
        return {};
    }

    QSqlQuery m_seriesIds;
    QSqlQuery m_ticks;
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
