#pragma once

#include "AlertEvent.h"
#include "AlertRule.h"
#include "CsvImport.h"
#include "FeedConfig.h"
#include "FeedStatus.h"
#include "Frame.h"
#include "Instrument.h"
#include "ProviderSpec.h"
#include "StoreTypes.h"
#include "StreamTypes.h"

#include <QObject>

#include <functional>
#include <memory>

namespace tickerline {

class Clock;

struct EngineConfig
{
    FeedConfig feed;
    QString databaseLocation;        // SQLite path or postgresql:// URL; empty: TickStore::defaultLocation()
    QString databasePassword;        // PostgreSQL, from the GUI's keychain; empty: the URL's or PGPASSWORD
    bool withFeed = true;            // false: a viewer that only reads the store
    // Viewer of a PostgreSQL store that another process (a collector) writes:
    // the ticks it commits reach the hub, and so frameReady, as if from a feed.
    bool followStore = false;
    int frameIntervalMs = 16;        // GUI frames at most this often (~60 Hz)
    int retentionDays = 0;           // raw ticks older than this are deleted; 0: kept forever
    // Serving: number committed ticks in the store's stream log and emit them
    // as ticksCommitted (SQLite only).
    bool streamLog = false;
    // Tuning of the feeds' transports (tests: short backoffs, loose budgets).
    ProviderOptions providerOptions;
};

// Owns the feed thread, the hub and the store thread, and wires them:
//   feed --ticks--> store (every tick)
//   feed --ticks--> hub --coalesced frames--> frameReady (this object's thread)
// Lives on the thread that uses it (GUI thread or the collector's main thread)
// and never blocks it.
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)
public:
    explicit Engine(const Clock &clock, QObject *parent = nullptr);
    ~Engine() override;   // stops the feed, commits the store, joins the threads

    void start(const EngineConfig &config);
    // Resubscribe the running feed to a new list, no restart.
    void setSymbols(const QStringList &symbols);
    // Replace the feed (other provider, interval, key), or start the first one
    // after a start() without a feed; the store stays open.
    void restartFeed(const FeedConfig &feed);
    // Stop the feed and report this one Failed for the reason given (it cannot
    // start, e.g. it has no API key); the store stays open, restartFeed()
    // starts a feed again.
    void failFeed(const FeedConfig &feed, const QString &reason);
    // Reads history from the store and answers only the one who asked: answer
    // runs on context's thread, and not at all once context is gone. The
    // result carries request.id back, whatever other requests are pending.
    void requestHistory(const tickerline::HistoryRequest &request, QObject *context,
                        std::function<void(const tickerline::HistoryResult &)> answer);
    // Reads the store's stream log (see TickStore::requestStream); answer runs
    // on context's thread, after every ticksCommitted emitted before the
    // read, and not at all once context is gone.
    void requestStream(const tickerline::StreamRequest &request, QObject *context,
                       std::function<void(const tickerline::StreamResult &)> answer);
    // Ticks from elsewhere (a publishing client) into the store; confirmed
    // runs on this object's thread once they are committed (true) or lost
    // (false: the write queue was full, or the store closed).
    void publishTicks(const tickerline::TickBatch &ticks, QObject *context, std::function<void(bool)> confirmed);
    // Imports a CSV file through the store's writer, on the store's thread:
    // the database keeps one writer. job.request.progress and job.finished
    // run on context's thread, and not at all once context is gone; without a
    // store, finished is told so at once.
    void importCsv(tickerline::CsvImportJob job, QObject *context);
    // Changes how long raw ticks are kept, from now on (0: forever).
    void setRetentionDays(int days);
    // Opens the store again with this PostgreSQL password (one just entered
    // after the server refused the last); emits storeOpened or storeFailed.
    void reopenStore(const QString &password);
    // The alert rules evaluated against every tick (before or after start()).
    void setAlertRules(const tickerline::AlertRuleList &rules);
    // Stop the feed, commit everything received; emits stopped() when done.
    void stop();

    [[nodiscard]] const EngineConfig &config() const;
    [[nodiscard]] QStringList symbols() const;

Q_SIGNALS:
    void frameReady(const tickerline::Frame &frame);
    void instrumentsChanged(const tickerline::InstrumentList &instruments);
    void feedStatusChanged(const tickerline::FeedStatus &status);
    void storeOpened(const tickerline::StoreStatus &status);
    void storeFailed(const QString &message);
    void storeStatusChanged(const tickerline::StoreStatus &status);
    // Stored history of these symbols changed in [fromMs, toMs) (backfill committed).
    void historyExtended(const QStringList &symbols, qint64 fromMs, qint64 toMs);
    // With EngineConfig::streamLog: every tick the store committed, numbered.
    void ticksCommitted(const tickerline::StreamBatch &batch);
    void stopped(const tickerline::StoreStatus &finalStatus);
    void alertFired(const tickerline::AlertEvent &event);
    void alertRuleRearmed(const QString &ruleId, qint64 atMs);

private:
    void startFeed(const FeedConfig &feed);
    void retireFeed();
    void flushForStop();
    void mergeInstruments(const tickerline::InstrumentList &instruments);
    void handleHistory(const tickerline::HistoryResult &result);
    void handleStream(const tickerline::StreamResult &result);
    void handleWriteConfirmed(quint64 receipt, bool committed);

    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace tickerline
