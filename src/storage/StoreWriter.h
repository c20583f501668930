#pragma once

#include "Bar.h"
#include "Instrument.h"
#include "Tick.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>

#include <utility>

namespace tickerline {

class Clock;
class SqliteConnection;

// Everything waiting for the next commit.
struct PendingWrites
{
    TickBatch ticks;
    BarBatch bars;
    InstrumentList instruments;

    [[nodiscard]] bool isEmpty() const { return ticks.isEmpty() && bars.isEmpty() && instruments.isEmpty(); }
};

struct WriteOutcome
{
    bool ok = false;
    QString error;
    quint64 insertedTicks = 0;
    quint64 duplicateTicks = 0;
};

// Writes pending rows with prepared statements, all in one transaction: on
// any failure nothing is written and the caller keeps its queue to retry.
// Must be destroyed before its connection closes.
class StoreWriter final
{
    Q_DISABLE_COPY_MOVE(StoreWriter)
public:
    StoreWriter(SqliteConnection &connection, const Clock &clock);
    ~StoreWriter();

    [[nodiscard]] WriteOutcome write(const PendingWrites &pending);

private:
    bool prepare();
    bool writeTicks(const TickBatch &ticks, WriteOutcome &outcome);
    bool writeBars(const BarBatch &bars);
    bool writeInstruments(const InstrumentList &instruments);
    [[nodiscard]] qint64 seriesId(const QString &provider, const QString &symbol);   // -1 on error
    bool exec(QSqlQuery &query);
    [[nodiscard]] WriteOutcome failure() const;

    SqliteConnection &m_connection;
    const Clock &m_clock;
    bool m_prepared = false;
    QString m_error;
    QSqlQuery m_insertSeries;
    QSqlQuery m_selectSeries;
    QSqlQuery m_insertTick;
    QSqlQuery m_upsertBar;
    QSqlQuery m_upsertInstrument;
    // Only ids of committed rows: cleared when a transaction rolls back.
    QHash<std::pair<QString, QString>, qint64> m_seriesIds;
};

} // namespace tickerline
