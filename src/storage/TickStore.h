#pragma once

#include "Bar.h"
#include "CsvImport.h"
#include "Instrument.h"
#include "StoreTypes.h"
#include "StreamTypes.h"
#include "Tick.h"

#include <QObject>

#include <memory>

namespace tickerline {

class Clock;

struct TickStoreOptions
{
    // Commit at least this often while data arrives (at least 10 ms).
    int commitIntervalMs = 100;
    // The write queue's bound: a few hundred MB of ticks.
    qsizetype maxQueuedTicks = 5'000'000;
};

// The only writer of the database. Lives on the store thread and owns its own
// QSqlDatabase connection there (Qt Sql connections are per-thread). All
// public slots are meant to be invoked through queued connections.
//
// Writes are queued (WriteQueue.h) and committed in batched transactions at
// least every commitIntervalMs while data arrives. Exactly once: a tick with a sequence is
// unique on (provider, symbol, sequence), one without on
// (provider, symbol, time, price, size); duplicates are ignored without losing
// the rest of their batch. A failed commit (busy, disk full) keeps the queue
// and is retried; rows written while the store is closed wait for the next
// open(). When a PostgreSQL server goes away, the store says Retrying with
// the reason, keeps its queue and reconnects with backoff; once back it
// commits the queue (duplicates of a commit whose answer was lost are
// ignored), and a viewer catches up from the last tick it saw. The queue is bounded
// (maxQueuedTicks): past 80 % the store warns once in the log and in
// StoreStatus::message; at the limit new ticks are dropped and counted in
// StoreStatus::droppedTicks, never silently.
//
// Retention (off by default) deletes raw ticks older than N days after open
// and then hourly, in small steps between commits; bars and rollups
// (RollupAccumulator.h) are kept forever, so reduced history of the deleted
// span still shows at zoom levels of 5 seconds per bucket and coarser
// (RetentionSchedule.h).
//
// CSV imports run through this store's writer too (importCsv), so that one
// process never has two writers on its database.
//
// Destroy it on its own thread (QThread::finished -> deleteLater): the
// destructor commits what is queued through the thread's connection.
class TickStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TickStore)
public:
    explicit TickStore(const Clock &clock, const TickStoreOptions &options = {}, QObject *parent = nullptr);
    ~TickStore() override;   // commits what is queued and closes

    // Default location: <AppDataLocation>/tickerline.sqlite
    [[nodiscard]] static QString defaultLocation();

public Q_SLOTS:
    // A SQLite path or a postgresql:// URL (StoreLocation.h); emits opened or failed.
    void open(const QString &location);
    // PostgreSQL: the password for the next open() (the GUI's, from the
    // keychain); empty: the URL's or PGPASSWORD. Never logged or shown.
    void setPassword(const QString &password);
    void close();                           // commits, then closes
    void writeTicks(const tickerline::TickBatch &ticks);
    // Like writeTicks, then writeConfirmed(receipt, true) once these ticks
    // (and everything written before them) are committed, duplicates
    // included; (receipt, false) if they were dropped (the queue was full)
    // or the store closed before they could be committed.
    void writeAndConfirm(const tickerline::TickBatch &ticks, quint64 receipt);
    // Serving (SQLite): number every committed tick in the stream table and
    // emit it as ticksCommitted. Set before open().
    void setStreamLog(bool on);
    // Reads the stream log for a client catching up; answers with streamReady.
    // Commits what is queued first, so the answer and the ticksCommitted
    // batches emitted before it leave no gap between them.
    void requestStream(const tickerline::StreamRequest &request);
    void writeBars(const tickerline::BarBatch &bars);
    void writeInstruments(const tickerline::InstrumentList &instruments);
    void flush();                           // commits now; emits flushed()
    // Caps the file at about this size (SQLite max_page_count, never below
    // its current size): past it writes fail like on a full disk and are
    // retried. 0: no cap. For quotas on shared disks, and fault tests.
    void setMaxDatabaseBytes(qint64 bytes);
    void setRetentionDays(int days);        // 0: keep ticks forever; applied now if open
    void applyRetention();                  // a retention pass now; emits retentionApplied()
    // Viewer: on a PostgreSQL store, LISTEN for commits of other processes
    // and emit their ticks as ticksFollowed. Set before open(); no effect on SQLite.
    void setFollowing(bool following);
    void requestHistory(const tickerline::HistoryRequest &request);
    void requestInstruments();
    // Imports a CSV file through this store's writer, in one transaction, a
    // batch per turn of the event loop; ticks that arrive meanwhile are
    // committed after it. One import at a time; a job that cannot start (the
    // store is not open, another import runs) is told so through finished.
    void importCsv(const tickerline::CsvImportJob &job);

Q_SIGNALS:
    void opened(const tickerline::StoreStatus &status);
    void failed(const QString &message);
    void statusChanged(const tickerline::StoreStatus &status);
    void flushed(const tickerline::StoreStatus &status);
    void historyReady(const tickerline::HistoryResult &result);
    void streamReady(const tickerline::StreamResult &result);
    // With the stream log on: the ticks a commit inserted, numbered, right after COMMIT.
    void ticksCommitted(const tickerline::StreamBatch &batch);
    void writeConfirmed(quint64 receipt, bool committed);
    // Ticks another process committed (setFollowing), oldest first.
    void ticksFollowed(const tickerline::TickBatch &ticks);
    void instrumentsLoaded(const tickerline::InstrumentList &instruments);
    // Backfilled bars were committed: charts showing that span should reload it.
    void barsStored(const QStringList &symbols, qint64 fromMs, qint64 toMs);
    // A retention pass deleted these ticks, all older than cutoffMs.
    void retentionApplied(quint64 deletedTicks, qint64 cutoffMs);

private:
    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace tickerline
