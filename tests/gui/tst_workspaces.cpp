#include "ChartPanel.h"
#include "ChartPanes.h"
#include "Clock.h"
#include "FeedSettings.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "PriceChart.h"
#include "QuoteTableModel.h"
#include "Session.h"
#include "Settings.h"
#include "TestSupport.h"
#include "WatchlistTabs.h"
#include "Workspace.h"
#include "WorkspaceController.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QInputDialog>
#include <QMenu>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTest>

#include <memory>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

// A main window over settings in a temporary folder (its workspaces.json
// beside them), a database there and the simulated market; a second Run on
// the same folder is the app started again.
struct Run
{
    explicit Run(const test::TempFolder &folder)
        : folder(folder)
    {
        settings.setValue(Settings::Key::SimulatedTicksPerSecond, 5.0);
        window = std::make_unique<MainWindow>(settings, session);
    }
    Q_DISABLE_COPY_MOVE(Run)

    void start()
    {
        EngineConfig config;
        config.feed = feedConfigFromSettings(settings);
        config.feed.seed = 7;
        config.databaseLocation = folder.path(u"ticks.sqlite"_s);
        session.start(config);
        window->show();
    }

    [[nodiscard]] QString workspaceFile() const { return folder.path(u"workspaces.json"_s); }
    [[nodiscard]] QTabBar *tabs() const { return window->findChild<QTabBar *>(u"watchlistTabBar"_s); }
    [[nodiscard]] QStringList tabNames() const
    {
        QStringList names;
        for (int i = 0; i < tabs()->count(); ++i)
            names.append(tabs()->tabText(i));
        return names;
    }
    [[nodiscard]] QDockWidget *dock(const QString &id) const
    {
        return window->findChild<QDockWidget *>(u"chartPane-"_s + id);
    }
    [[nodiscard]] QString statusText() const { return window->statusBar()->currentMessage(); }
    [[nodiscard]] QuoteTableModel *model() const { return window->findChild<QuoteTableModel *>(); }

    const test::TempFolder &folder;
    Settings settings{folder.path(u"settings.ini"_s)};
    KeychainSecretStore secrets;
    Session session{SystemClock::instance(), settings, secrets};
    std::unique_ptr<MainWindow> window;
};

void newWatchlist(Run &run, const QString &name)
{
    run.window->findChild<WatchlistTabs *>()->askForNewList();
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = run.window->findChild<QInputDialog *>()) != nullptr && dialog->isVisible());
    dialog->setTextValue(name);
    dialog->accept();
}

QString sourceOf(const QDockWidget *dock)
{
    return dock->findChild<QComboBox *>(u"paneSourceBox"_s)->currentData().toString();
}

QByteArray validWorkspaceWith(const QString &name, const QString &range)
{
    Workspace w;
    w.name = name;
    w.watchlists = {{u"Imported"_s, {u"AAPL"_s}, {}}};
    w.currentWatchlist = u"Imported"_s;
    w.mainPane = QJsonObject{{"chart/range"_L1, range}};
    return WorkspaceFile::writeOne(w);
}

} // namespace

// Workspaces through the window: lists as tabs, panes made and saved, the
// app started again, and files that must be refused.
class tst_Workspaces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tabsSwitchListsAndTheFeedKeepsEveryList();
    void workspaceComesBackAfterARestart();
    void damagedSavedWorkspacesAreRefusedAndKept();
    void importRefusesDamagedAndNewerFilesAndKeepsTheLayout();
    void switchingWorkspacesSwapsListsAndPanes();
    void savedRangeIsWhatTheMainChartShows();
};

void tst_Workspaces::tabsSwitchListsAndTheFeedKeepsEveryList()
{
    test::TempFolder folder;
    Run run(folder);
    run.settings.setSymbols({u"AAPL"_s, u"MSFT"_s});
    run.start();
    QTRY_COMPARE(run.model()->symbols(), (QStringList{u"AAPL"_s, u"MSFT"_s}));
    QCOMPARE(run.tabNames(), QStringList{u"Watchlist"_s});

    newWatchlist(run, u"Crypto"_s);
    QTRY_COMPARE(run.tabNames(), (QStringList{u"Watchlist"_s, u"Crypto"_s}));
    QCOMPARE(run.tabs()->currentIndex(), 1);
    QCOMPARE(run.settings.value(Settings::Key::CurrentWatchlist).toString(), u"Crypto"_s);
    // A new list starts with the selected symbol (none selected: the first).
    QTRY_COMPARE(run.model()->symbols(), QStringList{u"AAPL"_s});
    run.settings.setSymbols({u"AAPL"_s, u"BTC-USD"_s});
    QTRY_COMPARE(run.model()->symbols(), (QStringList{u"AAPL"_s, u"BTC-USD"_s}));
    // The feed has every list's symbols, the current one's first.
    QTRY_COMPARE(run.session.symbols(), (QStringList{u"AAPL"_s, u"BTC-USD"_s, u"MSFT"_s}));

    // Back to the first: its symbols and quotes at once, nothing resubscribed.
    QSignalSpy resubscribed(&run.session, &Session::symbolsChanged);
    run.tabs()->setCurrentIndex(0);
    QTRY_COMPARE(run.model()->symbols(), (QStringList{u"AAPL"_s, u"MSFT"_s}));
    QCOMPARE(resubscribed.size(), 0);
    QTRY_VERIFY(run.model()->lastPrice(u"MSFT"_s).has_value());

    // A drop of MSFT on "Crypto" moves it there; one already there is refused with the reason.
    // The row as the table drags it, dropped on the other tab.
    const int msftRow = int(run.model()->symbols().indexOf(u"MSFT"_s));
    std::unique_ptr<QMimeData> dragged(run.model()->mimeData({run.model()->index(msftRow, 0)}));
    QVERIFY(dragged);
    const QPointF onCrypto = run.tabs()->tabRect(1).center();
    QDragEnterEvent enter(onCrypto.toPoint(), Qt::MoveAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(run.tabs(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(onCrypto, Qt::MoveAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(run.tabs(), &drop);
    QTRY_COMPARE(run.model()->symbols(), QStringList{u"AAPL"_s});
    run.window->findChild<WatchlistTabs *>()->dropSymbols({u"AAPL"_s}, 1, false);
    QCOMPARE(run.model()->symbols(), QStringList{u"AAPL"_s});
    QVERIFY2(run.statusText().contains(u"already"_s), qPrintable(run.statusText()));
    run.tabs()->setCurrentIndex(1);
    QTRY_COMPARE(run.model()->symbols(), (QStringList{u"AAPL"_s, u"BTC-USD"_s, u"MSFT"_s}));

    // A second list of the same name is refused with the reason.
    newWatchlist(run, u"crypto"_s);
    QTRY_VERIFY2(run.statusText().contains(u"already a watchlist"_s), qPrintable(run.statusText()));
    QCOMPARE(run.tabNames().size(), 2);
}

void tst_Workspaces::workspaceComesBackAfterARestart()
{
    test::TempFolder folder;
    {
        Run run(folder);
        run.settings.setSymbols({u"AAPL"_s, u"MSFT"_s, u"NVDA"_s});
        run.start();
        newWatchlist(run, u"Second"_s);
        QTRY_COMPARE(run.tabNames().size(), 2);
        QAction *newPane = run.window->workspaces()->newPaneAction();
        for (int i = 0; i < 3; ++i)
            newPane->trigger();
        QCOMPARE(run.window->chartPanes()->docks().size(), 3);

        QComboBox *source = run.dock(u"2"_s)->findChild<QComboBox *>(u"paneSourceBox"_s);
        const int selection = source->findData(u"selection"_s);
        source->setCurrentIndex(selection);
        Q_EMIT source->activated(selection);
        run.dock(u"3"_s)->findChild<QAction *>(u"range1DAction"_s)->trigger();
        run.dock(u"4"_s)->findChild<QAction *>(u"candleModeAction"_s)->trigger();
        run.dock(u"4"_s)->setFloating(true);
        run.window->workspaces()->linkRangesAction()->setChecked(true);
        run.window->close();
    }
    QVERIFY(QFile::exists(folder.path(u"workspaces.json"_s)));
    Run again(folder);
    again.start();
    QCOMPARE(again.window->chartPanes()->docks().size(), 3);
    QCOMPARE(sourceOf(again.dock(u"2"_s)), u"selection"_s);
    QVERIFY(again.dock(u"3"_s)->findChild<QAction *>(u"range1DAction"_s)->isChecked());
    QVERIFY(again.dock(u"4"_s)->findChild<ChartPanel *>()->candleMode());
    QVERIFY(again.dock(u"4"_s)->isFloating());
    QVERIFY(!again.dock(u"2"_s)->isFloating());
    QVERIFY(again.window->workspaces()->linkRangesAction()->isChecked());
    QCOMPARE(again.tabNames(), (QStringList{u"Watchlist"_s, u"Second"_s}));
    // The main pane's own choices were not touched by the others'.
    QVERIFY(!again.window->findChild<ChartPanel *>(u"chartPanel"_s)->candleMode());
}

void tst_Workspaces::damagedSavedWorkspacesAreRefusedAndKept()
{
    test::TempFolder folder;
    {
        QFile file(folder.path(u"workspaces.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "tickerline-workspaces", "version": 1, "workspaces": [{"name": "W", )");
    }
    Run run(folder);
    QVERIFY2(run.statusText().contains(u"could not be read"_s), qPrintable(run.statusText()));
    QVERIFY2(run.statusText().contains(u"not valid JSON"_s), qPrintable(run.statusText()));
    // Kept for the user, and not overwritten by the next save.
    QVERIFY(QFile::exists(folder.path(u"workspaces.json.damaged"_s)));
    QCOMPARE(run.window->chartPanes()->docks().size(), 0);
    run.start();
    QTRY_VERIFY(!run.model()->symbols().isEmpty());
}

void tst_Workspaces::importRefusesDamagedAndNewerFilesAndKeepsTheLayout()
{
    test::TempFolder folder;
    Run run(folder);
    run.start();
    run.window->workspaces()->newPaneAction()->trigger();
    const QStringList before = run.model()->symbols();
    const auto importText = [&](const QByteArray &text) {
        const QString path = folder.path(u"import.json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return u"cannot write the test file"_s;
        file.write(text);
        file.close();
        return run.window->workspaces()->importFrom(path);
    };

    QString why = importText(R"({"format": "tickerline-workspace", "version": 99, "workspace": {}})");
    QVERIFY2(why.contains(u"newer Tickerline"_s) && why.contains(u"99"_s), qPrintable(why));
    why = importText("garbage");
    QVERIFY2(why.contains(u"not valid JSON"_s), qPrintable(why));
    why = importText(R"({"format": "something-else", "version": 1})");
    QVERIFY2(why.contains(u"not a Tickerline workspace"_s), qPrintable(why));
    why = importText(validWorkspaceWith(u"Bad"_s, u"2W"_s));
    QVERIFY2(why.contains(u"chart/range"_s), qPrintable(why));
    // Nothing of a refused file was used.
    QCOMPARE(run.window->chartPanes()->docks().size(), 1);
    QCOMPARE(run.model()->symbols(), before);
    QCOMPARE(run.window->workspaces()->names().size(), 1);

    why = importText(validWorkspaceWith(u"Good"_s, u"1D"_s));
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(run.window->workspaces()->current(), u"Good"_s);
    QCOMPARE(run.window->chartPanes()->docks().size(), 0);
    QTRY_COMPARE(run.model()->symbols(), QStringList{u"AAPL"_s});
    QCOMPARE(run.settings.value(Settings::Key::ChartRange).toString(), u"1D"_s);
}

void tst_Workspaces::switchingWorkspacesSwapsListsAndPanes()
{
    test::TempFolder folder;
    Run run(folder);
    run.settings.setSymbols({u"AAPL"_s, u"MSFT"_s});
    run.start();
    WorkspaceController *workspaces = run.window->workspaces();
    QVERIFY(workspaces->saveAs(u"Calm"_s));
    run.window->workspaces()->newPaneAction()->trigger();
    run.window->workspaces()->newPaneAction()->trigger();
    run.settings.setSymbols({u"NVDA"_s});
    QVERIFY(workspaces->saveAs(u"Busy"_s));
    QCOMPARE(workspaces->names(), (QStringList{u"Calm"_s, u"Busy"_s}));

    QCOMPARE(workspaces->switchTo(u"Calm"_s), QString());
    QCOMPARE(run.window->chartPanes()->docks().size(), 0);
    QTRY_COMPARE(run.model()->symbols(), (QStringList{u"AAPL"_s, u"MSFT"_s}));
    QCOMPARE(workspaces->switchTo(u"Busy"_s), QString());
    QCOMPARE(run.window->chartPanes()->docks().size(), 2);
    QTRY_COMPARE(run.model()->symbols(), QStringList{u"NVDA"_s});
    QVERIFY(workspaces->switchTo(u"Nope"_s).contains(u"no workspace"_s));
    QVERIFY(!workspaces->saveAs(u"Busy"_s));
    QVERIFY2(run.statusText().contains(u"already a workspace"_s), qPrintable(run.statusText()));
}

void tst_Workspaces::savedRangeIsWhatTheMainChartShows()
{
    test::TempFolder folder;
    {
        Settings saved(folder.path(u"settings.ini"_s));
        saved.setValue(Settings::Key::ChartRange, u"1D"_s);
        saved.sync();
    }
    Run run(folder);
    const auto *chart = run.window->findChild<ChartPanel *>(u"chartPanel"_s)->priceChart();
    QVERIFY(run.window->findChild<ChartPanel *>(u"chartPanel"_s)->findChild<QAction *>(u"range1DAction"_s)->isChecked());
    // The live window (7 days) of a pane made later does not replace it.
    const qint64 day = 24 * 3600 * 1000;
    QVERIFY2(std::abs(chart->viewToMs() - chart->viewFromMs() - day) <= day / 20,
             qPrintable(QString::number(chart->viewToMs() - chart->viewFromMs())));
    run.window->workspaces()->newPaneAction()->trigger();
    QVERIFY(std::abs(chart->viewToMs() - chart->viewFromMs() - day) <= day / 20);
}

QTEST_MAIN(tst_Workspaces)
#include "tst_workspaces.moc"
