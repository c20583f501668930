#pragma once

#include "Engine.h"
#include "Session.h"
#include "Settings.h"

#include <QMainWindow>
#include <QPointer>

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
class ChartPanes;
class FirstRunHint;
class QuoteTableModel;
class SettingsDialog;
class StatusPanel;
class ViewMenu;
class WatchlistBook;
class WatchlistTabs;
class WorkspaceController;

// The watchlist above the price chart, menus and a status bar with one label
// per feed and one for the database. Renders what the session and its engine
// report and asks the session for history; the session starts, restarts and
// resubscribes the feed itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // Shows what session.start() is given (its symbols, viewer or not),
    // whenever that comes.
    MainWindow(Settings &settings, Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The settings dialog, opened window-modal without blocking; the one
    // already open if there is one.
    SettingsDialog *openSettings();
    // The alerts dialog, opened like the settings dialog.
    AlertDialog *openAlerts();
    // The same, on its Feed page (provider choice).
    SettingsDialog *openFeedSettings();

    // True once the chart has history and live points and the watchlist has quotes.
    [[nodiscard]] bool hasRenderedData() const;
    // Live quotes in the watchlist and live points on the chart, history or not.
    [[nodiscard]] bool hasLiveData() const;
    // The chart panes (the main one and the docked ones) and the workspaces.
    [[nodiscard]] ChartPanes *chartPanes() const;
    [[nodiscard]] WorkspaceController *workspaces() const;

Q_SIGNALS:
    void firstDataShown();
    // The line chart was given this stored history (the store's answer as it came).
    void historyShown(const tickerline::HistoryResult &result);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpWatchlist();
    void setUpWatchlistTabs();
    void setUpWorkspaces();
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
    void handleStarted(const tickerline::EngineConfig &config, tickerline::Session::Mode mode);
    // The chart panel drew an answer (lines or candles).
    void handleHistoryShown(const tickerline::HistoryResult &result);
    void handleHistoryExtended(const QStringList &symbols, qint64 fromMs, qint64 toMs);
    void handleFeedStatus(const tickerline::FeedStatus &status);
    void handleSettingChanged(tickerline::Settings::Key key);
    void handleHiddenSymbolsChanged(const QStringList &hidden);
    void showAbout();

    // What the session subscribes; the table shows the current watchlist of it.
    void applySymbols(const QStringList &sessionSymbols);
    void checkFirstData();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    Settings &m_settings;
    Session &m_session;
    Engine &m_engine;   // the session's
    QuoteTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    StatusPanel *m_statusPanel = nullptr;
    FirstRunHint *m_firstRunHint = nullptr;  // above the watchlist while on the simulated market
    ChartExport *m_chartExport = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    AlertCenter *m_alerts = nullptr;         // rules, log and notifications of alerts
    AlertBanner *m_alertBanner = nullptr;    // alerts in the window where there is no system tray
    AlertLogDock *m_alertLogDock = nullptr;
    ViewMenu *m_viewMenu = nullptr;
    bool m_alertLogDockSized = false;        // given its first height once
    QPointer<AlertDialog> m_alertDialog;
    ChartPanes *m_panes = nullptr;
    WatchlistBook *m_watchlists = nullptr;
    WatchlistTabs *m_watchlistTabs = nullptr;
    WorkspaceController *m_workspaces = nullptr;
    QStringList m_symbols;          // shown: the current watchlist
    QStringList m_sessionSymbols;   // subscribed: every watchlist's
    QuoteMap m_lastQuotes;          // for rows that come back when the list changes
    std::optional<FeedStatus> m_lastFeedStatus;
    bool m_splitterRestored = false;
    bool m_livePointsShown = false;
    bool m_firstDataSignalled = false;
};

} // namespace tickerline
