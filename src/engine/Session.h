#pragma once

#include "Engine.h"
#include "Settings.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace tickerline {

class Clock;
class FeedKeyResolver;
class SecretStore;
class StorePasswordResolver;
struct SecretError;

// One run of the engine, for the desktop app and for tickerline-collector:
// owns the Engine and brings it up in order (a PostgreSQL password from the
// keychain, then the store, then the feed with its API key), takes a password
// saved after the server refused one, and restarts the feed when its
// settings change (one restart for every key an Apply changed). Holds no
// widgets: the window renders what it reports and asks it for history.
//
//   Idle --start()--> [ResolvingStorePassword] --> OpeningStore --> StoreOpen
//                                                       |   ^
//                                                       v   | password saved
//                                                   StoreFailed
//   any started state --stop()--> Stopping --> Stopped
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)
public:
    enum class Mode {
        App,        // the desktop app with a feed of its own
        Viewer,     // the desktop app following a store that a collector writes
        Collector,  // headless: keys from the environment, no Settings, no keychain
    };
    Q_ENUM(Mode)

    enum class State {
        Idle,                     // before start()
        ResolvingStorePassword,   // asking the keychain for the PostgreSQL password
        OpeningStore,             // the engine runs; the store has not opened yet
        StoreOpen,
        StoreFailed,              // the store could not open (e.g. password refused)
        Stopping,                 // committing what was received
        Stopped,
    };
    Q_ENUM(State)

    // The desktop app: settings drive restarts, secrets hold API keys and
    // store passwords. Both must outlive the session.
    Session(const Clock &clock, Settings &settings, SecretStore &secrets, QObject *parent = nullptr);
    // The collector: runs the config as given (its key from the environment,
    // its password from the URL or PGPASSWORD).
    explicit Session(const Clock &clock, QObject *parent = nullptr);
    ~Session() override;

    // Starts once. Emits started() before it returns; the store and feed come
    // up later, reported through the engine's signals and stateChanged().
    void start(const tickerline::EngineConfig &config);
    // Stops the feed and commits; the engine emits stopped() when done.
    void stop();

    // Reads history while the store is open and answers only the asker (see
    // Engine::requestHistory); false, and no answer, before it is open: the
    // asker asks again on Engine::storeOpened.
    bool requestHistory(const tickerline::HistoryRequest &request, QObject *context,
                        std::function<void(const tickerline::HistoryResult &)> answer);

    [[nodiscard]] Engine &engine();
    [[nodiscard]] const Engine &engine() const;
    [[nodiscard]] const Clock &clock() const;
    // Where the keychain's keys live; null for the collector.
    [[nodiscard]] SecretStore *secrets() const;
    [[nodiscard]] Mode mode() const;
    [[nodiscard]] State state() const;
    [[nodiscard]] bool isStoreOpen() const;
    // The symbols the feed is subscribed to (or the viewer watches).
    [[nodiscard]] QStringList symbols() const;

Q_SIGNALS:
    // From start(): what this run shows, before anything is opened.
    void started(const tickerline::EngineConfig &config, tickerline::Session::Mode mode);
    void stateChanged(tickerline::Session::State state);
    // The watched symbols changed (Settings); the feed is resubscribed already.
    void symbolsChanged(const QStringList &symbols);
    // A feed of this provider is on its way (its key being looked up); empty
    // for a viewer, which has none.
    void providerChanged(const QString &provider);
    // The running feed is about to be replaced or reported failed: the
    // statuses shown for it are over.
    void feedAboutToChange();

private:
    void followEngine();
    void openStore(const tickerline::EngineConfig &config);
    void setState(State state);
    void handleSettingChanged(tickerline::Settings::Key key);
    void handleKeyChanged(const QString &entry, const tickerline::SecretError &error);
    void handleStorePasswordResolved(const tickerline::EngineConfig &config);
    void handleFeedResolved(const tickerline::FeedConfig &feed);
    void handleFeedUnresolved(const tickerline::FeedConfig &feed, const QString &reason);
    void restartFeed();

    const Clock &m_clock;
    Settings *const m_settings;       // null for the collector
    SecretStore *const m_secrets;     // null for the collector
    Engine m_engine;
    FeedKeyResolver *m_feedKeys = nullptr;           // gives each feed its key before it starts
    StorePasswordResolver *m_storePassword = nullptr; // gives a PostgreSQL store its password before it opens
    Mode m_mode = Mode::App;
    State m_state = State::Idle;
    std::optional<FeedConfig> m_firstFeed;   // started once the store's password is known
    QSet<Settings::Key> m_pendingFeedChanges;
    QTimer m_feedRestartTimer;
};

} // namespace tickerline
