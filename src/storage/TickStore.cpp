#include "TickStore.h"

#include "Backoff.h"
#include "Clock.h"
#include "CoreMetaTypes.h"
#include "PostgresFollower.h"
#include "RetentionSchedule.h"
#include "Schema.h"
#include "StorageLog.h"
#include "StoreConnection.h"
#include "StoreDialect.h"
#include "StoreImport.h"
#include "StoreReader.h"
#include "StoreWriter.h"
#include "StreamReader.h"
#include "TimeUnits.h"
#include "WriteQueue.h"

#include <QSignalBlocker>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QTimer>

#include <limits>
#include <optional>
#include <utility>

namespace tickerline {

Q_LOGGING_CATEGORY(lcStorage, "tickerline.storage")

namespace {

constexpr int kMinCommitIntervalMs = 10;
// Past this many queued ticks a burst is committed at once instead of waiting
// for the timer, which bounds both memory and the length of one transaction.
constexpr qsizetype kCommitNowTicks = 50'000;
// A viewer also reads on this timer, not only when notified: a lost
// connection shows up within it, and a missed notification costs no ticks.
constexpr int kFollowPollMs = int(MsPerSecond);
// Reconnecting to a PostgreSQL server that went away: quick at first (a
// restart takes seconds), then no more than every 15 s.
constexpr BackoffPolicy kReconnectPolicy{.baseMs = 250, .factor = 2.0, .capMs = 15'000, .floorMs = 100};

void registerStoreMetaTypes()
{
    registerCoreMetaTypes();
    qRegisterMetaType<HistoryRequest>();
    qRegisterMetaType<HistoryResult>();
    qRegisterMetaType<StoreStatus>();
    qRegisterMetaType<StreamBatch>();
    qRegisterMetaType<StreamRequest>();
    qRegisterMetaType<StreamResult>();
}

struct BarSpan
{
    QStringList symbols;
    qint64 fromMs = std::numeric_limits<qint64>::max();
    qint64 toMs = std::numeric_limits<qint64>::min();
};

BarSpan spanOf(const BarBatch &bars)
{
    BarSpan span;
    for (const Bar &bar : bars) {
        if (!span.symbols.contains(bar.symbol))
            span.symbols.append(bar.symbol);
        span.fromMs = std::min(span.fromMs, bar.timeMs);
        span.toMs = std::max(span.toMs, bar.timeMs + bar.intervalMs);
    }
    return span;
}

} // namespace

// The store's jobs: the write queue (WriteQueue), retention
// (RetentionSchedule), a running CSV import (StoreImport), and here the
// keeping of the connection: open, migrate, follow, reconnect, commit.
struct TickStore::Private
{
    Private(TickStore *q, const Clock &clock, const TickStoreOptions &options)
        : q(q), clock(clock), queue(options.maxQueuedTicks), retention(clock, q), commitTimer(q), reconnectTimer(q),
          followTimer(q), reconnectBackoff(kReconnectPolicy)
    {
        reconnectTimer.setSingleShot(true);
        followTimer.setInterval(kFollowPollMs);
        commitTimer.setSingleShot(true);
        if (options.commitIntervalMs < kMinCommitIntervalMs)
            qCWarning(lcStorage, "commit interval %d ms is below the store's minimum: committing every %d ms",
                      options.commitIntervalMs, kMinCommitIntervalMs);
        commitTimer.setInterval(std::max(kMinCommitIntervalMs, options.commitIntervalMs));
    }

    [[nodiscard]] bool isOpen() const { return writer != nullptr; }

    void scheduleCommit()
    {
        if (isOpen() && !queue.isEmpty() && !commitTimer.isActive())
            commitTimer.start();
    }

    void commitPending()
    {
        // An import holds the transaction; what queued meanwhile follows it.
        if (!isOpen() || queue.isEmpty() || import)
            return;
        commitTimer.stop();
        const WriteOutcome outcome = writer->write(queue.pending());
        if (!outcome.ok && !connection.isAlive())
            return loseConnection(outcome.error);
        if (outcome.ok) {
            status.committedTicks += outcome.insertedTicks;
            status.duplicateTicks += outcome.duplicateTicks;
            status.state = StoreState::Open;
            queue.setWriteError({});
            const BarSpan backfilled = spanOf(queue.pending().bars);
            queue.clear();
            if (!outcome.stream.ticks.isEmpty())
                Q_EMIT q->ticksCommitted(outcome.stream);
            confirmAll(true);
            if (!backfilled.symbols.isEmpty())
                Q_EMIT q->barsStored(backfilled.symbols, backfilled.fromMs, backfilled.toMs);
        } else {
            // Busy or disk full: keep every queued row and try again on the
            // next tick of the timer.
            if (status.state != StoreState::Retrying)
                qCWarning(lcStorage).noquote() << outcome.error;
            status.state = StoreState::Retrying;
            queue.setWriteError(outcome.error);
            commitTimer.start();
        }
        queue.noteLevel(status);
        Q_EMIT q->statusChanged(status);
    }

    void confirmAll(bool committed)
    {
        for (const quint64 receipt : std::exchange(confirmations, {}))
            Q_EMIT q->writeConfirmed(receipt, committed);
    }

    void applySizeCap()
    {
        if (isOpen() && !connection.dialect().capSize(connection, maxDatabaseBytes, ownSizeLimit))
            qCWarning(lcStorage).noquote() << connection.errorMessage();
    }

    void closeConnection()
    {
        reconnectTimer.stop();
        if (std::exchange(reconnecting, false)) {
            // One last try, so that what is queued is not lost if the server is back.
            QString error;
            if (!queue.isEmpty() && !connectStore(error))
                qCWarning(lcStorage).noquote() << error;
        }
        if (!isOpen()) {
            warnUnwritten();
            status.state = StoreState::Closed;
            return;
        }
        if (import)
            import->abort(QStringLiteral("The tick store closed; nothing was imported"));
        commitPending();
        confirmAll(queue.isEmpty());
        warnUnwritten();
        commitTimer.stop();
        closeStatements();
        status.state = StoreState::Closed;
    }

    void warnUnwritten() const
    {
        // A store that never opened has said why once already (fail()).
        const bool failed = status.state == StoreState::Failed;
        if (queue.isEmpty() || (failed && queue.tickCount() == 0))
            return;
        qCWarning(lcStorage).noquote() << QStringLiteral("Closing %1 with %2 ticks not written: %3")
                                              .arg(status.location)
                                              .arg(queue.tickCount())
                                              .arg(failed ? QStringLiteral("the database could not be opened")
                                                          : status.message);
    }

    // Opens the connection to location, migrates, starts following (a
    // viewer) and makes the writer. On failure everything is closed again.
    bool connectStore(QString &error)
    {
        if (!connection.open(location, StoreConnection::Mode::Write, password)) {
            error = connection.errorMessage();
            return false;
        }
        const MigrationResult migration = migrateSchema(connection);
        if (!migration.ok) {
            error = migration.error;
            closeStatements();
            return false;
        }
        if (migration.fromVersion > 0 && migration.fromVersion != migration.toVersion) {
            qCInfo(lcStorage).noquote()
                << QStringLiteral("Upgraded %1 from schema version %2 to %3; the old file is kept as %4")
                       .arg(status.location)
                       .arg(migration.fromVersion)
                       .arg(migration.toVersion)
                       .arg(migration.backupPath);
        }
        ownSizeLimit = connection.dialect().ownSizeLimit(connection);
        if (following && connection.dialect().canFollow() && !startFollowing(error)) {
            closeStatements();
            return false;
        }
        writer = std::make_unique<StoreWriter>(connection, clock);
        writer->setStreamLog(streamLog);
        retention.attach(&connection);
        return true;
    }

    bool startFollowing(QString &error)
    {
        follower = std::make_unique<PostgresFollower>(connection.database());
        if (!follower->start(followedId)) {
            error = QStringLiteral("Cannot follow %1: %2").arg(status.location, follower->errorMessage());
            return false;
        }
        followedId = follower->lastId();
        // The driver lives on this thread, so its socket notifier calls back
        // here; a new connection has a new driver, the old one took its
        // connection with it.
        QObject::connect(connection.database().driver(), &QSqlDriver::notification, q, [this] { followNew(); });
        followTimer.start();
        return true;
    }

    // Emits every tick committed since the last one seen, once.
    void followNew()
    {
        if (!follower)
            return;
        const TickBatch ticks = follower->fetchNew();
        followedId = follower->lastId();
        if (!ticks.isEmpty())
            Q_EMIT q->ticksFollowed(ticks);
        const QString error = follower->errorMessage();
        if (error.isEmpty())
            return;
        if (!connection.isAlive())
            loseConnection(error);
        else
            qCWarning(lcStorage).noquote() << error;
    }

    // The PostgreSQL server went away: keep the queue (bounded as ever), say
    // so, and reconnect with backoff until it is back.
    void loseConnection(const QString &reason)
    {
        if (import)
            import->abort(reason);
        closeStatements();
        commitTimer.stop();
        reconnecting = true;
        queue.setWriteError(
            QStringLiteral("Lost the connection to %1, reconnecting: %2").arg(status.location, reason.trimmed()));
        qCWarning(lcStorage).noquote() << queue.writeError();
        status.state = StoreState::Retrying;
        queue.noteLevel(status);
        Q_EMIT q->statusChanged(status);
        reconnectTimer.start(int(reconnectBackoff.nextDelayMs()));
    }

    void reconnect()
    {
        QString error;
        if (!connectStore(error)) {
            // Logged once when the connection was lost; each attempt's reason is in the status.
            queue.setWriteError(QStringLiteral("%1; retrying").arg(error.trimmed()));
            queue.noteLevel(status);
            Q_EMIT q->statusChanged(status);
            reconnectTimer.start(int(reconnectBackoff.nextDelayMs()));
            return;
        }
        reconnecting = false;
        reconnectBackoff.reset();
        qCInfo(lcStorage).noquote() << QStringLiteral("Reconnected to %1").arg(status.location);
        status.state = StoreState::Open;
        queue.setWriteError({});
        queue.noteLevel(status);
        commitPending();   // everything queued meanwhile, at once
        if (isOpen() && status.state == StoreState::Open)
            Q_EMIT q->statusChanged(status);
        followNew();       // everything committed while this viewer was away
        retention.apply();
    }

    void endImport()
    {
        import.release()->deleteLater();   // it is in the middle of emitting ended()
        retention.setPaused(false);
        scheduleCommit();
    }

    void closeStatements()
    {
        followTimer.stop();
        // Prepared queries must go before the connection.
        retention.attach(nullptr);
        follower.reset();
        writer.reset();
        connection.close();
    }

    void fail(const QString &message)
    {
        closeStatements();
        status.state = StoreState::Failed;
        status.message = message;
        qCWarning(lcStorage).noquote() << message;
        Q_EMIT q->failed(message);
    }

    TickStore *const q;
    const Clock &clock;
    WriteQueue queue;
    RetentionSchedule retention;
    QTimer commitTimer;
    QTimer reconnectTimer;
    QTimer followTimer;
    Backoff reconnectBackoff;
    bool reconnecting = false;             // the PostgreSQL connection was lost; reconnectTimer retries
    QString location;                      // as given to open(): may hold a password, never shown
    QString password;                      // setPassword(): never shown
    std::optional<qint64> followedId;      // the last tick a viewer saw, kept across reconnects
    StoreConnection connection;
    std::unique_ptr<StoreWriter> writer;   // set while open
    std::unique_ptr<PostgresFollower> follower;   // viewer of a PostgreSQL store
    std::unique_ptr<StoreImport> import;   // a CSV import holding the writer's transaction
    bool following = false;
    bool streamLog = false;
    QList<quint64> confirmations;          // writeAndConfirm() receipts waiting for the next commit
    StoreStatus status;
    qint64 maxDatabaseBytes = 0;
    qint64 ownSizeLimit = 0;               // the database's own, restored when the cap is lifted
};

TickStore::TickStore(const Clock &clock, const TickStoreOptions &options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, clock, options))
{
    static const bool registered = (registerStoreMetaTypes(), true);
    Q_UNUSED(registered)
    connect(&d->commitTimer, &QTimer::timeout, this, [this] { d->commitPending(); });
    connect(&d->retention, &RetentionSchedule::applied, this, &TickStore::retentionApplied);
    connect(&d->reconnectTimer, &QTimer::timeout, this, [this] { d->reconnect(); });
    connect(&d->followTimer, &QTimer::timeout, this, [this] { d->followNew(); });
}

TickStore::~TickStore()
{
    // Receivers must not see a half-destroyed sender; the last commit is still made.
    const QSignalBlocker blocker(this);
    d->closeConnection();
}

void TickStore::setMaxDatabaseBytes(qint64 bytes)
{
    d->maxDatabaseBytes = std::max<qint64>(0, bytes);
    d->applySizeCap();
}

void TickStore::setRetentionDays(int days)
{
    d->retention.setDays(days);
}

void TickStore::applyRetention()
{
    d->retention.apply();
}

QString TickStore::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/tickerline.sqlite");
}

void TickStore::open(const QString &location)
{
    d->closeConnection();
    d->location = location.isEmpty() ? defaultLocation() : location;
    d->followedId.reset();
    d->reconnectBackoff.reset();
    d->status = StoreStatus{};
    d->status.location = redactedLocation(d->location);
    d->status.queuedTicks = d->queue.tickCount();

    QString error;
    if (!d->connectStore(error))
        return d->fail(error);
    d->status.state = StoreState::Open;
    d->applySizeCap();
    Q_EMIT opened(d->status);
    // Rows written before open() (queued calls can race it) go out now.
    d->scheduleCommit();
    d->retention.apply();
}

void TickStore::setPassword(const QString &password)
{
    d->password = password;
}

void TickStore::close()
{
    if (!d->isOpen() && !d->reconnecting)
        return;
    d->closeConnection();
    Q_EMIT statusChanged(d->status);
}

void TickStore::writeTicks(const TickBatch &ticks)
{
    d->queue.addTicks(ticks, d->status);
    if (d->queue.noteLevel(d->status))
        Q_EMIT statusChanged(d->status);
    // While retrying, the timer paces attempts; bursts just queue up.
    if (d->queue.tickCount() >= kCommitNowTicks && d->status.state == StoreState::Open)
        d->commitPending();
    else
        d->scheduleCommit();
}

void TickStore::writeAndConfirm(const TickBatch &ticks, quint64 receipt)
{
    const quint64 dropped = d->status.droppedTicks;
    writeTicks(ticks);
    if (d->status.droppedTicks != dropped) {
        Q_EMIT writeConfirmed(receipt, false);
        return;
    }
    if (d->queue.isEmpty() && d->isOpen()) {
        Q_EMIT writeConfirmed(receipt, true);   // nothing storable in it, or committed at once
        return;
    }
    d->confirmations.append(receipt);
    d->scheduleCommit();
}

void TickStore::setStreamLog(bool on)
{
    d->streamLog = on;
    if (d->writer)
        d->writer->setStreamLog(on);
}

void TickStore::requestStream(const StreamRequest &request)
{
    d->commitPending();
    StreamResult result;
    if (!d->isOpen()) {
        result.id = request.id;
        result.error = QStringLiteral("The tick store is not open");
    } else if (const std::optional<qint64> last = d->writer->lastStreamSequence(); !last) {
        result.id = request.id;
        result.error = QStringLiteral("Cannot read the stream log: %1").arg(d->connection.errorMessage());
    } else {
        result = readStream(d->connection.database(), request, *last);
    }
    if (!result.error.isEmpty())
        qCWarning(lcStorage).noquote() << QStringLiteral("Stream query failed: %1").arg(result.error);
    Q_EMIT streamReady(result);
}

void TickStore::writeBars(const BarBatch &bars)
{
    d->queue.addBars(bars, d->status);
    d->scheduleCommit();
}

void TickStore::writeInstruments(const InstrumentList &instruments)
{
    d->queue.addInstruments(instruments);
    d->scheduleCommit();
}

void TickStore::flush()
{
    d->commitPending();
    Q_EMIT flushed(d->status);
}

void TickStore::setFollowing(bool following)
{
    d->following = following;
}

void TickStore::requestHistory(const HistoryRequest &request)
{
    // The answer must include what was written just before the request.
    d->commitPending();
    if (!d->isOpen()) {
        HistoryResult result;
        result.id = request.id;
        result.fromMs = request.fromMs;
        result.toMs = request.toMs;
        result.error = QStringLiteral("The tick store is not open");
        Q_EMIT historyReady(result);
        return;
    }
    const HistoryResult result = queryHistory(d->connection.database(), request);
    if (!result.error.isEmpty())
        qCWarning(lcStorage).noquote() << QStringLiteral("History query failed: %1").arg(result.error);
    Q_EMIT historyReady(result);
}

void TickStore::requestInstruments()
{
    d->commitPending();
    InstrumentsResult result;
    if (d->isOpen())
        result = loadInstruments(d->connection.database());
    if (!result.error.isEmpty())
        qCWarning(lcStorage).noquote() << QStringLiteral("Loading instruments failed: %1").arg(result.error);
    Q_EMIT instrumentsLoaded(result.instruments);
}

void TickStore::importCsv(const CsvImportJob &job)
{
    if (d->import) {
        ImportResult busy;
        busy.error = QStringLiteral("Another import is running; nothing was imported");
        if (job.finished)
            job.finished(busy);
        return;
    }
    // Ticks queued so far go in a transaction of their own, before the import's.
    d->commitPending();
    d->import = std::make_unique<StoreImport>(job);
    connect(d->import.get(), &StoreImport::ended, this, [this] { d->endImport(); });
    d->retention.setPaused(true);
    d->import->start(d->writer.get());
}

} // namespace tickerline
