#include "PostgresFollower.h"

#include <QSqlDriver>
#include <QSqlError>

namespace tickerline {

namespace {

// Rows per query: a viewer that fell far behind catches up in steps.
constexpr int kFetchRows = 50'000;

} // namespace

PostgresFollower::PostgresFollower(const QSqlDatabase &db) : m_db(db), m_newTicks(db)
{
    m_newTicks.setForwardOnly(true);
}

bool PostgresFollower::start(std::optional<qint64> afterId)
{
    const QString channel = QString::fromUtf16(kTickChannel);
    if (!m_db.driver()->subscribedToNotifications().contains(channel)
        && !m_db.driver()->subscribeToNotification(channel)) {
        m_error = QStringLiteral("cannot LISTEN for new ticks: %1").arg(m_db.driver()->lastError().text());
        return false;
    }
    if (afterId) {
        m_lastId = *afterId;
    } else {
        QSqlQuery newest(m_db);
        if (!newest.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM ticks")) || !newest.next()) {
            m_error = newest.lastError().text();
            return false;
        }
        m_lastId = newest.value(0).toLongLong();
    }
    if (m_newTicks.prepare(QStringLiteral("SELECT t.id, s.symbol, s.provider, t.time_ms, t.price, t.size, t.seq,"
                                          " t.received_ms FROM ticks t JOIN series s ON s.id = t.series"
                                          " WHERE t.id > ? ORDER BY t.id LIMIT ?")))
        return true;
    m_error = m_newTicks.lastError().text();
    return false;
}

TickBatch PostgresFollower::fetchNew()
{
    m_error.clear();
    TickBatch ticks;
    for (;;) {
        m_newTicks.addBindValue(m_lastId);
        m_newTicks.addBindValue(kFetchRows);
        if (!exec(m_newTicks))
            return ticks;   // what was read before: lastId() stays at its end
        qsizetype rows = 0;
        while (m_newTicks.next()) {
            ++rows;
            m_lastId = m_newTicks.value(0).toLongLong();
            Tick tick;
            tick.symbol = m_newTicks.value(1).toString();
            tick.provider = m_newTicks.value(2).toString();
            tick.timeMs = m_newTicks.value(3).toLongLong();
            tick.price = m_newTicks.value(4).toDouble();
            tick.size = m_newTicks.value(5).toDouble();
            const qint64 seq = m_newTicks.value(6).toLongLong();
            tick.sequence = std::max<qint64>(-1, seq);
            tick.occurrence = seq < -1 ? quint32(-1 - seq) : 0;   // PostgresDialect::storedSequence
            tick.receivedMs = m_newTicks.value(7).toLongLong();
            ticks.append(tick);
        }
        m_newTicks.finish();
        if (rows < kFetchRows)
            return ticks;
    }
}

bool PostgresFollower::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

} // namespace tickerline
