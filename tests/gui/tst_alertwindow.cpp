#include "AlertBanner.h"
#include "AlertDialog.h"
#include "AlertLogModel.h"
#include "AlertTrayNotifier.h"
#include "Clock.h"
#include "KeychainSecretStore.h"
#include "Session.h"
#include "FeedSettings.h"
#include "MainWindow.h"
#include "QuoteTableModel.h"
#include "Settings.h"
#include "TestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <cmath>
#include <memory>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

constexpr int DataTimeoutMs = 20'000;

} // namespace

// The main window on the simulated market: an alert made through the Alerts
// menu fires, shows in the window (no tray offscreen) and in the log.
// With TICKERLINE_ALERT_SCREENSHOT=FILE.png it also saves what that looks like.
class TestAlertWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alertFromTheMenuFiresIntoBannerAndLog()
    {
        test::TempFolder folder;
        // Rules and log go to the app data folder: a temporary one.
        qputenv("XDG_DATA_HOME", folder.path(u"xdg-data"_s).toLocal8Bit());
        Settings settings(folder.path(u"settings.ini"_s));
        settings.setValue(Settings::Key::SimulatedTicksPerSecond, 10.0);
        KeychainSecretStore secrets;
        Session session(SystemClock::instance(), settings, secrets);
        MainWindow window(settings, session);
        window.resize(1280, 720);
        EngineConfig config;
        config.feed = feedConfigFromSettings(settings);
        config.feed.seed = 7;
        config.databaseLocation = folder.path(u"ticks.sqlite"_s);
        session.start(config);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.hasRenderedData(), DataTimeoutMs);

        // Offscreen there is no system tray: the window's banner stands in.
        QVERIFY(!AlertTrayNotifier::isAvailable());
        auto *banner = window.findChild<AlertBanner *>();
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());

        // A level just under AAPL's last price, so the next tick fires it.
        auto *model = window.findChild<QuoteTableModel *>();
        const int row = int(model->symbols().indexOf(u"AAPL"_s));
        QVERIFY(row >= 0);
        const double last = model->index(row, QuoteTableModel::LastColumn).data(QuoteTableModel::SortRole).toDouble();
        QVERIFY(last > 1);
        const double level = std::floor(last * 0.99);

        auto *manage = window.findChild<QAction *>(u"manageAlertsAction"_s);
        QVERIFY(manage);
        QCOMPARE(manage->shortcut(), QKeySequence(u"Ctrl+Shift+A"_s));
        manage->trigger();
        auto *dialog = window.findChild<AlertDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QLineEdit *symbol = dialog->findChild<QComboBox *>(u"symbolCombo"_s)->lineEdit();
        symbol->setFocus();
        QTest::keyClick(symbol, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(symbol, u"AAPL"_s);
        auto *levelSpin = dialog->findChild<QDoubleSpinBox *>(u"levelSpin"_s);
        // A new rule's level starts at the symbol's last price (which moves on).
        QVERIFY2(std::abs(levelSpin->value() - last) < last * 0.05, qPrintable(QString::number(levelSpin->value())));
        levelSpin->setFocus();
        QTest::keyClick(levelSpin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(levelSpin, QLocale().toString(level));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        QCOMPARE(dialog->errorText(), QString());
        dialog->close();

        // Where the watchlist and the chart are before the banner shows.
        auto *table = window.findChild<QTableView *>();
        auto *chart = window.findChild<QWidget *>(u"priceChart"_s);
        QVERIFY(table);
        QVERIFY(chart);
        const QRect tableBefore(table->mapTo(&window, QPoint()), table->size());
        const QRect chartBefore(chart->mapTo(&window, QPoint()), chart->size());

        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), DataTimeoutMs);
        // Over the top of the window's content, moving nothing under it.
        QCOMPARE(banner->geometry().topLeft(), QPoint(0, 0));
        QCOMPARE(banner->width(), window.centralWidget()->width());
        QVERIFY(banner->height() > 0);
        QCOMPARE(QRect(table->mapTo(&window, QPoint()), table->size()), tableBefore);
        QCOMPARE(QRect(chart->mapTo(&window, QPoint()), chart->size()), chartBefore);
        QVERIFY2(banner->text().contains(u"AAPL"_s), qPrintable(banner->text()));
        QCOMPARE(banner->text().count(u"AAPL"_s), 1);   // the symbol once, not in a title and again in the rule

        auto *logAction = window.findChild<QAction *>(u"alertLogAction"_s);
        QVERIFY(logAction);
        QCOMPARE(logAction->shortcut(), QKeySequence(u"Ctrl+Shift+L"_s));
        logAction->trigger();
        auto *dock = window.findChild<QDockWidget *>(u"alertLogDock"_s);
        QVERIFY(dock);
        QTRY_VERIFY(dock->isVisible());
        // A few rows high the first time: the chart keeps most of the room.
        QTRY_VERIFY2(dock->height() <= window.height() / 4, qPrintable(QString::number(dock->height())));
        auto *view = dock->findChild<QTableView *>(u"alertLogView"_s);
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, AlertLogModel::SymbolColumn).data().toString(), u"AAPL"_s);
        const double fired = qobject_cast<AlertLogModel *>(view->model())->event(0).tick.price;
        QVERIFY(fired >= level);

        if (const QString file = qEnvironmentVariable("TICKERLINE_ALERT_SCREENSHOT"); !file.isEmpty()) {
            QTest::qWait(300);   // let the chart draw its latest frame; not a synchronisation
            QVERIFY(window.grab().save(file, "PNG"));
        }
        window.close();
    }
};

QTEST_MAIN(TestAlertWindow)
#include "tst_alertwindow.moc"
