#include "Session.h"

#include "FeedKeyResolver.h"
#include "FeedSettings.h"
#include "ProviderChains.h"
#include "ProviderRegistry.h"
#include "SecretStore.h"
#include "StoreLocation.h"
#include "StorePassword.h"
#include "StorePasswordResolver.h"
#include "TimeUnits.h"

#include <QSet>

#include <utility>

namespace tickerline {

namespace {

// Failover lists from Settings; the first symbol's first provider leads (the
// lists are the user's choice then), and an endpoint given for another goes.
void applyFailover(FeedConfig &feed, const QString &lists)
{
    feed.failover = parseFailover(lists).options;
    if (!feed.failover.enabled)
        return;
    const QString leader = providerChain(feed.symbols.value(0), feed.failover).value(0);
    if (leader.isEmpty() || leader == feed.provider)
        return;
    feed.provider = leader;
    feed.endpoint.clear();
}

} // namespace

Session::Session(const Clock &clock, Settings &settings, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_settings(&settings)
    , m_secrets(&secrets)
    , m_engine(clock)
    , m_feedKeys(new FeedKeyResolver(secrets, ProviderRegistry::providers(), this))
    , m_storePassword(new StorePasswordResolver(secrets, this))
{
    m_feedRestartTimer.setSingleShot(true);
    m_feedRestartTimer.setInterval(0);
    connect(&m_feedRestartTimer, &QTimer::timeout, this, &Session::restartFeed);
    connect(m_feedKeys, &FeedKeyResolver::resolved, this, &Session::handleFeedResolved);
    connect(m_feedKeys, &FeedKeyResolver::failed, this, &Session::handleFeedUnresolved);
    connect(m_storePassword, &StorePasswordResolver::resolved, this, &Session::handleStorePasswordResolved);
    connect(m_secrets, &SecretStore::keyWritten, this, &Session::handleKeyChanged);
    connect(m_secrets, &SecretStore::keyDeleted, this, &Session::handleKeyChanged);
    connect(m_settings, &Settings::changed, this, &Session::handleSettingChanged);
    followEngine();
}

Session::Session(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_settings(nullptr)
    , m_secrets(nullptr)
    , m_engine(clock)
    , m_mode(Mode::Collector)
{
    followEngine();
}

Session::~Session() = default;

void Session::followEngine()
{
    // Connected before any window is, so that the state is current in their handlers.
    connect(&m_engine, &Engine::storeOpened, this, [this] {
        if (m_state == State::OpeningStore || m_state == State::StoreFailed)
            setState(State::StoreOpen);
    });
    connect(&m_engine, &Engine::storeFailed, this, [this] {
        // A store that opened once keeps answering; only a failed opening counts.
        if (m_state == State::OpeningStore)
            setState(State::StoreFailed);
    });
    connect(&m_engine, &Engine::stopped, this, [this] { setState(State::Stopped); });
}

Engine &Session::engine()
{
    return m_engine;
}

const Engine &Session::engine() const
{
    return m_engine;
}

const Clock &Session::clock() const
{
    return m_clock;
}

SecretStore *Session::secrets() const
{
    return m_secrets;
}

Session::Mode Session::mode() const
{
    return m_mode;
}

Session::State Session::state() const
{
    return m_state;
}

bool Session::isStoreOpen() const
{
    return m_state == State::StoreOpen;
}

QStringList Session::symbols() const
{
    return m_engine.symbols();
}

void Session::start(const EngineConfig &config)
{
    Q_ASSERT(m_state == State::Idle);
    if (m_state != State::Idle)
        return;
    if (!m_settings) {
        Q_EMIT started(config, m_mode);
        Q_EMIT providerChanged(config.withFeed ? config.feed.provider : QString());
        m_engine.start(config);
        setState(State::OpeningStore);
        return;
    }
    m_mode = config.withFeed ? Mode::App : Mode::Viewer;
    Q_EMIT started(config, m_mode);
    // The provider in use, which the command line may have chosen for this run.
    Q_EMIT providerChanged(config.withFeed ? config.feed.provider : QString());

    // The store opens first, the feed once its API key has been looked up.
    EngineConfig storeFirst = config;
    storeFirst.withFeed = false;
    storeFirst.retentionDays = m_settings->retentionDays();   // a setting only, no command-line option
    if (config.withFeed) {
        m_firstFeed = config.feed;
        // Failover from Settings unless this run was given its own lists.
        if (!m_firstFeed->failover.enabled)
            applyFailover(*m_firstFeed, m_settings->failover());
    }
    if (isPostgresLocation(storeFirst.databaseLocation)) {
        setState(State::ResolvingStorePassword);
        m_storePassword->resolve(storeFirst);
        return;
    }
    openStore(storeFirst);
}

void Session::openStore(const EngineConfig &config)
{
    m_engine.start(config);
    setState(State::OpeningStore);
    if (m_firstFeed)
        m_feedKeys->resolve(*std::exchange(m_firstFeed, std::nullopt));
}

void Session::stop()
{
    if (m_state == State::Idle || m_state == State::Stopping || m_state == State::Stopped)
        return;
    m_feedRestartTimer.stop();
    if (m_state == State::ResolvingStorePassword) {
        // Nothing was opened, so there is nothing to commit.
        setState(State::Stopped);
        return;
    }
    setState(State::Stopping);
    m_engine.stop();
}

bool Session::requestHistory(const HistoryRequest &request, QObject *context,
                             std::function<void(const HistoryResult &)> answer)
{
    if (m_state != State::StoreOpen)
        return false;
    m_engine.requestHistory(request, context, std::move(answer));
    return true;
}

void Session::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Session::handleSettingChanged(Settings::Key key)
{
    if (m_state == State::Idle || m_state == State::Stopping || m_state == State::Stopped)
        return;   // start() reads what it needs; a stopping run changes no more
    switch (key) {
    case Settings::Key::Symbols:
    case Settings::Key::Watchlists:
    case Settings::Key::CurrentWatchlist: {
        // Every watchlist's symbols, the current one's first.
        const QStringList symbols = m_settings->subscribedSymbols();
        const QStringList running = m_engine.symbols();
        // Another watchlist shown reorders the same symbols: nothing to resubscribe.
        if (QSet<QString>(symbols.cbegin(), symbols.cend()) == QSet<QString>(running.cbegin(), running.cend()))
            return;
        m_engine.setSymbols(symbols);
        Q_EMIT symbolsChanged(symbols);
        break;
    }
    case Settings::Key::Provider:
    case Settings::Key::PollIntervalSeconds:
    case Settings::Key::SimulatedTicksPerSecond:
    case Settings::Key::Failover:
    case Settings::Key::TickerlineServerUrl:
        m_pendingFeedChanges.insert(key);
        m_feedRestartTimer.start();
        break;
    case Settings::Key::RetentionDays:
        m_engine.setRetentionDays(m_settings->retentionDays());
        break;
    default:
        break;   // the window's, or read at the next start
    }
}

void Session::restartFeed()
{
    // Start from the running feed, so command-line choices the user did not
    // change in the dialog stay in force for this run.
    FeedConfig feed = m_engine.config().feed;
    feed.symbols = m_engine.symbols();
    if (m_pendingFeedChanges.contains(Settings::Key::Provider)) {
        feed.provider = m_settings->provider();
        feed.endpoint.clear();
    }
    // A serving collector is found by its URL: the setting, whenever it or the provider changes.
    if (feed.provider == u"tickerline"
        && (m_pendingFeedChanges.contains(Settings::Key::Provider)
            || m_pendingFeedChanges.contains(Settings::Key::TickerlineServerUrl)))
        feed.endpoint = endpointFromSettings(*m_settings, feed.provider);
    if (m_pendingFeedChanges.contains(Settings::Key::PollIntervalSeconds))
        feed.pollIntervalMs = m_settings->pollIntervalSeconds() * MsPerSecond;
    if (m_pendingFeedChanges.contains(Settings::Key::SimulatedTicksPerSecond))
        feed.ticksPerSecondPerSymbol = m_settings->simulatedTicksPerSecond();
    if (m_pendingFeedChanges.contains(Settings::Key::Failover)
        || (m_pendingFeedChanges.contains(Settings::Key::Provider) && feed.failover.enabled))
        applyFailover(feed, m_settings->failover());
    m_pendingFeedChanges.clear();
    m_feedKeys->resolve(feed);
    Q_EMIT providerChanged(feed.provider);
}

void Session::handleFeedResolved(const FeedConfig &feed)
{
    Q_EMIT feedAboutToChange();
    m_engine.restartFeed(feed);
}

void Session::handleFeedUnresolved(const FeedConfig &feed, const QString &reason)
{
    Q_EMIT feedAboutToChange();
    m_engine.failFeed(feed, reason);
}

void Session::handleKeyChanged(const QString &entry, const SecretError &error)
{
    if (!error.ok())
        return;
    // A key saved or removed in Settings takes effect now, e.g. a feed that
    // failed for want of one starts.
    // With failover, any provider's key may be one that a list needs.
    const FeedConfig &running = m_engine.config().feed;
    if (entry.compare(running.provider, Qt::CaseInsensitive) == 0
        || (running.failover.enabled && ProviderRegistry::find(entry)))
        m_feedRestartTimer.start();
    // A PostgreSQL password saved after the server refused the last one: try it now.
    const bool storeWaiting = m_state == State::OpeningStore || m_state == State::StoreFailed;
    if (storeWaiting && entry == storePasswordEntry(m_engine.config().databaseLocation))
        m_storePassword->resolve(m_engine.config());
}

void Session::handleStorePasswordResolved(const EngineConfig &config)
{
    switch (m_state) {
    case State::ResolvingStorePassword:
        openStore(config);
        break;
    case State::OpeningStore:
    case State::StoreFailed:
        m_engine.reopenStore(config.databasePassword);
        setState(State::OpeningStore);
        break;
    default:
        break;   // stopped meanwhile, or opened with another password
    }
}

} // namespace tickerline
