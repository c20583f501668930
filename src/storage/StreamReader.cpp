#include "StreamReader.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace tickerline {

namespace {

constexpr char16_t kReadAfter[] =
    u"SELECT s.seq, r.provider, r.symbol, s.time_ms, s.price, s.size, s.sequence, s.occurrence, s.received_ms"
    u" FROM stream s JOIN series r ON r.id = s.series WHERE s.seq > ? ORDER BY s.seq LIMIT ?";
// The stream is in commit order, which is receive order within a few
// commit intervals: the first row at or after the time starts the replay.
constexpr char16_t kFirstSince[] = u"SELECT min(seq) FROM stream WHERE received_ms >= ?";

} // namespace

StreamResult readStream(const QSqlDatabase &db, const StreamRequest &request, qint64 lastCommitted)
{
    StreamResult result;
    result.id = request.id;
    qint64 after = std::max<qint64>(0, request.afterSequence);
    if (request.sinceReceivedMs >= 0) {
        QSqlQuery first(db);
        first.setForwardOnly(true);
        if (!first.prepare(QString::fromUtf16(kFirstSince))) {
            result.error = first.lastError().text();
            return result;
        }
        first.addBindValue(request.sinceReceivedMs);
        if (!first.exec()) {
            result.error = first.lastError().text();
            return result;
        }
        // No tick since then: the replay is empty and covers everything.
        after = first.next() && !first.value(0).isNull() ? first.value(0).toLongLong() - 1 : lastCommitted;
    }
    result.coveredSequence = after;
    const QSet<QString> symbols(request.symbols.cbegin(), request.symbols.cend());
    const qsizetype limit = std::max<qsizetype>(1, request.maxTicks);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QString::fromUtf16(kReadAfter))) {
        result.error = query.lastError().text();
        return result;
    }
    query.addBindValue(after);
    query.addBindValue(qint64(limit) + 1);   // one more tells whether anything is left
    if (!query.exec()) {
        result.error = query.lastError().text();
        return result;
    }
    qsizetype scanned = 0;
    while (query.next()) {
        if (++scanned > limit) {
            result.complete = false;
            return result;
        }
        const qint64 sequence = query.value(0).toLongLong();
        result.coveredSequence = sequence;
        const QString symbol = query.value(2).toString();
        if (!symbols.isEmpty() && !symbols.contains(symbol))
            continue;
        Tick tick;
        tick.provider = query.value(1).toString();
        tick.symbol = symbol;
        tick.timeMs = query.value(3).toLongLong();
        tick.price = query.value(4).toDouble();
        tick.size = query.value(5).toDouble();
        tick.sequence = query.value(6).toLongLong();
        tick.occurrence = quint32(query.value(7).toLongLong());
        tick.receivedMs = query.value(8).toLongLong();
        result.ticks.append(tick);
        result.sequences.append(sequence);
    }
    result.coveredSequence = std::max(result.coveredSequence, lastCommitted);
    return result;
}

} // namespace tickerline
