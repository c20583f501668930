#include "TickRetention.h"

#include "StoreConnection.h"

#include <QDir>
#include <QSqlError>

#include <algorithm>

namespace tickerline {

TickRetention::TickRetention(StoreConnection &connection)
    : m_connection(connection), m_chunkEnd(connection.database()), m_delete(connection.database())
{
}

TickRetention::~TickRetention() = default;

bool TickRetention::start(qint64 cutoffMs)
{
    m_series.clear();
    m_next = 0;
    m_cutoffMs = cutoffMs;
    m_deleted = 0;
    m_error.clear();
    // Both walk the ticks key (series, time_ms, …) from its start: no scan.
    // The time of the ChunkRows-th oldest expired tick bounds one step.
    if (!m_chunkEnd.isValid()
        && !m_chunkEnd.prepare(QStringLiteral("SELECT time_ms FROM ticks WHERE series = :series AND time_ms < :cutoff"
                                              " ORDER BY time_ms LIMIT 1 OFFSET :offset"))) {
        stopWith(m_chunkEnd);
        return false;
    }
    if (!m_delete.isValid()
        && !m_delete.prepare(QStringLiteral("DELETE FROM ticks WHERE series = :series AND time_ms < :before"))) {
        stopWith(m_delete);
        return false;
    }
    QSqlQuery series(m_connection.database());
    series.setForwardOnly(true);
    if (!series.exec(QStringLiteral("SELECT id FROM series ORDER BY id"))) {
        stopWith(series);
        return false;
    }
    while (series.next())
        m_series.append(series.value(0).toLongLong());
    return true;
}

TickRetention::Step TickRetention::step()
{
    if (!isRunning())
        return Step::Done;
    const qint64 series = m_series.at(m_next);
    m_chunkEnd.bindValue(QStringLiteral(":series"), series);
    m_chunkEnd.bindValue(QStringLiteral(":cutoff"), m_cutoffMs);
    m_chunkEnd.bindValue(QStringLiteral(":offset"), ChunkRows - 1);
    if (!m_chunkEnd.exec()) {
        stopWith(m_chunkEnd);
        return Step::Failed;
    }
    // Fewer than ChunkRows expired ticks left: this step finishes the series.
    // Otherwise ticks sharing the bounding time go too, so a step never splits a millisecond.
    const bool more = m_chunkEnd.next();
    const qint64 before = more ? m_chunkEnd.value(0).toLongLong() + 1 : m_cutoffMs;
    m_chunkEnd.finish();

    m_delete.bindValue(QStringLiteral(":series"), series);
    m_delete.bindValue(QStringLiteral(":before"), before);
    if (!m_delete.exec()) {
        stopWith(m_delete);
        return Step::Failed;
    }
    m_deleted += quint64(std::max(0, m_delete.numRowsAffected()));
    if (!more)
        ++m_next;
    return isRunning() ? Step::More : Step::Done;
}

QString TickRetention::errorMessage() const
{
    return QStringLiteral("Cannot delete old ticks from %1: %2")
        .arg(QDir::toNativeSeparators(m_connection.path()), m_error);
}

void TickRetention::stopWith(const QSqlQuery &query)
{
    m_error = query.lastError().text();
    m_series.clear();
    m_next = 0;
}

} // namespace tickerline
