#include "MainWindow.h"

#include "ProviderRegistry.h"
#include "ui_MainWindow.h"

#include "AboutDialog.h"
#include "AlertBanner.h"
#include "AlertCenter.h"
#include "AlertChartLink.h"
#include "AlertDialog.h"
#include "AlertLogDock.h"
#include "AlertTrayNotifier.h"
#include "Appearance.h"
#include "ChartExport.h"
#include "ChartPanel.h"
#include "ChartPanes.h"
#include "PriceChart.h"
#include "CsvTransferDialogs.h"
#include "Clock.h"
#include "FirstRunHint.h"
#include "QuoteCellDelegate.h"
#include "QuoteTableModel.h"
#include "RangeBarDelegate.h"
#include "SettingsDialog.h"
#include "StatusPanel.h"
#include "SymbolDelegate.h"
#include "SymbolSearchController.h"
#include "TickStore.h"
#include "TimeUnits.h"
#include "ViewMenu.h"
#include "WatchlistBook.h"
#include "WatchlistTabs.h"
#include "WorkspaceController.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QVBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSortFilterProxyModel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tickerline {

namespace {
constexpr int MessageTimeoutMs = 10'000;

// The platform's keys where it has them (Cmd+, on macOS); the form's where it
// has none (Quit on Windows).
void useStandardShortcut(QAction *action, QKeySequence::StandardKey key)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (!keys.isEmpty())
        action->setShortcuts(keys);
}
} // namespace

MainWindow::MainWindow(Settings &settings, Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_session(session)
    , m_engine(session.engine())
    , m_model(new QuoteTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_statusPanel(new StatusPanel(this))
    , m_firstRunHint(new FirstRunHint(settings, this))
    , m_chartExport(new ChartExport(this, [this] { return m_ui->chartPanel->shownChart(); }))
{
    m_ui->setupUi(this);
    m_ui->centralLayout->insertWidget(0, m_firstRunHint);
    updateFirstRunHint(m_settings.provider());
    m_model->setObjectName(u"quoteModel"_s);
    m_statusPanel->setObjectName(u"statusPanel"_s);
    m_ui->statusBar->addWidget(m_statusPanel, 1);
    setUpWatchlistTabs();
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_model->setClock(&m_session.clock());
    m_ui->chartPanel->setClock(m_session.clock());
    m_ui->chartPanel->setLiveWindowMs(m_settings.chartWindowDays() * MsPerDay);
    // The saved range, scale, toggles, chart mode and studies; the panel saves later changes itself.
    m_ui->chartPanel->setSettings(&m_settings);
    // Every pane asks for its history through the session and draws the answers itself.
    m_panes = new ChartPanes(
        *this, *m_ui->chartPanel, m_settings, m_session.clock(),
        [this](const HistoryRequest &request, QObject *context, std::function<void(const HistoryResult &)> answer) {
            return m_session.requestHistory(request, context, std::move(answer));
        },
        this);

    connect(m_statusPanel, &StatusPanel::passwordRequested, this, &MainWindow::openSettings);

    setUpWatchlist();
    connectEngine();
    connectActions();
    setUpAlerts();
    setUpShortcuts();
    new SymbolSearchController(*this, m_settings, m_session.secrets());   // Edit → Add Symbol… (Ctrl+K)
    connect(&m_settings, &Settings::changed, this, &MainWindow::handleSettingChanged);
    restoreLayout();
    setUpWorkspaces();
}

void MainWindow::setUpWatchlistTabs()
{
    m_watchlists = new WatchlistBook(m_settings, tr("Watchlist"), this);
    m_watchlistTabs = new WatchlistTabs(*m_watchlists, [this] {
        const QModelIndex current = m_ui->watchlistView->currentIndex();
        if (current.isValid())
            return current.data(QuoteTableModel::SymbolRole).toString();
        return m_symbols.isEmpty() ? QString() : m_symbols.first();
    });
    connect(m_watchlistTabs, &WatchlistTabs::problemOccurred, this,
            [this](const QString &message) { m_ui->statusBar->showMessage(message, MessageTimeoutMs); });
    // The tabs above the table, both in the splitter's first place.
    auto *lists = new QWidget;
    lists->setObjectName(u"watchlistPane"_s);
    auto *layout = new QVBoxLayout(lists);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_watchlistTabs);
    layout->addWidget(m_ui->watchlistView, 1);
    m_ui->splitter->insertWidget(0, lists);
    m_ui->watchlistView->setDragEnabled(true);
    m_ui->watchlistView->setDragDropMode(QAbstractItemView::DragOnly);
    if (const QString problem = m_watchlists->problem(); !problem.isEmpty())
        m_ui->statusBar->showMessage(tr("Some saved watchlists could not be read: %1").arg(problem), MessageTimeoutMs);
}

void MainWindow::setUpWorkspaces()
{
    // Beside the settings file, so a run with its own settings has its own workspaces.
    const QString settingsFile = m_settings.fileName();
    const QString path = settingsFile.isEmpty()
        ? WorkspaceFile::defaultPath()
        : QFileInfo(settingsFile).dir().filePath(u"workspaces.json"_s);
    m_workspaces = new WorkspaceController({.window = this,
                                            .splitter = m_ui->splitter,
                                            .panes = m_panes,
                                            .mainPane = m_ui->chartPanel,
                                            .watchlists = m_watchlists,
                                            .settings = &m_settings},
                                           m_ui->viewMenu, path, this);
    connect(m_workspaces, &WorkspaceController::problemOccurred, this,
            [this](const QString &message) { m_ui->statusBar->showMessage(message, MessageTimeoutMs); });
    connect(m_workspaces, &WorkspaceController::messageShown, this,
            [this](const QString &message) { m_ui->statusBar->showMessage(message, MessageTimeoutMs); });
    m_panes->setWatchlists(m_watchlists->lists());
    m_workspaces->restore();
}

ChartPanes *MainWindow::chartPanes() const
{
    return m_panes;
}

WorkspaceController *MainWindow::workspaces() const
{
    return m_workspaces;
}

MainWindow::~MainWindow()
{
    // While the window and its docks are whole: the panes' docks go before the pool they share.
    delete m_workspaces;
    delete m_panes;
}

void MainWindow::handleStarted(const EngineConfig &config, Session::Mode mode)
{
    m_symbols.clear();
    applySymbols(config.feed.symbols);
    if (!m_splitterRestored)
        fitWatchlistHeight();
    m_statusPanel->setViewer(mode == Session::Mode::Viewer && config.followStore);
}

SettingsDialog *MainWindow::openSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_settings, TickStore::defaultLocation(), m_session.secrets(), this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_settingsDialog->open();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
    return m_settingsDialog;
}

SettingsDialog *MainWindow::openFeedSettings()
{
    SettingsDialog *dialog = openSettings();
    dialog->showFeedPage();
    return dialog;
}

AlertDialog *MainWindow::openAlerts()
{
    if (!m_alertDialog) {
        m_alertDialog = new AlertDialog(
            *m_alerts, [this](const QString &symbol) { return m_model->lastPrice(symbol); }, this);
        m_alertDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_alertDialog->open();
    m_alertDialog->raise();
    m_alertDialog->activateWindow();
    return m_alertDialog;
}

bool MainWindow::hasLiveData() const
{
    return m_livePointsShown && m_model->hasQuotes();
}

bool MainWindow::hasRenderedData() const
{
    return m_livePointsShown && m_model->hasQuotes() && m_ui->chartPanel->hasRenderedData();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_workspaces->save();
    QMainWindow::closeEvent(event);
}

void MainWindow::setUpWatchlist()
{
    m_proxy->setSortRole(QuoteTableModel::SortRole);
    m_proxy->setSourceModel(m_model);

    QTableView *view = m_ui->watchlistView;
    view->setModel(m_proxy);
    view->setItemDelegateForColumn(QuoteTableModel::SymbolColumn, new SymbolDelegate(view));
    view->setItemDelegate(new QuoteCellDelegate(view));
    view->setItemDelegateForColumn(QuoteTableModel::RangeColumn, new RangeBarDelegate(view));

    // No sort column at first: the watchlist's own order, which is also the
    // chart's colour order. A third click on a header goes back to it.
    QHeaderView *header = view->horizontalHeader();
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);

    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(QuoteTableModel::NameColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(48);
    const QFontMetrics metrics = view->fontMetrics();
    const auto widthFor = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 24; };
    view->setColumnWidth(QuoteTableModel::SymbolColumn, widthFor(u"MMMMM"_s) + 56);
    view->setColumnWidth(QuoteTableModel::LastColumn, widthFor(u"00,000.00"_s));
    view->setColumnWidth(QuoteTableModel::ChangeColumn, widthFor(u"+0,000.00"_s));
    view->setColumnWidth(QuoteTableModel::ChangePercentColumn, widthFor(u"+000.00%"_s));
    view->setColumnWidth(QuoteTableModel::VolumeColumn, widthFor(u"000.0M"_s));
    view->setColumnWidth(QuoteTableModel::RangeColumn, 220);
    view->setColumnWidth(QuoteTableModel::TimeColumn, widthFor(u"00:00:00"_s));
    view->setColumnWidth(QuoteTableModel::SessionColumn, widthFor(u"After hours"_s));
    view->setColumnWidth(QuoteTableModel::AgeColumn, widthFor(u"59m \u00b7 20m delayed"_s));
    // Room for each title and sort arrow too: in German or French the titles
    // can be wider than the numbers below them.
    for (int column = 0; column < QuoteTableModel::ColumnCount; ++column) {
        if (column != QuoteTableModel::NameColumn)
            view->setColumnWidth(column, std::max(view->columnWidth(column), header->sectionSizeHint(column)));
    }

    QHeaderView *rows = view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(std::max(30, metrics.height() + 14));

    // The row the user is on is the chart's focus: with several lines, its
    // band is the one drawn, and its market's off-hours are shaded.
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        m_panes->setSelectedSymbol(current.isValid() ? current.data(QuoteTableModel::SymbolRole).toString() : QString());
    });
    connect(m_model, &QuoteTableModel::hiddenSymbolsChanged, this, &MainWindow::handleHiddenSymbolsChanged);
    // A legend click hides a line like unticking its row, and is saved the same way.
    connect(m_ui->chartPanel, &ChartPanel::hiddenSymbolsChanged, m_model,
            &QuoteTableModel::setHiddenSymbols);
}

void MainWindow::connectEngine()
{
    connect(&m_session, &Session::started, this, &MainWindow::handleStarted);
    connect(&m_session, &Session::symbolsChanged, this, &MainWindow::applySymbols);
    // The provider in use, which the command line may have chosen for this
    // run; a viewer has no feed of its own.
    connect(&m_session, &Session::providerChanged, this, &MainWindow::updateFirstRunHint);
    connect(&m_session, &Session::feedAboutToChange, m_statusPanel, &StatusPanel::clearFeeds);
    connect(&m_engine, &Engine::frameReady, this, &MainWindow::handleFrame);
    connect(&m_engine, &Engine::instrumentsChanged, this, &MainWindow::handleInstruments);
    connect(&m_engine, &Engine::historyExtended, this, &MainWindow::handleHistoryExtended);
    connect(&m_engine, &Engine::feedStatusChanged, this, &MainWindow::handleFeedStatus);
    connect(&m_engine, &Engine::storeOpened, this, [this](const StoreStatus &status) {
        m_statusPanel->setStoreStatus(status);
        m_panes->setNotice({});
        m_panes->reload();
    });
    connect(m_ui->chartPanel, &ChartPanel::lineHistoryShown, this, [this](const HistoryResult &result) {
        Q_EMIT historyShown(result);
        handleHistoryShown(result);
    });
    connect(m_ui->chartPanel, &ChartPanel::candleHistoryShown, this, &MainWindow::handleHistoryShown);
    connect(&m_engine, &Engine::storeStatusChanged, m_statusPanel, &StatusPanel::setStoreStatus);
    connect(&m_engine, &Engine::storeFailed, m_statusPanel, &StatusPanel::setStoreError);
    // Not a chart of previous closes and a sliver of live ticks without a word: the chart says why.
    connect(&m_engine, &Engine::storeFailed, this, [this] {
        m_panes->setNotice(tr("No stored history: the database could not be opened (see the status bar).\n"
                              "Live prices since the start are shown."));
    });
}

void MainWindow::connectActions()
{
    auto *csv = new CsvTransferDialogs(this, m_engine);
    connect(m_ui->exportCsvAction, &QAction::triggered, csv, &CsvTransferDialogs::exportCsv);
    connect(m_ui->importCsvAction, &QAction::triggered, csv, &CsvTransferDialogs::importCsv);
    connect(csv, &CsvTransferDialogs::ticksImported, m_panes, &ChartPanes::reload);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->resetZoomAction, &QAction::triggered, m_ui->chartPanel->priceChart(), &PriceChart::resetView);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->exportChartPngAction, &QAction::triggered, m_chartExport, &ChartExport::exportPng);
    connect(m_ui->exportChartSvgAction, &QAction::triggered, m_chartExport, &ChartExport::exportSvg);
    connect(m_ui->copyChartAction, &QAction::triggered, m_chartExport, &ChartExport::copyToClipboard);
    connect(m_chartExport, &ChartExport::exported, this,
            [this](const QString &path, const ChartExportResult &result) {
                if (!result.ok()) {
                    auto *box = new QMessageBox(QMessageBox::Warning, tr("Chart"), result.error, QMessageBox::Ok, this);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                } else {
                    m_ui->statusBar->showMessage(path.isEmpty() ? tr("Chart copied to the clipboard.")
                                                                : tr("Chart saved to %1").arg(path),
                                                 MessageTimeoutMs);
                }
            });
    connect(m_firstRunHint, &FirstRunHint::settingsRequested, this, &MainWindow::openFeedSettings);
}

void MainWindow::setUpAlerts()
{
    m_alerts = new AlertCenter(m_engine, AlertCenter::defaultFolder(), this);
    m_alertBanner = new AlertBanner(centralWidget());
    m_alertLogDock = new AlertLogDock(m_alerts->logModel(), this);
    addDockWidget(Qt::BottomDockWidgetArea, m_alertLogDock);
    m_alertLogDock->hide();   // until asked for; restoreState() brings back the user's choice
    // Shown for the first time: a few rows high, so that the chart keeps its room.
    connect(m_alertLogDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || m_alertLogDockSized)
            return;
        m_alertLogDockSized = true;
        resizeDocks({m_alertLogDock}, {std::max(120, height() / 6)}, Qt::Vertical);
    });
    QAction *logAction = m_alertLogDock->toggleViewAction();
    logAction->setObjectName(u"alertLogAction"_s);
    logAction->setText(tr("Alerts &Log"));
    logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_ui->alertsMenu->addAction(logAction);
    m_viewMenu = new ViewMenu(m_ui->viewMenu, m_settings,
                              {.chart = m_ui->chartPanel,
                               .chartToolBar = m_ui->chartPanel->toolBar(),
                               .watchlist = m_ui->watchlistView,
                               .dockToggles = {logAction}},
                              this);
    const auto showLog = [this] {
        m_alertLogDock->show();
        m_alertLogDock->raise();
    };
    if (AlertTrayNotifier::isAvailable()) {
        auto *tray = new AlertTrayNotifier(windowIcon(), this);
        connect(tray, &AlertTrayNotifier::messageClicked, this, showLog);
        m_alerts->setNotifier(tray);
    } else {
        m_alerts->setNotifier(m_alertBanner);
    }
    connect(m_alertBanner, &AlertBanner::logRequested, this, showLog);
    connect(m_alerts, &AlertCenter::problemOccurred, this,
            [this](const QString &message) { m_ui->statusBar->showMessage(message, MessageTimeoutMs); });
    // Every pane draws the alert levels of its symbols and can drag them.
    const auto linkAlerts = [this](ChartPanel *panel) {
        auto *onChart = new AlertChartLink(*m_alerts, *panel->priceChart(), panel);
        connect(onChart, &AlertChartLink::problemOccurred, this,
                [this](const QString &message) { m_ui->statusBar->showMessage(message, MessageTimeoutMs); });
    };
    linkAlerts(m_ui->chartPanel);
    connect(m_panes, &ChartPanes::paneAdded, this, linkAlerts);
    connect(m_ui->manageAlertsAction, &QAction::triggered, this, &MainWindow::openAlerts);
}

void MainWindow::setUpShortcuts()
{
    useStandardShortcut(m_ui->quitAction, QKeySequence::Quit);
    useStandardShortcut(m_ui->settingsAction, QKeySequence::Preferences);
    useStandardShortcut(m_ui->copyChartAction, QKeySequence::Copy);
}

void MainWindow::updateFirstRunHint(const QString &provider)
{
    m_firstRunHint->setVisible(m_firstRunHint->wantedFor(provider));
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings.value(Settings::Key::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    restoreState(m_settings.value(Settings::Key::WindowState).toByteArray());
    m_splitterRestored = m_ui->splitter->restoreState(m_settings.value(Settings::Key::SplitterState).toByteArray());
}

void MainWindow::fitWatchlistHeight()
{
    // Room for the watchlist's rows (up to a screenful), the chart gets the rest.
    constexpr int MaxRowsShown = 12;
    const QTableView *view = m_ui->watchlistView;
    const int rows = std::clamp(m_model->rowCount(), 3, MaxRowsShown);
    const int height = view->horizontalHeader()->sizeHint().height()
        + rows * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth() + 2;
    m_ui->splitter->setSizes({height, std::max(1, m_ui->splitter->height() - height)});
}

void MainWindow::saveLayout()
{
    m_settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::WindowState, saveState());
    m_settings.setValue(Settings::Key::SplitterState, m_ui->splitter->saveState());
    m_settings.sync();
}

void MainWindow::handleFrame(const Frame &frame)
{
    m_model->applyFrame(frame);
    m_lastQuotes.insert(frame.quotes);
    if (!frame.points.isEmpty()) {
        m_panes->appendPoints(frame.points);
        m_livePointsShown = true;
    }
    checkFirstData();
}

void MainWindow::handleInstruments(const InstrumentList &instruments)
{
    m_model->setInstruments(instruments);
    m_panes->setInstruments(instruments);
}

void MainWindow::handleHistoryShown(const HistoryResult &result)
{
    if (!result.error.isEmpty())
        m_ui->statusBar->showMessage(tr("Could not read the chart history: %1").arg(result.error), MessageTimeoutMs);
    checkFirstData();
}

void MainWindow::handleHistoryExtended(const QStringList &symbols, qint64 fromMs, qint64 toMs)
{
    // A backfill landed in the database: reload what of it the chart shows.
    m_panes->reloadRange(symbols, fromMs, toMs);
}

void MainWindow::handleFeedStatus(const FeedStatus &status)
{
    // A retired feed may still report while it winds down.
    if (status.feed.compare(m_engine.config().feed.provider, Qt::CaseInsensitive) != 0)
        return;
    m_statusPanel->setFeedStatus(status);
    m_lastFeedStatus = status;
    for (const QString &symbol : std::as_const(m_symbols))
        m_model->setFeedState(symbol, status.state, status.message);
}

void MainWindow::handleSettingChanged(Settings::Key key)
{
    switch (key) {
    case Settings::Key::Symbols:   // the session resubscribes to every list's; the current one is shown
        applySymbols(m_sessionSymbols);
        break;
    case Settings::Key::Watchlists:
    case Settings::Key::CurrentWatchlist:
        m_panes->setWatchlists(m_watchlists->lists());
        break;
    case Settings::Key::ChartSource:
        break;   // the chart panes' own
    case Settings::Key::Provider:  // the session restarts the feed
    case Settings::Key::PollIntervalSeconds:
    case Settings::Key::SimulatedTicksPerSecond:
    case Settings::Key::RetentionDays:
        break;
    case Settings::Key::Appearance:
        applyAppearance(m_settings.appearance());
        break;
    case Settings::Key::ChartWindowDays:
        m_panes->setLiveWindowMs(m_settings.chartWindowDays() * MsPerDay);
        break;
    case Settings::Key::HiddenChartSymbols:
        m_model->setHiddenSymbols(m_settings.value(key).toStringList());
        break;
    case Settings::Key::DatabaseLocation:
        m_ui->statusBar->showMessage(tr("The new database location is used from the next start."),
                                     MessageTimeoutMs);
        break;
    case Settings::Key::Language:
        m_ui->statusBar->showMessage(tr("The new language is used from the next start."), MessageTimeoutMs);
        break;
    case Settings::Key::FirstRunHintDismissed:
        break;
    case Settings::Key::ChartBufferPoints:
        m_panes->setBufferCapacity(m_settings.value(key).toInt());
        break;
    case Settings::Key::ChartRange:
    case Settings::Key::ChartFollowLive:
    case Settings::Key::ChartPriceScale:
    case Settings::Key::ChartShowBands:
    case Settings::Key::ChartShowPreviousClose:
    case Settings::Key::ChartTimeZone:
    case Settings::Key::ChartMode:
    case Settings::Key::CandleIntervalMs:
    case Settings::Key::ChartStudies:
        break;   // the chart panel's own choices, applied as they are made
    case Settings::Key::WindowGeometry:
    case Settings::Key::WindowState:
    case Settings::Key::SplitterState:
        break;
    }
}

void MainWindow::handleHiddenSymbolsChanged(const QStringList &hidden)
{
    // Keep the choice for symbols that are off the watchlist for now.
    QStringList saved = hidden;
    const QStringList before = m_settings.value(Settings::Key::HiddenChartSymbols).toStringList();
    for (const QString &symbol : before) {
        if (!m_symbols.contains(symbol) && !saved.contains(symbol))
            saved.append(symbol);
    }
    m_settings.setValue(Settings::Key::HiddenChartSymbols, saved);
    m_panes->setWatchlist(m_symbols, hidden);
}

void MainWindow::showAbout()
{
    // Window-modal through open(): no nested event loop.
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::applySymbols(const QStringList &sessionSymbols)
{
    m_sessionSymbols = sessionSymbols;
    // The feed has every watchlist's symbols; the table shows the current
    // list's. A run given other symbols (--symbols) shows those.
    const QStringList current = m_settings.symbols();
    const bool listed = std::all_of(current.cbegin(), current.cend(),
                                    [&](const QString &symbol) { return sessionSymbols.contains(symbol); });
    const QStringList symbols = listed ? current : sessionSymbols;
    m_alerts->setKnownSymbols(sessionSymbols);
    if (symbols == m_symbols)
        return;
    m_symbols = symbols;
    m_model->setSymbols(symbols);
    m_model->setHiddenSymbols(m_settings.value(Settings::Key::HiddenChartSymbols).toStringList());
    // Rows new to the table show the quotes already seen for them (another list's).
    Frame seen;
    for (const QString &symbol : symbols) {
        if (const auto it = m_lastQuotes.constFind(symbol); it != m_lastQuotes.cend())
            seen.quotes.insert(symbol, *it);
    }
    if (!seen.quotes.isEmpty())
        m_model->applyFrame(seen);
    if (m_lastFeedStatus) {
        for (const QString &symbol : symbols)
            m_model->setFeedState(symbol, m_lastFeedStatus->state, m_lastFeedStatus->message);
    }
    m_panes->setWatchlist(symbols, m_model->hiddenSymbols());
}

void MainWindow::checkFirstData()
{
    if (m_firstDataSignalled || !hasRenderedData())
        return;
    m_firstDataSignalled = true;
    Q_EMIT firstDataShown();
}

} // namespace tickerline
