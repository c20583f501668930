#include "Clock.h"
#include "KeychainSecretStore.h"
#include "Session.h"
#include "FeedSettings.h"
#include "FirstRunHint.h"
#include "MainWindow.h"
#include "ProviderPage.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "TestSupport.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

// A main window as a first start has it: settings in a fresh INI file, a
// database in a temporary folder, the simulated market.
struct Window
{
    KeychainSecretStore secrets;
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;

    Window(Settings &settings, const test::TempFolder &folder)
    {
        session = std::make_unique<Session>(SystemClock::instance(), settings, secrets);
        window = std::make_unique<MainWindow>(settings, *session);
        EngineConfig config;
        config.feed = feedConfigFromSettings(settings);
        config.feed.seed = 7;
        static int windows = 0;   // a database each: two engines never share one file here
        config.databaseLocation = folder.path(u"ticks-%1.sqlite"_s.arg(++windows));
        session->start(config);
        window->show();
    }

    [[nodiscard]] FirstRunHint *hint() const { return window->findChild<FirstRunHint *>(); }
    [[nodiscard]] bool hintShown() const { return hint() && hint()->isVisibleTo(window.get()); }
};

} // namespace

class TestFirstRun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStartShowsSimulatedMarketWithHint();
    void dismissedHintStaysAway();
    void openSettingsShowsFeedPage();
    void noHintWithRealProvider();
};

void TestFirstRun::firstStartShowsSimulatedMarketWithHint()
{
    const test::TempFolder folder;
    Settings settings(folder.path(u"settings.ini"_s));
    QCOMPARE(settings.provider(), u"simulated"_s);   // the demo market is what a first start opens on
    const Window w(settings, folder);
    QVERIFY(w.hintShown());
    // Above the watchlist.
    const QWidget *watchlist = w.window->findChild<QWidget *>(u"watchlistView"_s);
    QVERIFY(watchlist);
    QTRY_VERIFY(w.hint()->mapTo(w.window.get(), QPoint()).y() < watchlist->mapTo(w.window.get(), QPoint()).y());
}

void TestFirstRun::dismissedHintStaysAway()
{
    const test::TempFolder folder;
    const QString ini = folder.path(u"settings.ini"_s);
    {
        Settings settings(ini);
        const Window w(settings, folder);
        QVERIFY(w.hintShown());
        auto *close = w.hint()->findChild<QToolButton *>(u"firstRunHintCloseButton"_s);
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!w.hintShown());
        QVERIFY(settings.value(Settings::Key::FirstRunHintDismissed).toBool());

        // A second window over the same settings.
        const Window second(settings, folder);
        QVERIFY(!second.hintShown());
    }
    // And after a restart, from the file.
    Settings reread(ini);
    QVERIFY(reread.value(Settings::Key::FirstRunHintDismissed).toBool());
    const Window afterRestart(reread, folder);
    QVERIFY(!afterRestart.hintShown());
}

void TestFirstRun::openSettingsShowsFeedPage()
{
    const test::TempFolder folder;
    Settings settings(folder.path(u"settings.ini"_s));
    const Window w(settings, folder);
    auto *open = w.hint()->findChild<QPushButton *>(u"firstRunHintSettingsButton"_s);
    QVERIFY(open);
    QTest::mouseClick(open, Qt::LeftButton);
    auto *dialog = w.window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *tabs = dialog->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QVERIFY(qobject_cast<ProviderPage *>(tabs->currentWidget()));
    // Opening settings does not dismiss the hint: only its close button does.
    QVERIFY(w.hintShown());
}

void TestFirstRun::noHintWithRealProvider()
{
    const test::TempFolder folder;
    Settings settings(folder.path(u"settings.ini"_s));
    settings.setValue(Settings::Key::Provider, u"yahoo"_s);
    KeychainSecretStore secrets;
    Session session(SystemClock::instance(), settings, secrets);
    MainWindow window(settings, session);
    window.show();
    auto *hint = window.findChild<FirstRunHint *>();
    QVERIFY(hint);
    QVERIFY(!hint->isVisibleTo(&window));
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
