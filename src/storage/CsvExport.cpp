#include "CsvExport.h"

#include "Schema.h"
#include "StoreConnection.h"
#include "TimeUnits.h"

#include <QDateTime>
#include <QDir>
#include <QIODevice>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace tickerline {

namespace {

constexpr qsizetype kWriteChunkBytes = 64 * 1024;

// RFC 4180: quote a field only when it holds a separator, quote or line break.
QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r'))
        utf8 = '"' + utf8.replace('"', "\"\"") + '"';
    return utf8;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

// ISO-8601 UTC with milliseconds. QDateTime::toString cost more than the rest
// of a row together; the date changes once a day, so only the time of day is
// formatted per row.
class IsoUtcFormatter
{
public:
    QByteArray format(qint64 ms)
    {
        const qint64 day = ms >= 0 ? ms / MsPerDay : (ms + 1) / MsPerDay - 1;
        if (day != m_day || m_datePrefix.isEmpty()) {
            m_day = day;
            m_datePrefix = QDateTime::fromMSecsSinceEpoch(day * MsPerDay, Qt::UTC).date().toString(Qt::ISODate).toLatin1()
                           + 'T';
        }
        qint64 rest = ms - day * MsPerDay;
        char time[] = "00:00:00.000Z";
        const auto put = [&time](int at, int digits, qint64 value) {
            for (int i = at + digits - 1; i >= at; --i, value /= 10)
                time[i] = char('0' + value % 10);
        };
        put(9, 3, rest % MsPerSecond);
        rest /= MsPerSecond;
        put(6, 2, rest % 60);
        rest /= 60;
        put(3, 2, rest % 60);
        put(0, 2, rest / 60);
        return m_datePrefix + time;
    }

private:
    qint64 m_day = 0;
    QByteArray m_datePrefix;
};

QString symbolFilter(qsizetype symbolCount)
{
    if (symbolCount == 0)
        return {};
    // Placeholders only: the symbols themselves are bound.
    const QStringList marks(symbolCount, QStringLiteral("?"));
    return QStringLiteral(" AND s.symbol IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
}

QString selectSql(qsizetype symbolCount)
{
    QString sql = QStringLiteral("SELECT s.symbol, t.time_ms, t.price, t.size"
                                 " FROM ticks t JOIN series s ON s.id = t.series"
                                 " WHERE t.time_ms BETWEEN ? AND ?");
    sql += symbolFilter(symbolCount);
    // Rows that tie on every key print identically, so the output is a
    // function of the rows' content alone.
    return sql + QStringLiteral(" ORDER BY t.time_ms, s.symbol, t.price, t.size");
}

// The first and last exported time, for progress: rows come out in time
// order, and these are two index seeks per series where a count would read
// every row.
std::pair<qint64, qint64> timeSpan(const QSqlDatabase &db, qint64 fromMs, qint64 toMs, const QStringList &symbols)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT min(first), max(last) FROM (SELECT"
                                       " (SELECT min(t.time_ms) FROM ticks t WHERE t.series = s.id"
                                       " AND t.time_ms BETWEEN ? AND ?) AS first,"
                                       " (SELECT max(t.time_ms) FROM ticks t WHERE t.series = s.id"
                                       " AND t.time_ms BETWEEN ? AND ?) AS last"
                                       " FROM series s WHERE 1 = 1")
                        + symbolFilter(symbols.size()) + QStringLiteral(") AS spans");
    if (!query.prepare(sql))
        return {0, 0};
    for (int i = 0; i < 2; ++i) {
        query.addBindValue(fromMs);
        query.addBindValue(toMs);
    }
    for (const QString &symbol : symbols)
        query.addBindValue(symbol);
    if (!query.exec() || !query.next())
        return {0, 0};
    return {query.value(0).toLongLong(), query.value(1).toLongLong()};
}

} // namespace

ExportResult exportTicksCsv(const ExportRequest &request, QIODevice &out)
{
    ExportResult result;
    if (!out.isWritable()) {
        result.error = QStringLiteral("Cannot export: the output is not open for writing");
        return result;
    }
    StoreConnection connection;
    if (!connection.open(request.location, StoreConnection::Mode::ReadExisting, request.password)) {
        result.error = connection.errorMessage();
        return result;
    }
    if (const std::optional<QString> problem = checkReadableSchema(connection.database())) {
        result.error = QStringLiteral("Cannot open database %1: %2")
                           .arg(QDir::toNativeSeparators(connection.path()), *problem);
        return result;
    }

    QStringList symbols = request.symbols;
    symbols.removeDuplicates();
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    const qint64 fromMs = request.fromMs != 0 ? request.fromMs : std::numeric_limits<qint64>::min();
    const qint64 toMs = request.toMs != 0 ? request.toMs : std::numeric_limits<qint64>::max();
    const auto [firstMs, lastMs] = request.progress ? timeSpan(connection.database(), fromMs, toMs, symbols)
                                                    : std::pair<qint64, qint64>{0, 0};
    bool ok = query.prepare(selectSql(symbols.size()));
    if (ok) {
        query.addBindValue(fromMs);
        query.addBindValue(toMs);
        for (const QString &symbol : std::as_const(symbols))
            query.addBindValue(symbol);
        ok = query.exec();
    }
    if (!ok) {
        result.error = QStringLiteral("Cannot read ticks from %1: %2")
                           .arg(QDir::toNativeSeparators(connection.path()), query.lastError().text());
        return result;
    }

    IsoUtcFormatter isoUtc;
    QByteArray chunk = QByteArrayLiteral("symbol,time,price,volume\n");
    const auto writeChunk = [&]() {
        if (out.write(chunk) != chunk.size()) {
            result.error = QStringLiteral("Cannot write the export: %1").arg(out.errorString());
            return false;
        }
        chunk.clear();
        return true;
    };
    while (query.next()) {
        const qint64 timeMs = query.value(1).toLongLong();
        chunk += csvField(query.value(0).toString()) + ',' + isoUtc.format(timeMs) + ','
                 + number(query.value(2).toDouble()) + ',' + number(query.value(3).toDouble()) + '\n';
        ++result.rows;
        if (chunk.size() < kWriteChunkBytes)
            continue;
        if (!writeChunk())
            return result;
        if (request.progress && lastMs > firstMs)
            request.progress(double(timeMs - firstMs) / double(lastMs - firstMs));
        if (request.stop.stop_requested()) {
            result.cancelled = true;
            result.error = QStringLiteral("Export cancelled");
            return result;
        }
    }
    if (query.lastError().isValid()) {
        result.error = QStringLiteral("Reading ticks from %1 stopped: %2")
                           .arg(QDir::toNativeSeparators(connection.path()), query.lastError().text());
        return result;
    }
    result.ok = writeChunk();
    if (result.ok && request.progress)
        request.progress(1.0);
    return result;
}

} // namespace tickerline
