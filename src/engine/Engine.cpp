#include "Engine.h"

#include "AlertEngine.h"
#include "Clock.h"
#include "FailoverFeed.h"
#include "Feed.h"
#include "Hub.h"
#include "MetaTypes.h"
#include "ProviderRegistry.h"
#include "Redaction.h"
#include "ThreadHolder.h"
#include "TickBatcher.h"
#include "TickStore.h"

#include <QHash>
#include <QPointer>

#include <utility>
#include <vector>

namespace tickerline {

struct Engine::Private
{
    explicit Private(const Clock &c) : clock(c) {}

    const Clock &clock;
    EngineConfig config;
    std::unique_ptr<ThreadHolder> storeThread;
    std::unique_ptr<ThreadHolder> feedThread;
    std::unique_ptr<ThreadHolder> alertThread;
    std::vector<std::unique_ptr<ThreadHolder>> retiringFeeds;
    TickStore *store = nullptr;
    std::unique_ptr<Hub> hub;   // on this object's thread; producers call it directly
    Feed *feed = nullptr;
    TickBatcher *batcher = nullptr;   // on the feed's thread, with the feed
    AlertEngine *alerts = nullptr;
    AlertRuleList alertRules;
    QHash<QString, Instrument> instruments;
    // History requests in flight, by the id the store sees: the store's ids
    // are the engine's own, so askers may number theirs as they like.
    struct PendingHistory
    {
        QPointer<QObject> context;
        std::function<void(const HistoryResult &)> answer;
        quint64 askerId = 0;
    };
    QHash<quint64, PendingHistory> pendingHistory;
    quint64 nextHistoryId = 1;
    struct PendingStream
    {
        QPointer<QObject> context;
        std::function<void(const StreamResult &)> answer;
        quint64 askerId = 0;
    };
    QHash<quint64, PendingStream> pendingStreams;
    quint64 nextStreamId = 1;
    struct PendingConfirmation
    {
        QPointer<QObject> context;
        std::function<void(bool)> confirmed;
    };
    QHash<quint64, PendingConfirmation> pendingConfirmations;
    quint64 nextReceipt = 1;
    bool stopping = false;
};

Engine::Engine(const Clock &clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(clock))
{
    registerMetaTypes();
}

Engine::~Engine()
{
    // Join the feed first so every batch it emitted is already queued at the
    // store; the store thread then runs its queue before it quits, and the
    // TickStore commits what is left in its destructor, on its own thread.
    if (d->feed) {
        Feed *feed = d->feed;
        TickBatcher *batcher = d->batcher;
        QMetaObject::invokeMethod(feed, [feed, batcher] {
            feed->stop();
            batcher->flush();
        }, Qt::QueuedConnection);
    }
    d->feedThread.reset();
    d->retiringFeeds.clear();
    d->alertThread.reset();
    d->storeThread.reset();
}

const EngineConfig &Engine::config() const
{
    return d->config;
}

QStringList Engine::symbols() const
{
    return d->config.feed.symbols;
}

void Engine::start(const EngineConfig &config)
{
    Q_ASSERT(!d->storeThread);
    d->config = config;

    d->storeThread = std::make_unique<ThreadHolder>(QStringLiteral("tickerline-store"));
    TickStore *store = d->storeThread->adopt(std::make_unique<TickStore>(d->clock));
    d->store = store;
    connect(store, &TickStore::opened, this, [this, store](const StoreStatus &status) {
        Q_EMIT storeOpened(status);
        QMetaObject::invokeMethod(store, &TickStore::requestInstruments, Qt::QueuedConnection);
    });
    connect(store, &TickStore::failed, this, &Engine::storeFailed);
    connect(store, &TickStore::statusChanged, this, &Engine::storeStatusChanged);
    connect(store, &TickStore::historyReady, this, &Engine::handleHistory);
    connect(store, &TickStore::barsStored, this, &Engine::historyExtended);
    connect(store, &TickStore::instrumentsLoaded, this, &Engine::mergeInstruments);
    connect(store, &TickStore::ticksCommitted, this, &Engine::ticksCommitted);
    connect(store, &TickStore::streamReady, this, &Engine::handleStream);
    connect(store, &TickStore::writeConfirmed, this, &Engine::handleWriteConfirmed);
    d->storeThread->start();
    const QString location = config.databaseLocation;
    const int retentionDays = config.retentionDays;
    const bool follow = config.followStore;
    const QString password = config.databasePassword;
    const bool streamLog = config.streamLog;
    QMetaObject::invokeMethod(
        store,
        [store, location, retentionDays, follow, password, streamLog] {
            // Set first: the store applies them once the database is open.
            store->setRetentionDays(retentionDays);
            store->setFollowing(follow);
            store->setStreamLog(streamLog);
            store->setPassword(password);
            store->open(location);
        },
        Qt::QueuedConnection);

    d->hub = std::make_unique<Hub>(config.frameIntervalMs);
    connect(d->hub.get(), &Hub::frameReady, this, &Engine::frameReady);
    // Already stored by their writer: to the hub only, never back to the
    // store. Folded on the store's thread as they come (Hub::handleTicks is
    // thread-safe); the store thread is joined before the hub goes.
    Hub *hub = d->hub.get();
    connect(store, &TickStore::ticksFollowed, store, [hub](const TickBatch &ticks) { hub->handleTicks(ticks); },
            Qt::DirectConnection);

    // Alerts see every tick, on a thread of their own so that neither the
    // frames nor the store wait for them.
    d->alertThread = std::make_unique<ThreadHolder>(QStringLiteral("tickerline-alerts"));
    AlertEngine *alerts = d->alertThread->adopt(std::make_unique<AlertEngine>(d->clock));
    d->alerts = alerts;
    connect(alerts, &AlertEngine::alertFired, this, &Engine::alertFired);
    connect(alerts, &AlertEngine::ruleRearmed, this, &Engine::alertRuleRearmed);
    connect(store, &TickStore::ticksFollowed, alerts, &AlertEngine::handleTicks);
    d->alertThread->start();
    setAlertRules(d->alertRules);

    if (config.withFeed)
        startFeed(config.feed);
}

void Engine::startFeed(const FeedConfig &feedConfig)
{
    d->config.feed = feedConfig;
    // Whatever a transport logs about its URLs, the key is masked in it, also
    // where no query-name rule would find it (a path, an unusual name).
    redactEverywhere(feedConfig.apiKey);
    for (const QString &key : feedConfig.failover.apiKeys)
        redactEverywhere(key);
    std::unique_ptr<Feed> created = feedConfig.failover.enabled
        ? std::make_unique<FailoverFeed>(feedConfig, d->clock, failoverPolicyFor(feedConfig), d->config.providerOptions)
        : ProviderRegistry::create(feedConfig, d->clock, d->config.providerOptions);
    if (!created) {
        failFeed(feedConfig, tr("Unknown provider \u201c%1\u201d.").arg(feedConfig.provider));
        return;
    }
    d->feedThread = std::make_unique<ThreadHolder>(QStringLiteral("tickerline-feed"));
    Feed *feed = d->feedThread->adopt(std::move(created));
    d->feed = feed;
    // Batches, not frames, cross threads: the batcher (same thread, direct
    // calls) gathers each burst of the feed into one queued handoff.
    TickBatcher *batcher = d->feedThread->adopt(std::make_unique<TickBatcher>());
    d->batcher = batcher;
    connect(feed, &Feed::ticksArrived, batcher, &TickBatcher::handleTicks);
    // The hub folds ticks as they arrive, on the feed's thread, not once the
    // batcher's burst is over: a tick then waits for the next frame only.
    // Feed threads are joined before the hub goes.
    Hub *hub = d->hub.get();
    connect(feed, &Feed::ticksArrived, feed, [hub](const TickBatch &ticks) { hub->handleTicks(ticks); },
            Qt::DirectConnection);
    // Every tick goes to the store in batches.
    connect(batcher, &TickBatcher::ticksReady, d->store, &TickStore::writeTicks);
    connect(batcher, &TickBatcher::ticksReady, d->alerts, &AlertEngine::handleTicks);
    connect(feed, &Feed::barsArrived, d->store, &TickStore::writeBars);
    connect(feed, &Feed::instrumentsArrived, d->store, &TickStore::writeInstruments);
    connect(feed, &Feed::instrumentsArrived, this, &Engine::mergeInstruments);
    connect(feed, &Feed::statusChanged, this, &Engine::feedStatusChanged);
    d->feedThread->start();
    QMetaObject::invokeMethod(feed, [feed] { feed->start(); }, Qt::QueuedConnection);
}

void Engine::retireFeed()
{
    if (!d->feedThread)
        return;
    Feed *feed = d->feed;
    TickBatcher *batcher = std::exchange(d->batcher, nullptr);
    d->feed = nullptr;
    // What the batcher still holds goes out before the thread quits.
    QMetaObject::invokeMethod(feed, [feed, batcher] {
        feed->stop();
        batcher->flush();
    }, Qt::QueuedConnection);
    ThreadHolder *holder = d->feedThread.get();
    connect(holder->thread(), &QThread::finished, this, [this, holder] {
        std::erase_if(d->retiringFeeds, [holder](const auto &h) { return h.get() == holder; });
        if (d->stopping && d->retiringFeeds.empty())
            flushForStop();
    }, Qt::QueuedConnection);
    holder->quitAfterPending();
    d->retiringFeeds.push_back(std::move(d->feedThread));
}

void Engine::setSymbols(const QStringList &symbols)
{
    d->config.feed.symbols = symbols;
    if (d->hub)
        d->hub->forgetSymbolsExcept(symbols);
    if (Feed *feed = d->feed)
        QMetaObject::invokeMethod(feed, [feed, symbols] { feed->setSymbols(symbols); }, Qt::QueuedConnection);
}

void Engine::restartFeed(const FeedConfig &feed)
{
    if (!d->store || d->stopping)
        return;
    retireFeed();
    d->config.withFeed = true;
    startFeed(feed);
}

void Engine::failFeed(const FeedConfig &feed, const QString &reason)
{
    if (!d->store || d->stopping)
        return;
    retireFeed();
    d->config.feed = feed;
    FeedStatus status;
    status.feed = feed.provider;
    status.state = FeedState::Failed;
    status.message = reason;
    Q_EMIT feedStatusChanged(status);
}

void Engine::requestHistory(const HistoryRequest &request, QObject *context,
                            std::function<void(const HistoryResult &)> answer)
{
    TickStore *store = d->store;
    if (!store || !context || !answer)
        return;
    const quint64 id = d->nextHistoryId++;
    d->pendingHistory.insert(id, {context, std::move(answer), request.id});
    HistoryRequest forStore = request;
    forStore.id = id;
    QMetaObject::invokeMethod(store, [store, forStore] { store->requestHistory(forStore); }, Qt::QueuedConnection);
}

void Engine::handleHistory(const HistoryResult &result)
{
    const auto it = d->pendingHistory.constFind(result.id);
    if (it == d->pendingHistory.cend())
        return;
    Private::PendingHistory pending = *it;
    d->pendingHistory.erase(it);
    QObject *context = pending.context.data();
    if (!context)
        return;
    HistoryResult answer = result;
    answer.id = pending.askerId;
    if (context->thread() == thread()) {
        pending.answer(answer);
        return;
    }
    // Queued to the context: dropped by Qt if it is destroyed before it runs.
    QMetaObject::invokeMethod(context, [callback = std::move(pending.answer), answer] { callback(answer); },
                              Qt::QueuedConnection);
}

void Engine::requestStream(const StreamRequest &request, QObject *context,
                           std::function<void(const StreamResult &)> answer)
{
    TickStore *store = d->store;
    if (!store || !context || !answer)
        return;
    const quint64 id = d->nextStreamId++;
    d->pendingStreams.insert(id, {context, std::move(answer), request.id});
    StreamRequest forStore = request;
    forStore.id = id;
    QMetaObject::invokeMethod(store, [store, forStore] { store->requestStream(forStore); }, Qt::QueuedConnection);
}

void Engine::handleStream(const StreamResult &result)
{
    const auto it = d->pendingStreams.constFind(result.id);
    if (it == d->pendingStreams.cend())
        return;
    Private::PendingStream pending = *it;
    d->pendingStreams.erase(it);
    QObject *context = pending.context.data();
    if (!context)
        return;
    StreamResult answer = result;
    answer.id = pending.askerId;
    // Same thread only: a queued hop could let a later ticksCommitted overtake it.
    Q_ASSERT(context->thread() == thread());
    pending.answer(answer);
}

void Engine::publishTicks(const TickBatch &ticks, QObject *context, std::function<void(bool)> confirmed)
{
    TickStore *store = d->store;
    if (!store || !context || !confirmed || d->stopping) {
        if (confirmed)
            confirmed(false);
        return;
    }
    const quint64 receipt = d->nextReceipt++;
    d->pendingConfirmations.insert(receipt, {context, std::move(confirmed)});
    QMetaObject::invokeMethod(store, [store, ticks, receipt] { store->writeAndConfirm(ticks, receipt); },
                              Qt::QueuedConnection);
}

void Engine::handleWriteConfirmed(quint64 receipt, bool committed)
{
    const Private::PendingConfirmation pending = d->pendingConfirmations.take(receipt);
    if (pending.context && pending.confirmed)
        pending.confirmed(committed);
}

void Engine::importCsv(CsvImportJob job, QObject *context)
{
    TickStore *store = d->store;
    if (!store || !context) {
        ImportResult result;
        result.error = QStringLiteral("The tick store is not open; nothing was imported");
        if (job.finished)
            job.finished(result);
        return;
    }
    // Called on the store's thread; the engine outlives it (it joins the
    // thread), the context is checked here.
    const QPointer<QObject> guard(context);
    const auto onContext = [this, guard](std::function<void()> call) {
        QMetaObject::invokeMethod(
            this,
            [guard, call = std::move(call)] {
                if (guard)
                    call();
            },
            Qt::QueuedConnection);
    };
    if (auto progress = std::move(job.request.progress))
        job.request.progress = [onContext, progress](qint64 bytes) { onContext([progress, bytes] { progress(bytes); }); };
    if (auto finished = std::move(job.finished))
        job.finished = [onContext, finished](const ImportResult &result) { onContext([finished, result] { finished(result); }); };
    QMetaObject::invokeMethod(store, [store, job = std::move(job)] { store->importCsv(job); }, Qt::QueuedConnection);
}

void Engine::setRetentionDays(int days)
{
    d->config.retentionDays = days;
    if (TickStore *store = d->store)
        QMetaObject::invokeMethod(store, [store, days] { store->setRetentionDays(days); }, Qt::QueuedConnection);
}

void Engine::setAlertRules(const AlertRuleList &rules)
{
    d->alertRules = rules;
    if (AlertEngine *alerts = d->alerts)
        QMetaObject::invokeMethod(alerts, [alerts, rules] { alerts->setRules(rules); }, Qt::QueuedConnection);
}

void Engine::reopenStore(const QString &password)
{
    d->config.databasePassword = password;
    TickStore *store = d->store;
    if (!store || d->stopping)
        return;
    const QString location = d->config.databaseLocation;
    QMetaObject::invokeMethod(store, [store, location, password] {
        store->setPassword(password);
        store->open(location);
    }, Qt::QueuedConnection);
}

void Engine::stop()
{
    if (d->stopping || !d->store)
        return;
    d->stopping = true;
    retireFeed();
    if (d->retiringFeeds.empty())
        flushForStop();
}

void Engine::flushForStop()
{
    TickStore *store = d->store;
    connect(store, &TickStore::flushed, this, &Engine::stopped, Qt::SingleShotConnection);
    QMetaObject::invokeMethod(store, &TickStore::flush, Qt::QueuedConnection);
}

void Engine::mergeInstruments(const InstrumentList &instruments)
{
    for (const Instrument &incoming : instruments) {
        Instrument &known = d->instruments[incoming.symbol];
        if (known.symbol.isEmpty()) {
            known = incoming;
            continue;
        }
        // Live facts win; a field the provider left empty keeps what was stored.
        if (!incoming.name.isEmpty()) known.name = incoming.name;
        if (!incoming.currency.isEmpty()) known.currency = incoming.currency;
        if (!incoming.exchange.isEmpty()) known.exchange = incoming.exchange;
        if (!incoming.provider.isEmpty()) known.provider = incoming.provider;
        if (incoming.week52High) known.week52High = incoming.week52High;
        if (incoming.week52Low) known.week52Low = incoming.week52Low;
        if (incoming.previousClose) known.previousClose = incoming.previousClose;
        if (!incoming.logo.isEmpty()) {
            known.logo = incoming.logo;
            known.logoMimeType = incoming.logoMimeType;
            known.logoUrl = incoming.logoUrl;
        }
        known.updatedMs = std::max(known.updatedMs, incoming.updatedMs);
    }
    InstrumentList all;
    all.reserve(d->instruments.size());
    for (const Instrument &instrument : std::as_const(d->instruments))
        all.append(instrument);
    Q_EMIT instrumentsChanged(all);
    // Stored and live instruments carry the previous close the hub needs for
    // change %; they reach it here only, merged.
    if (d->hub)
        d->hub->handleInstruments(all);
    if (AlertEngine *alerts = d->alerts)
        QMetaObject::invokeMethod(alerts, [alerts, all] { alerts->handleInstruments(all); }, Qt::QueuedConnection);
}

} // namespace tickerline
