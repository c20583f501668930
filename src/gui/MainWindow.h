#pragma once

#include "Engine.h"
#include "Settings.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QSortFilterProxyModel;
QT_END_NAMESPACE

namespace Ui {
class MainWindow;
}

namespace tickerline {

class AlertBanner;
class AlertCenter;
class AlertDialog;
class AlertLogDock;
class ChartExport;
class FeedStarter;
class FirstRunHint;
class QuoteTableModel;
class SecretStore;
class SettingsDialog;
class StatusPanel;
class StoreStarter;
struct SecretError;

// The watchlist above the price chart, menus and a status bar with one label
// per feed and one for the database. Wires the engine's signals to the views
// and Settings changes back to the engine (resubscribe, restart the feed)
// while everything keeps running.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(Settings &settings, Engine &engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the config's symbols and starts the engine with it. The config may
    // differ from Settings (command-line choices for this run only).
    void start(const tickerline::EngineConfig &config);

    // The settings dialog, opened window-modal without blocking; the one
    // already open if there is one.
    SettingsDialog *openSettings();
    // The alerts dialog, opened like the settings dialog.
    AlertDialog *openAlerts();
    // The same, on its Feed page (provider choice).
    SettingsDialog *openFeedSettings();

    // True once the chart has history and live points and the watchlist has quotes.
    [[nodiscard]] bool hasRenderedData() const;

Q_SIGNALS:
    void firstDataShown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpWatchlist();
    void connectEngine();
    void connectActions();
    void setUpAlerts();
    void setUpShortcuts();
    void updateFirstRunHint(const QString &provider);
    void restoreLayout();
    void saveLayout();
    void fitWatchlistHeight();

    void handleFrame(const tickerline::Frame &frame);
    void handleInstruments(const tickerline::InstrumentList &instruments);
    void handleHistory(const tickerline::HistoryResult &result);
    void handleHistoryExtended(const QStringList &symbols, qint64 fromMs, qint64 toMs);
    void handleFeedStatus(const tickerline::FeedStatus &status);
    void handleSettingChanged(tickerline::Settings::Key key);
    void handleHiddenSymbolsChanged(const QStringList &hidden);
    void restartFeed();
    void handleFeedReady(const tickerline::FeedConfig &feed);
    void handleFeedFailed(const tickerline::FeedConfig &feed, const QString &reason);
    void handleKeyChanged(const QString &provider, const tickerline::SecretError &error);
    void handleStoreReady(const tickerline::EngineConfig &config);
    void showAbout();

    void applySymbols(const QStringList &symbols);
    void checkFirstData();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    Settings &m_settings;
    Engine &m_engine;
    QuoteTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    StatusPanel *m_statusPanel = nullptr;
    SecretStore *m_secrets = nullptr;        // API keys, in the system keychain
    FeedStarter *m_feedStarter = nullptr;    // gives each feed its key before it starts
    StoreStarter *m_storeStarter = nullptr;  // gives a PostgreSQL store its password before it opens
    std::optional<FeedConfig> m_feedAfterStore;   // started once the store has its password
    bool m_engineStarted = false;
    FirstRunHint *m_firstRunHint = nullptr;  // above the watchlist while on the simulated market
    ChartExport *m_chartExport = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    AlertCenter *m_alerts = nullptr;         // rules, log and notifications of alerts
    AlertBanner *m_alertBanner = nullptr;    // alerts in the window where there is no system tray
    AlertLogDock *m_alertLogDock = nullptr;
    bool m_alertLogDockSized = false;        // given its first height once
    QPointer<AlertDialog> m_alertDialog;
    QStringList m_symbols;
    QSet<Settings::Key> m_pendingFeedChanges;
    QTimer m_feedRestartTimer;   // one restart for all keys an Apply changed
    bool m_splitterRestored = false;
    bool m_storeOpen = false;
    bool m_livePointsShown = false;
    bool m_firstDataSignalled = false;
};

} // namespace tickerline
