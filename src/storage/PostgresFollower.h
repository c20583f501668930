#pragma once

#include "Tick.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace tickerline {

// The channel that viewers LISTEN on and the writer notifies in each commit
// that inserted ticks, and its payload limit (8000 bytes; the payload is only
// a hint naming the symbols).
inline constexpr char16_t kTickChannel[] = u"tickerline_ticks";
inline constexpr qsizetype kMaxNotifyPayload = 7900;

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
    // is the chart's business, only later ticks are "new". After a reconnect,
    // afterId is the last tick id seen before the connection broke, so that
    // the next fetchNew() catches up everything committed in between.
    // False on error.
    [[nodiscard]] bool start(std::optional<qint64> afterId = std::nullopt);
    // The id of the newest tick seen so far (PostgreSQL's identity column).
    [[nodiscard]] qint64 lastId() const { return m_lastId; }
    // Ticks committed since the last call, oldest first. On error (check
    // errorMessage()) those read before it, never one twice.
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
