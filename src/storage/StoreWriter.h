#pragma once

#include "Bar.h"
#include "Instrument.h"
#include "RollupAccumulator.h"
#include "StoreConnection.h"
#include "StreamTypes.h"
#include "Tick.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace tickerline {

class Clock;
class TickInserter;
struct SeriesTick;

// Everything waiting for the next commit.
struct PendingWrites
{
    TickBatch ticks;
    BarBatch bars;
    InstrumentList instruments;

    [[nodiscard]] bool isEmpty() const { return ticks.isEmpty() && bars.isEmpty() && instruments.isEmpty(); }
};

// A tick known only by what a CSV row holds (symbol, time, price, size),
// and which of several identical rows in one run of equal times it is.
struct ImportedTick
{
    QString provider;
    QString symbol;
    qint64 timeMs = 0;
    double price = 0;
    double size = 0;
    quint32 occurrence = 0;   // 0: the first of identical rows in its run
};

struct WriteOutcome
{
    bool ok = false;
    QString error;
    quint64 insertedTicks = 0;
    quint64 duplicateTicks = 0;
    StreamBatch stream;   // with the stream log on: the inserted ticks, numbered
};

// Writes pending rows with prepared statements, the ticks through the
// connection's dialect (StoreDialect.h), and the rollups of exactly the ticks
// it inserted (duplicates ignored by the keys add nothing), all in one
// transaction: on any failure nothing is written and the caller keeps its
// queue to retry. Bulk loads instead hold one transaction across many
// insertImported() calls (begin() … commit() or rollback()), so a whole file
// lands or none of it. Must be destroyed before its connection closes.
class StoreWriter final
{
    Q_DISABLE_COPY_MOVE(StoreWriter)
public:
    StoreWriter(StoreConnection &connection, const Clock &clock);
    ~StoreWriter();

    [[nodiscard]] WriteOutcome write(const PendingWrites &pending);
    // On: every tick write() inserts (duplicates not) is also numbered in
    // the stream table and returned in WriteOutcome::stream. SQLite only.
    void setStreamLog(bool on) { m_streamLog = on; }
    // The last stream sequence committed (0: none yet); reads it if unknown.
    [[nodiscard]] std::optional<qint64> lastStreamSequence();

    [[nodiscard]] bool begin();
    [[nodiscard]] bool commit();
    void rollback();
    // A CSV row carries no provider or sequence, so it is a duplicate when the
    // database already holds more than `occurrence` ticks of that symbol with
    // its time, price and size, from any provider: re-importing a file, or
    // importing an export into the database it came from, adds nothing, while
    // identical trades within one millisecond keep their count. Stored rows
    // take seq below the "no sequence" value so that identical ones fit the
    // primary key. A batch in file order (occurrences counted over the whole file).
    [[nodiscard]] bool insertImported(const QList<ImportedTick> &ticks, WriteOutcome &outcome);
    // Why the last call failed, naming the file.
    [[nodiscard]] QString errorMessage() const;

private:
    bool prepare();
    bool writeTicks(const TickBatch &ticks, WriteOutcome &outcome);
    bool writeStream(const QList<SeriesTick> &rows, const QList<qsizetype> &inserted, WriteOutcome &outcome);
    bool writeBars(const BarBatch &bars);
    // Upserts the rollups of the ticks inserted since the last call.
    bool writeRollups();
    bool writeInstruments(const InstrumentList &instruments);
    [[nodiscard]] qint64 seriesId(const QString &provider, const QString &symbol);   // -1 on error
    bool exec(QSqlQuery &query);
    bool failWithInserter();

    StoreConnection &m_connection;
    const Clock &m_clock;
    bool m_prepared = false;
    QString m_error;
    QSqlQuery m_insertSeries;
    QSqlQuery m_selectSeries;
    QSqlQuery m_upsertBar;
    QSqlQuery m_upsertInstrument;
    QSqlQuery m_upsertRollup;
    QSqlQuery m_insertStream;
    bool m_streamLog = false;
    std::optional<qint64> m_lastStreamSequence;   // committed; unknown after a rollback
    std::unique_ptr<TickInserter> m_ticks;
    // Rollups of the ticks this transaction inserted, not yet upserted.
    RollupAccumulator m_rollups;
    // Only ids of committed rows: cleared when a transaction rolls back.
    QHash<std::pair<QString, QString>, qint64> m_seriesIds;
};

} // namespace tickerline
