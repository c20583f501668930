#include "TickStore.h"

#include "Clock.h"
#include "Schema.h"
#include "SqliteConnection.h"
#include "StoreReader.h"
#include "StoreWriter.h"

#include <QLoggingCategory>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTimer>

#include <cmath>
#include <limits>

namespace tickerline {

namespace {

Q_LOGGING_CATEGORY(lcStorage, "tickerline.storage")

constexpr int kDefaultCommitIntervalMs = 100;
constexpr int kMinCommitIntervalMs = 10;
// Past this many queued ticks a burst is committed at once instead of waiting
// for the timer, which bounds both memory and the length of one transaction.
constexpr qsizetype kCommitNowTicks = 50'000;

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
    Private(TickStore *q, const Clock &clock) : q(q), clock(clock), commitTimer(q)
    {
        commitTimer.setSingleShot(true);
        commitTimer.setInterval(kDefaultCommitIntervalMs);
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
        if (outcome.ok) {
            status.committedTicks += outcome.insertedTicks;
            status.duplicateTicks += outcome.duplicateTicks;
            status.state = StoreState::Open;
            status.message.clear();
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
            status.message = outcome.error;
            commitTimer.start();
        }
        status.queuedTicks = pending.ticks.size();
        Q_EMIT q->statusChanged(status);
    }

    void closeConnection()
    {
        if (!isOpen())
            return;
        commitPending();
        if (!pending.isEmpty()) {
            qCWarning(lcStorage).noquote()
                << QStringLiteral("Closing %1 with %2 ticks not written: %3")
                       .arg(status.location)
                       .arg(pending.ticks.size())
                       .arg(status.message);
        }
        commitTimer.stop();
        writer.reset();   // its prepared queries must go before the connection
        connection.close();
        status.state = StoreState::Closed;
    }

    void fail(const QString &message)
    {
        writer.reset();
        connection.close();
        status.state = StoreState::Failed;
        status.message = message;
        qCWarning(lcStorage).noquote() << message;
        Q_EMIT q->failed(message);
    }

    TickStore *const q;
    const Clock &clock;
    QTimer commitTimer;
    SqliteConnection connection;
    std::unique_ptr<StoreWriter> writer;   // set while open
    PendingWrites pending;
    StoreStatus status;
};

TickStore::TickStore(const Clock &clock, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, clock))
{
    static const bool registered = (registerMetaTypes(), true);
    Q_UNUSED(registered)
    connect(&d->commitTimer, &QTimer::timeout, this, [this] { d->commitPending(); });
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

QString TickStore::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/tickerline.sqlite");
}

void TickStore::open(const QString &location)
{
    d->closeConnection();
    const QString path = location.isEmpty() ? defaultLocation() : location;
    d->status = StoreStatus{};
    d->status.location = path;
    d->status.queuedTicks = d->pending.ticks.size();

    if (!d->connection.open(path, SqliteConnection::Mode::Write))
        return d->fail(d->connection.errorMessage());
    const MigrationResult migration = migrateSchema(d->connection);
    if (!migration.ok)
        return d->fail(migration.error);
    if (migration.fromVersion > 0 && migration.fromVersion != migration.toVersion) {
        qCInfo(lcStorage).noquote() << QStringLiteral("Upgraded %1 from schema version %2 to %3")
                                           .arg(path)
                                           .arg(migration.fromVersion)
                                           .arg(migration.toVersion);
    }

    d->writer = std::make_unique<StoreWriter>(d->connection, d->clock);
    d->status.state = StoreState::Open;
    Q_EMIT opened(d->status);
    // Rows written before open() (queued calls can race it) go out now.
    d->scheduleCommit();
}

void TickStore::close()
{
    if (!d->isOpen())
        return;
    d->closeConnection();
    Q_EMIT statusChanged(d->status);
}

void TickStore::writeTicks(const TickBatch &ticks)
{
    d->pending.ticks.reserve(d->pending.ticks.size() + ticks.size());
    for (const Tick &tick : ticks) {
        if (isStorable(tick))
            d->pending.ticks.append(tick);
        else
            ++d->status.rejectedRows;
    }
    d->status.queuedTicks = d->pending.ticks.size();
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
