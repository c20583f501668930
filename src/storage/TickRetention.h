#pragma once

#include <QList>
#include <QSqlQuery>
#include <QString>

namespace tickerline {

class StoreConnection;

// Deletes raw ticks older than a cutoff, one series and at most about
// ChunkRows rows per step, each step its own short transaction, so the store
// thread commits new ticks between steps instead of waiting for a pass over
// millions of rows. Bars and rollups are kept: they are history. Must be
// destroyed before its connection closes.
class TickRetention final
{
    Q_DISABLE_COPY_MOVE(TickRetention)
public:
    static constexpr int ChunkRows = 5000;

    explicit TickRetention(StoreConnection &connection);
    ~TickRetention();

    enum class Step { More, Done, Failed };

    // Starts a pass; a pass already running starts over with the new cutoff.
    [[nodiscard]] bool start(qint64 cutoffMs);
    [[nodiscard]] Step step();
    [[nodiscard]] bool isRunning() const { return m_next < m_series.size(); }
    [[nodiscard]] quint64 deletedTicks() const { return m_deleted; }
    [[nodiscard]] qint64 cutoffMs() const { return m_cutoffMs; }
    [[nodiscard]] QString errorMessage() const;

private:
    void stopWith(const QSqlQuery &query);   // ends the pass with the query's error

    StoreConnection &m_connection;
    QSqlQuery m_chunkEnd;
    QSqlQuery m_delete;
    QList<qint64> m_series;
    qsizetype m_next = 0;
    qint64 m_cutoffMs = 0;
    quint64 m_deleted = 0;
    QString m_error;
};

} // namespace tickerline
