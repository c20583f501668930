#include "ChartPanel.h"
#include "ChartWidgets.h"
#include "Clock.h"
#include "KeychainSecretStore.h"
#include "Session.h"
#include "FeedSettings.h"
#include "MainWindow.h"
#include "PriceChart.h"
#include "QuoteTableModel.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "StatusPanel.h"
#include "TestSupport.h"

#include <QAction>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QTest>

#include <memory>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

constexpr int DataTimeoutMs = 20'000;

// A main window over settings in a temporary INI file, a database in a
// temporary folder and the simulated market.
struct Fixture
{
    test::TempFolder folder;
    Settings settings{folder.path(u"settings.ini"_s)};
    KeychainSecretStore secrets;
    Session session{SystemClock::instance(), settings, secrets};
    std::unique_ptr<MainWindow> window;

    Fixture()
    {
        settings.setValue(Settings::Key::SimulatedTicksPerSecond, 10.0);
        window = std::make_unique<MainWindow>(settings, session);
    }

    void start()
    {
        EngineConfig config;
        config.feed = feedConfigFromSettings(settings);
        config.feed.seed = 7;
        config.databaseLocation = folder.path(u"ticks.sqlite"_s);
        session.start(config);
        window->show();
    }

    [[nodiscard]] QuoteTableModel *model() const { return window->findChild<QuoteTableModel *>(); }
    [[nodiscard]] PriceChart *chart() const { return window->findChild<PriceChart *>(); }

    [[nodiscard]] bool chartHasLines(const QStringList &symbols) const
    {
        const PriceChart *c = chart();
        return std::all_of(symbols.cbegin(), symbols.cend(), [c](const QString &symbol) {
            return c->lineSymbols().contains(symbol) && c->pointCount(symbol) > 1;
        });
    }
    // With several lines, only the current row's symbol has its 52-week band.
    [[nodiscard]] QStringList symbolsWithBands() const
    {
        QStringList banded;
        for (const QString &symbol : chart()->lineSymbols())
            if (chart()->hasBand(symbol))
                banded.append(symbol);
        return banded;
    }
};

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWatchlistAndChart();
    void addsSymbolThroughSettingsDialog();
    void uncheckedRowHidesLineAndIsSaved();
    void savesLayoutOnClose();
    void viewMenuHidesChartToolBarAndColumns();
    void unopenableDatabaseIsSaidOnTheChart();
};

void TestMainWindow::unopenableDatabaseIsSaidOnTheChart()
{
    Fixture f;
    EngineConfig config;
    config.feed = feedConfigFromSettings(f.settings);
    config.databaseLocation = u"/proc/no-such-folder/ticks.sqlite"_s;   // a folder nobody can make
    f.session.start(config);
    f.window->show();
    auto *status = f.window->findChild<StatusPanel *>();
    QTRY_VERIFY_WITH_TIMEOUT(f.chart()->notice().contains(u"database could not be opened"_s), DataTimeoutMs);
    // The live prices still come, and the watchlist has them.
    QTRY_VERIFY_WITH_TIMEOUT(f.model()->hasQuotes(), DataTimeoutMs);
    QVERIFY(status);
}

void TestMainWindow::showsWatchlistAndChart()
{
    Fixture f;
    QVERIFY(f.folder.isValid());
    QSignalSpy firstData(f.window.get(), &MainWindow::firstDataShown);
    f.start();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));

    const QStringList symbols = Settings::defaultValue(Settings::Key::Symbols).toStringList();
    QCOMPARE(f.model()->symbols(), symbols);
    auto *view = f.window->findChild<QTableView *>(u"watchlistView"_s);
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), symbols.size());

    QTRY_VERIFY_WITH_TIMEOUT(f.chartHasLines(symbols), DataTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(f.window->hasRenderedData(), DataTimeoutMs);
    QCOMPARE(f.symbolsWithBands(), QStringList());
    view->setCurrentIndex(view->model()->index(1, QuoteTableModel::SymbolColumn));
    const QString second = view->currentIndex().data(QuoteTableModel::SymbolRole).toString();
    QTRY_COMPARE(f.symbolsWithBands(), QStringList{second});
    QCOMPARE(firstData.size(), 1);
    QVERIFY(f.model()->hasQuotes());

    auto *status = f.window->findChild<StatusPanel *>();
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(status->feedText(u"simulated"_s).contains(u"Live"_s), DataTimeoutMs);
    QVERIFY(status->storeText().contains(u"ticks.sqlite"_s));
}

void TestMainWindow::addsSymbolThroughSettingsDialog()
{
    Fixture f;
    f.start();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(f.window->hasRenderedData(), DataTimeoutMs);

    auto *settingsAction = f.window->findChild<QAction *>(u"settingsAction"_s);
    QVERIFY(settingsAction);
    QCOMPARE(settingsAction->shortcut(), QKeySequence(u"Ctrl+,"_s));
    settingsAction->trigger();
    auto *dialog = f.window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    auto *edit = dialog->findChild<QLineEdit *>(u"symbolEdit"_s);
    QVERIFY(edit);
    QTest::keyClicks(edit, u"tsla"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    QVERIFY(ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());

    QVERIFY(f.settings.symbols().contains(u"TSLA"_s));
    QCOMPARE(f.model()->symbols().constLast(), u"TSLA"_s);
    QVERIFY(f.session.engine().symbols().contains(u"TSLA"_s));
    QTRY_VERIFY_WITH_TIMEOUT(f.chartHasLines({u"TSLA"_s}), DataTimeoutMs);
    // The new row gets live quotes from the resubscribed feed.
    const QModelIndex last = f.model()->index(f.model()->rowCount() - 1, QuoteTableModel::LastColumn);
    QTRY_VERIFY_WITH_TIMEOUT(last.data(QuoteTableModel::SortRole).toDouble() > 0.0, DataTimeoutMs);
}

void TestMainWindow::uncheckedRowHidesLineAndIsSaved()
{
    Fixture f;
    f.start();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(f.window->hasRenderedData(), DataTimeoutMs);

    auto *view = f.window->findChild<QTableView *>(u"watchlistView"_s);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, QuoteTableModel::SymbolColumn));
    const QString symbol = view->currentIndex().data(QuoteTableModel::SymbolRole).toString();
    QTest::keyClick(view->viewport(), Qt::Key_Space);

    QCOMPARE(f.settings.value(Settings::Key::HiddenChartSymbols).toStringList(), QStringList{symbol});
    QTRY_VERIFY(!f.chart()->lineSymbols().contains(symbol));

    QTest::keyClick(view->viewport(), Qt::Key_Space);
    QVERIFY(f.settings.value(Settings::Key::HiddenChartSymbols).toStringList().isEmpty());
    QTRY_VERIFY(f.chart()->lineSymbols().contains(symbol));
}

void TestMainWindow::savesLayoutOnClose()
{
    Fixture f;
    f.start();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    auto *splitter = f.window->findChild<QSplitter *>(u"splitter"_s);
    QVERIFY(splitter);
    splitter->setSizes({300, 400});
    const QList<int> sizes = splitter->sizes();
    f.window->close();

    QVERIFY(!f.settings.value(Settings::Key::WindowGeometry).toByteArray().isEmpty());
    QVERIFY(!f.settings.value(Settings::Key::SplitterState).toByteArray().isEmpty());

    // A new window over the same settings comes back with the same split.
    MainWindow again(f.settings, f.session);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.findChild<QSplitter *>(u"splitter"_s)->sizes(), sizes);
}

// View → Chart, Chart Tool Bar and Watchlist Columns, triggered from the
// menu as a user would, are kept and come back in the next window; a hidden
// chart draws nothing while data keeps arriving.
void TestMainWindow::viewMenuHidesChartToolBarAndColumns()
{
    Fixture f;
    f.start();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(f.chart()->pointCount(u"AAPL"_s) > 1, DataTimeoutMs);
    auto *panel = f.window->findChild<ChartPanel *>();
    auto *table = f.window->findChild<QTableView *>(u"watchlistView"_s);
    auto *chartAction = f.window->findChild<QAction *>(u"showChartAction"_s);
    auto *toolBarAction = f.window->findChild<QAction *>(u"showChartToolBarAction"_s);
    auto *volumeAction = f.window->findChild<QAction *>(u"showColumnAction_volume"_s);
    QVERIFY(panel && table && chartAction && toolBarAction && volumeAction);
    QVERIFY(chartAction->isChecked() && panel->isVisible() && panel->toolBar()->isVisible());
    QVERIFY(!table->isColumnHidden(QuoteTableModel::VolumeColumn));
    // The View menu lists them, with the alerts log dock.
    const QMenu *view = f.window->findChild<QMenu *>(u"viewMenu"_s);
    QVERIFY(view && view->actions().contains(chartAction)
            && view->actions().contains(f.window->findChild<QAction *>(u"alertLogAction"_s)));

    toolBarAction->trigger();
    QVERIFY(!panel->toolBar()->isVisible());
    volumeAction->trigger();
    QVERIFY(table->isColumnHidden(QuoteTableModel::VolumeColumn));
    chartAction->trigger();
    QVERIFY(!panel->isVisible());
    QVERIFY(!toolBarAction->isEnabled());

    // Hidden, the chart's lines stop taking points while the watchlist ticks on.
    QLineSeries *line = nullptr;
    for (QAbstractSeries *series : test::chartOf(*f.chart())->series()) {
        if (series->name() == u"AAPL live"_s)
            line = qobject_cast<QLineSeries *>(series);
    }
    QVERIFY(line);
    QSignalSpy drawn(line, &QXYSeries::pointsReplaced);
    QSignalSpy quotes(f.model(), &QAbstractItemModel::dataChanged);
    QTRY_VERIFY_WITH_TIMEOUT(quotes.size() > 20, DataTimeoutMs);
    QCOMPARE(drawn.size(), 0);

    QCOMPARE(f.settings.value(Settings::Key::ShowChart).toBool(), false);
    QCOMPARE(f.settings.value(Settings::Key::ShowChartToolBar).toBool(), false);
    QCOMPARE(f.settings.value(Settings::Key::HiddenWatchlistColumns).toStringList(), QStringList{u"volume"_s});
    f.window->close();

    MainWindow again(f.settings, f.session);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(!again.findChild<ChartPanel *>()->isVisible());
    QVERIFY(again.findChild<QTableView *>(u"watchlistView"_s)->isColumnHidden(QuoteTableModel::VolumeColumn));
    // Shown again, the chart draws at once.
    again.findChild<QAction *>(u"showChartAction"_s)->trigger();
    QVERIFY(again.findChild<ChartPanel *>()->isVisible());
    QVERIFY(!again.findChild<ChartPanel *>()->toolBar()->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
