#include "TickStore.h"

#include "Backoff.h"
#include "Clock.h"
#include "PostgresFollower.h"
#include "Schema.h"
#include "StoreConnection.h"
#include "StoreDialect.h"
#include "StoreReader.h"
#include "StoreWriter.h"
#include "TickRetention.h"

#include <QLoggingCategory>
#include <QSignalBlocker>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QTimer>

#include <cmath>
#include <limits>
#include <optional>
#include <utility>

namespace tickerline {

namespace {

Q_LOGGING_CATEGORY(lcStorage, "tickerline.storage")

constexpr int kDefaultCommitIntervalMs = 100;
constexpr int kMinCommitIntervalMs = 10;
// Past this many queued ticks a burst is committed at once instead of waiting
// for the timer, which bounds both memory and the length of one transaction.
constexpr qsizetype kCommitNowTicks = 50'000;
constexpr qint64 kMsPerDay = 86'400'000;
constexpr int kRetentionIntervalMs = 3'600'000;
// A viewer also reads on this timer, not only when notified: a lost
// connection shows up within it, and a missed notification costs no ticks.
constexpr int kFollowPollMs = 1000;
// Reconnecting to a PostgreSQL server that went away: quick at first (a
// restart takes seconds), then no more than every 15 s.
constexpr BackoffPolicy kReconnectPolicy{.baseMs = 250, .factor = 2.0, .capMs = 15'000, .floorMs = 100};

bool isStorable(const Tick &tick)
{
    return !tick.symbol.isEmpty() && isValidPrice(tick.price) && std::isfinite(tick.size);
}

bool isStorable(const Bar &bar)
{
    return !bar.symbol.isEmpty() && bar.intervalMs > 0 && isValidPrice(bar.open) && isValidPrice(bar.high)
           && isValidPrice(bar.low) && isValidPrice(bar.close) && std::isfinite(bar.volume);
}

void registerMetaTypes()
{
    // Name-based lookups (QMetaObject::invokeMethod with Q_ARG, QSignalSpy)
    // need the typedef names registered as well.
    qRegisterMetaType<Tick>();
    qRegisterMetaType<TickBatch>();
    qRegisterMetaType<Bar>();
    qRegisterMetaType<BarBatch>();
    qRegisterMetaType<Instrument>();
    qRegisterMetaType<InstrumentList>();
    qRegisterMetaType<SeriesMap>();
    qRegisterMetaType<HistoryRequest>();
    qRegisterMetaType<HistoryResult>();
    qRegisterMetaType<StoreStatus>();
}

} // namespace

struct TickStore::Private
{
    Private(TickStore *q, const Clock &clock)
        : q(q), clock(clock), commitTimer(q), retentionTimer(q), retentionStepTimer(q), reconnectTimer(q),
          followTimer(q), reconnectBackoff(kReconnectPolicy)
    {
        reconnectTimer.setSingleShot(true);
        followTimer.setInterval(kFollowPollMs);
        commitTimer.setSingleShot(true);
        commitTimer.setInterval(kDefaultCommitIntervalMs);
        retentionTimer.setInterval(kRetentionIntervalMs);
        // Zero: the next step runs once the events queued meanwhile (new
        // ticks, commits) have had their turn.
        retentionStepTimer.setSingleShot(true);
        retentionStepTimer.setInterval(0);
    }

    [[nodiscard]] bool isOpen() const { return writer != nullptr; }

    void scheduleCommit()
    {
        if (isOpen() && !pending.isEmpty() && !commitTimer.isActive())
            commitTimer.start();
    }

    struct BarSpan
    {
        QStringList symbols;
        qint64 fromMs = std::numeric_limits<qint64>::max();
        qint64 toMs = std::numeric_limits<qint64>::min();
    };

    static BarSpan spanOf(const BarBatch &bars)
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

    void commitPending()
    {
        if (!isOpen() || pending.isEmpty())
            return;
        commitTimer.stop();
        const WriteOutcome outcome = writer->write(pending);
        if (!outcome.ok && !connection.isAlive())
            return loseConnection(outcome.error);
        if (outcome.ok) {
            status.committedTicks += outcome.insertedTicks;
            status.duplicateTicks += outcome.duplicateTicks;
            status.state = StoreState::Open;
            writeError.clear();
            const BarSpan backfilled = spanOf(pending.bars);
            pending = {};
            if (!backfilled.symbols.isEmpty())
                Q_EMIT q->barsStored(backfilled.symbols, backfilled.fromMs, backfilled.toMs);
        } else {
            // Busy or disk full: keep every queued row and try again on the
            // next tick of the timer.
            if (status.state != StoreState::Retrying)
                qCWarning(lcStorage).noquote() << outcome.error;
            status.state = StoreState::Retrying;
            writeError = outcome.error;
            commitTimer.start();
        }
        noteQueueLevel();
        Q_EMIT q->statusChanged(status);
    }

    // Returns true when the queue just crossed into warning.
    bool noteQueueLevel()
    {
        const qsizetype queued = pending.ticks.size();
        status.queuedTicks = queued;
        const bool high = queued * 5 >= maxQueuedTicks * 4;
        const bool crossed = high && !queueWarned;
        if (crossed) {
            qCWarning(lcStorage).noquote()
                << QStringLiteral("The write queue of %1 is 80 % full (%2 of %3 ticks); new ticks will be dropped"
                                  " when it is full. %4")
                       .arg(status.location)
                       .arg(queued)
                       .arg(maxQueuedTicks)
                       .arg(writeError);
        }
        if (!high)
            dropWarned = false;
        queueWarned = high;
        QString queue;
        if (dropWarned) {
            queue = QStringLiteral("write queue full at %1 ticks: %2 new ticks dropped")
                        .arg(maxQueuedTicks)
                        .arg(status.droppedTicks);
        } else if (high) {
            queue = QStringLiteral("write queue %1 % full (%2 of %3 ticks)")
                        .arg(queued * 100 / std::max<qsizetype>(1, maxQueuedTicks))
                        .arg(queued)
                        .arg(maxQueuedTicks);
        }
        status.message = writeError.isEmpty() || queue.isEmpty() ? QString(writeError + queue)
                                                                 : QString(writeError + QStringLiteral(" \u2014 ") + queue);
        return crossed;
    }

    void applyPageLimit()
    {
        if (isOpen() && !connection.dialect().capSize(connection, maxDatabaseBytes, ownSizeLimit))
            qCWarning(lcStorage).noquote() << connection.errorMessage();
    }

    void startRetention()
    {
        if (!isOpen() || retentionDays <= 0)
            return;
        if (!retention)
            retention = std::make_unique<TickRetention>(connection);
        if (!retention->start(clock.nowMs() - retentionDays * kMsPerDay)) {
            qCWarning(lcStorage).noquote() << retention->errorMessage();
            return;
        }
        retentionStepTimer.start();
    }

    void stepRetention()
    {
        if (!retention)
            return;
        switch (retention->step()) {
        case TickRetention::Step::More:
            retentionStepTimer.start();
            return;
        case TickRetention::Step::Done:
            if (retention->deletedTicks() > 0) {
                qCInfo(lcStorage).noquote() << QStringLiteral("Deleted %1 ticks older than %2 days from %3")
                                                   .arg(retention->deletedTicks())
                                                   .arg(retentionDays)
                                                   .arg(status.location);
            }
            Q_EMIT q->retentionApplied(retention->deletedTicks(), retention->cutoffMs());
            return;
        case TickRetention::Step::Failed:
            // Busy or full like any write; the next hourly pass tries again.
            qCWarning(lcStorage).noquote() << retention->errorMessage();
            return;
        }
    }

    void closeConnection()
    {
        reconnectTimer.stop();
        if (std::exchange(reconnecting, false)) {
            // One last try, so that what is queued is not lost if the server is back.
            QString error;
            if (!pending.isEmpty() && !connectStore(error))
                qCWarning(lcStorage).noquote() << error;
        }
        if (!isOpen()) {
            warnUnwritten();
            status.state = StoreState::Closed;
            return;
        }
        commitPending();
        warnUnwritten();
        commitTimer.stop();
        closeStatements();
        status.state = StoreState::Closed;
    }

    void warnUnwritten() const
    {
        // A store that never opened has said why once already (fail()).
        const bool failed = status.state == StoreState::Failed;
        if (pending.isEmpty() || (failed && pending.ticks.isEmpty()))
            return;
        qCWarning(lcStorage).noquote() << QStringLiteral("Closing %1 with %2 ticks not written: %3")
                                              .arg(status.location)
                                              .arg(pending.ticks.size())
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
        closeStatements();
        commitTimer.stop();
        reconnecting = true;
        writeError = QStringLiteral("Lost the connection to %1, reconnecting: %2").arg(status.location, reason.trimmed());
        qCWarning(lcStorage).noquote() << writeError;
        status.state = StoreState::Retrying;
        noteQueueLevel();
        Q_EMIT q->statusChanged(status);
        reconnectTimer.start(int(reconnectBackoff.nextDelayMs()));
    }

    void reconnect()
    {
        QString error;
        if (!connectStore(error)) {
            // Logged once when the connection was lost; each attempt's reason is in the status.
            writeError = QStringLiteral("%1; retrying").arg(error.trimmed());
            noteQueueLevel();
            Q_EMIT q->statusChanged(status);
            reconnectTimer.start(int(reconnectBackoff.nextDelayMs()));
            return;
        }
        reconnecting = false;
        reconnectBackoff.reset();
        qCInfo(lcStorage).noquote() << QStringLiteral("Reconnected to %1").arg(status.location);
        status.state = StoreState::Open;
        writeError.clear();
        noteQueueLevel();
        commitPending();   // everything queued meanwhile, at once
        if (isOpen() && status.state == StoreState::Open)
            Q_EMIT q->statusChanged(status);
        followNew();       // everything committed while this viewer was away
        q->applyRetention();
    }

    void closeStatements()
    {
        followTimer.stop();
        retentionTimer.stop();
        retentionStepTimer.stop();
        // Prepared queries must go before the connection.
        follower.reset();
        retention.reset();
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
    QTimer commitTimer;
    QTimer retentionTimer;
    QTimer retentionStepTimer;
    QTimer reconnectTimer;
    QTimer followTimer;
    Backoff reconnectBackoff;
    bool reconnecting = false;             // the PostgreSQL connection was lost; reconnectTimer retries
    QString location;                      // as given to open(): may hold a password, never shown
    QString password;                      // setPassword(): never shown
    std::optional<qint64> followedId;      // the last tick a viewer saw, kept across reconnects
    StoreConnection connection;
    std::unique_ptr<StoreWriter> writer;   // set while open
    std::unique_ptr<TickRetention> retention;
    std::unique_ptr<PostgresFollower> follower;   // viewer of a PostgreSQL store
    bool following = false;
    PendingWrites pending;
    StoreStatus status;
    QString writeError;                    // of the last failed commit; empty once one succeeds
    qsizetype maxQueuedTicks = DefaultMaxQueuedTicks;
    bool queueWarned = false;              // at or past 80 %
    bool dropWarned = false;               // dropping since the queue was last below 80 %
    qint64 maxDatabaseBytes = 0;
    qint64 ownSizeLimit = 0;               // the database's own, restored when the cap is lifted
    qint64 retentionDays = 0;
};

TickStore::TickStore(const Clock &clock, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, clock))
{
    static const bool registered = (registerMetaTypes(), true);
    Q_UNUSED(registered)
    connect(&d->commitTimer, &QTimer::timeout, this, [this] { d->commitPending(); });
    connect(&d->retentionTimer, &QTimer::timeout, this, &TickStore::applyRetention);
    connect(&d->retentionStepTimer, &QTimer::timeout, this, [this] { d->stepRetention(); });
    connect(&d->reconnectTimer, &QTimer::timeout, this, [this] { d->reconnect(); });
    connect(&d->followTimer, &QTimer::timeout, this, [this] { d->followNew(); });
}

TickStore::~TickStore()
{
    // Receivers must not see a half-destroyed sender; the last commit is still made.
    const QSignalBlocker blocker(this);
    d->closeConnection();
}

void TickStore::setCommitIntervalMs(int ms)
{
    d->commitTimer.setInterval(std::max(kMinCommitIntervalMs, ms));
}

void TickStore::setMaxQueuedTicks(qsizetype ticks)
{
    d->maxQueuedTicks = std::max<qsizetype>(1, ticks);
}

void TickStore::setMaxDatabaseBytes(qint64 bytes)
{
    d->maxDatabaseBytes = std::max<qint64>(0, bytes);
    d->applyPageLimit();
}

void TickStore::setRetentionDays(int days)
{
    d->retentionDays = std::max(0, days);
    if (d->retentionDays == 0) {
        d->retentionTimer.stop();
        d->retentionStepTimer.stop();
        d->retention.reset();
        return;
    }
    applyRetention();
}

void TickStore::applyRetention()
{
    if (!d->isOpen() || d->retentionDays <= 0)
        return;
    d->retentionTimer.start();   // hourly from the latest pass
    d->startRetention();
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
    d->status.queuedTicks = d->pending.ticks.size();

    QString error;
    if (!d->connectStore(error))
        return d->fail(error);
    d->status.state = StoreState::Open;
    d->applyPageLimit();
    Q_EMIT opened(d->status);
    // Rows written before open() (queued calls can race it) go out now.
    d->scheduleCommit();
    applyRetention();
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
    quint64 dropped = 0;
    for (const Tick &tick : ticks) {
        if (!isStorable(tick))
            ++d->status.rejectedRows;
        else if (d->pending.ticks.size() >= d->maxQueuedTicks)
            ++dropped;
        else
            d->pending.ticks.append(tick);
    }
    d->status.droppedTicks += dropped;
    const bool startsDropping = dropped > 0 && !d->dropWarned;
    if (startsDropping) {
        d->dropWarned = true;
        qCCritical(lcStorage).noquote()
            << QStringLiteral("The write queue of %1 is full (%2 ticks): dropping new ticks until the database"
                              " takes writes again. %3")
                   .arg(d->status.location)
                   .arg(d->maxQueuedTicks)
                   .arg(d->writeError);
    }
    if (d->noteQueueLevel() || startsDropping)
        Q_EMIT statusChanged(d->status);
    // While retrying, the timer paces attempts; bursts just queue up.
    if (d->pending.ticks.size() >= kCommitNowTicks && d->status.state == StoreState::Open)
        d->commitPending();
    else
        d->scheduleCommit();
}

void TickStore::writeBars(const BarBatch &bars)
{
    for (const Bar &bar : bars) {
        if (isStorable(bar))
            d->pending.bars.append(bar);
        else
            ++d->status.rejectedRows;
    }
    d->scheduleCommit();
}

void TickStore::writeInstruments(const InstrumentList &instruments)
{
    for (const Instrument &instrument : instruments) {
        if (!instrument.symbol.isEmpty())
            d->pending.instruments.append(instrument);
    }
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

} // namespace tickerline
