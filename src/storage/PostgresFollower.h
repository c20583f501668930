#pragma once

#include "Tick.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace tickerline {

// A viewer's view of ticks that another process (a collector) commits to the
// same PostgreSQL database. The writer sends NOTIFY tickerline_ticks with
// each commit that inserted ticks; the follower LISTENs on the store's own
// connection and, when told, reads every tick with an id above the last one
// it saw. Ids come from the ticks table's identity column, in insertion
// order; with the one collector per database that DESIGN.md assumes that is
// also commit order, so no row is skipped.
// Must be destroyed before its connection closes.
class PostgresFollower final
{
    Q_DISABLE_COPY_MOVE(PostgresFollower)
public:
    explicit PostgresFollower(const QSqlDatabase &db);

    // Subscribes and remembers the newest tick now stored: history up to here
    // is the chart's business, only later ticks are "new". False on error.
    [[nodiscard]] bool start();
    // Ticks committed since the last call, oldest first; empty on error.
    [[nodiscard]] TickBatch fetchNew();
    [[nodiscard]] const QString &errorMessage() const { return m_error; }

private:
    bool exec(QSqlQuery &query);

    QSqlDatabase m_db;
    QSqlQuery m_newTicks;
    qint64 m_lastId = 0;
    QString m_error;
};

} // namespace tickerline
