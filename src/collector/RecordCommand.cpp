#include "RecordCommand.h"

#include "Clock.h"
#include "Session.h"
#include "StopSignalWatcher.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTextStream>
#include <QTimer>

namespace tickerline {

namespace {
constexpr qint64 kStoreLogIntervalMs = 10'000;

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}
} // namespace

struct RecordCommand::Private
{
    explicit Private(RecordOptions o) : options(std::move(o)) {}

    RecordOptions options;
    Session session{SystemClock::instance()};   // headless: the key from the environment
    Engine &engine = session.engine();
    StopSignalWatcher stopSignals;
    QTimer duration;
    // By provider: a failover feed reports one status per provider.
    QHash<QString, FeedState> lastState;
    QHash<QString, QString> lastNotice;
    QHash<QString, std::optional<UpstreamFeed>> lastUpstream;   // a serving collector's own feed
    StoreState lastStoreState = StoreState::Closed;
    QString lastStoreMessage;
    QElapsedTimer sinceStoreLog;
    bool stopping = false;
};

RecordCommand::RecordCommand(RecordOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(std::move(options)))
{
    d->duration.setSingleShot(true);
    connect(&d->duration, &QTimer::timeout, this, [this] { d->session.stop(); });
    connect(&d->stopSignals, &StopSignalWatcher::stopRequested, this, [this](int number) {
        err() << "tickerline-collector: signal " << number << ", committing and stopping" << Qt::endl;
        d->session.stop();
    });
    connect(&d->engine, &Engine::storeOpened, this, [](const StoreStatus &status) {
        err() << "tickerline-collector: recording into " << status.location << Qt::endl;
    });
    // The store has already logged why, as one line (TickStore warns on
    // stderr); printing it again gave every failure twice.
    connect(&d->engine, &Engine::storeFailed, this, [this] { Q_EMIT finished(1); });
    connect(&d->engine, &Engine::feedStatusChanged, this, [this](const FeedStatus &status) {
        if (status.notice != d->lastNotice.value(status.feed)) {
            d->lastNotice.insert(status.feed, status.notice);
            if (!status.notice.isEmpty())
                err() << "tickerline-collector: feed " << status.feed << ": " << status.notice << Qt::endl;
        }
        if (status.upstream && status.upstream != d->lastUpstream.value(status.feed))
            err() << "tickerline-collector: feed " << status.feed << ": " << upstreamFeedText(*status.upstream) << Qt::endl;
        d->lastUpstream.insert(status.feed, status.upstream);
        if (status.state == d->lastState.value(status.feed, FeedState::Idle))
            return;
        d->lastState.insert(status.feed, status.state);
        err() << "tickerline-collector: feed " << status.feed << ": " << feedStateName(status.state);
        if (!status.message.isEmpty())
            err() << " (" << status.message << ')';
        if (status.state == FeedState::Live && status.reconnects > 0)
            err() << " (reconnect " << status.reconnects << ", "
                  << QString::number(double(status.disconnectedMs) / 1000.0, 'f', 1) << " s disconnected in all)";
        err() << Qt::endl;
    });
    connect(&d->engine, &Engine::storeStatusChanged, this, [this](const StoreStatus &status) {
        // A stuck database retries ten times a second: log changes of state at
        // once, changes of wording (queue filling, ticks dropped) at most every 10 s.
        const bool stateChanged = status.state != d->lastStoreState;
        if (!stateChanged
            && (status.message == d->lastStoreMessage
                || (d->sinceStoreLog.isValid() && d->sinceStoreLog.elapsed() < kStoreLogIntervalMs)))
            return;
        const bool recovered = d->lastStoreState == StoreState::Retrying && status.state == StoreState::Open;
        d->lastStoreState = status.state;
        d->lastStoreMessage = status.message;
        d->sinceStoreLog.start();
        if (recovered)
            err() << "tickerline-collector: database writable again, " << status.committedTicks << " ticks stored"
                  << Qt::endl;
        else if (!status.message.isEmpty())
            err() << "tickerline-collector: database busy or full, keeping " << status.queuedTicks
                  << " ticks queued: " << status.message << Qt::endl;
    });
    connect(&d->engine, &Engine::stopped, this, [this](const StoreStatus &status) {
        err() << "tickerline-collector: stored " << status.committedTicks << " ticks ("
              << status.duplicateTicks << " duplicates ignored";
        if (status.droppedTicks > 0)
            err() << ", " << status.droppedTicks << " DROPPED while the write queue was full";
        err() << ')' << Qt::endl;
        Q_EMIT finished(status.state == StoreState::Failed ? 1 : 0);
    });
}

RecordCommand::~RecordCommand() = default;

void RecordCommand::stop()
{
    d->session.stop();
}

Engine &RecordCommand::engine()
{
    return d->engine;
}

void RecordCommand::start()
{
    EngineConfig config;
    config.feed = d->options.feed;
    config.databaseLocation = d->options.database;
    config.databasePassword = d->options.databasePassword;
    config.frameIntervalMs = 1000;   // no screen: frames are only for the log
    config.withFeed = d->options.withFeed;
    config.streamLog = d->options.streamLog;
    d->session.start(config);
    if (d->options.durationSeconds)
        d->duration.start(int(*d->options.durationSeconds * 1000));
}

} // namespace tickerline
