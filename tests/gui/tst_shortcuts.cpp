#include "Clock.h"
#include "KeychainSecretStore.h"
#include "Session.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TestSupport.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

struct MenuEntry
{
    QString path;     // "File > Export Chart as PNG…", for messages
    QAction *action;
};

QString plain(const QString &text)
{
    QString out = text;
    return out.remove(u'&');
}

// Every action reachable from the menu bar, submenus included, whoever added it.
void collect(const QList<QAction *> &actions, const QString &prefix, QList<MenuEntry> &out)
{
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        const QString path = prefix.isEmpty() ? plain(action->text()) : prefix + u" > " + plain(action->text());
        out.append({path, action});
        if (QMenu *menu = action->menu())
            collect(menu->actions(), path, out);
    }
}

// The letter after the single '&' ("&&" is a literal ampersand), lower case; none: empty.
QString mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

struct Fixture
{
    test::TempFolder folder;
    Settings settings{folder.path(u"settings.ini"_s)};
    KeychainSecretStore secrets;
    Session session{SystemClock::instance(), settings, secrets};
    MainWindow window{settings, session};

    [[nodiscard]] QList<MenuEntry> entries() const
    {
        QList<MenuEntry> out;
        collect(window.menuBar()->actions(), {}, out);
        return out;
    }
};

} // namespace

// Keyboard access to every menu entry, including those added after this test
// was written: it walks the menus instead of listing the actions.
class TestShortcuts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void menusHaveEntries();
    void everyActionHasAShortcut();
    void noTwoActionsShareAShortcut();
    void everyEntryHasAMnemonic();
    void mnemonicsAreUniqueWithinAMenu();
    void standardKeysWhereThePlatformHasThem_data();
    void standardKeysWhereThePlatformHasThem();
    void shortcutTriggersItsAction();
};

void TestShortcuts::menusHaveEntries()
{
    const Fixture f;
    const QList<MenuEntry> entries = f.entries();
    QVERIFY(entries.size() >= 8);
    const auto has = [&entries](const QString &name) {
        return std::any_of(entries.cbegin(), entries.cend(),
                           [&name](const MenuEntry &e) { return e.action->objectName() == name; });
    };
    for (const auto *name : {"quitAction", "settingsAction", "exportChartPngAction", "exportChartSvgAction",
                             "copyChartAction", "aboutAction"})
        QVERIFY2(has(QString::fromLatin1(name)), name);
}

void TestShortcuts::everyActionHasAShortcut()
{
    const Fixture f;
    for (const MenuEntry &entry : f.entries()) {
        if (entry.action->menu())
            continue;   // a submenu opens through its mnemonic
        // Entries of a submenu (View > Watchlist Columns > Volume) are
        // reached through their mnemonics: a key for each would be noise.
        if (entry.path.count(u" > "_s) >= 2)
            continue;
        QVERIFY2(!entry.action->shortcut().isEmpty(), qPrintable(entry.path + u" has no shortcut"_s));
    }
}

void TestShortcuts::noTwoActionsShareAShortcut()
{
    const Fixture f;
    // All actions of the window, toolbars and context actions too: any two
    // with one key make it ambiguous, and then neither fires.
    QHash<QKeySequence, QString> owners;
    const QList<QAction *> actions = f.window.findChildren<QAction *>();
    for (const QAction *action : actions) {
        const QString name = plain(action->text()) + u" ("_s + action->objectName() + u')';
        for (const QKeySequence &key : action->shortcuts()) {
            if (key.isEmpty())
                continue;
            QVERIFY2(!owners.contains(key), qPrintable(u"%1 is both %2 and %3"_s.arg(
                                                 key.toString(QKeySequence::NativeText), owners.value(key), name)));
            owners.insert(key, name);
        }
    }
    QVERIFY(owners.size() >= 6);
}

void TestShortcuts::everyEntryHasAMnemonic()
{
    const Fixture f;
    for (const MenuEntry &entry : f.entries())
        QVERIFY2(!mnemonic(entry.action->text()).isEmpty(), qPrintable(entry.path + u" has no mnemonic"_s));
}

void TestShortcuts::mnemonicsAreUniqueWithinAMenu()
{
    const Fixture f;
    QList<QList<QAction *>> menus{f.window.menuBar()->actions()};
    for (const MenuEntry &entry : f.entries()) {
        if (QMenu *menu = entry.action->menu())
            menus.append(menu->actions());
    }
    for (const QList<QAction *> &menu : std::as_const(menus)) {
        QHash<QString, QString> taken;
        for (const QAction *action : menu) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QString letter = mnemonic(action->text());
            QVERIFY2(!taken.contains(letter), qPrintable(u"Alt+%1 is both %2 and %3"_s.arg(
                                                  letter, taken.value(letter), plain(action->text()))));
            taken.insert(letter, plain(action->text()));
        }
    }
}

void TestShortcuts::standardKeysWhereThePlatformHasThem_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence::StandardKey>("key");
    QTest::newRow("quit") << u"quitAction"_s << QKeySequence::Quit;
    QTest::newRow("preferences") << u"settingsAction"_s << QKeySequence::Preferences;
    QTest::newRow("copy") << u"copyChartAction"_s << QKeySequence::Copy;
}

void TestShortcuts::standardKeysWhereThePlatformHasThem()
{
    QFETCH(QString, action);
    QFETCH(QKeySequence::StandardKey, key);
    const Fixture f;
    const auto *found = f.window.findChild<QAction *>(action);
    QVERIFY(found);
    const QList<QKeySequence> standard = QKeySequence::keyBindings(key);
    if (standard.isEmpty())
        QSKIP("The platform has no standard key for this");
    QCOMPARE(found->shortcuts(), standard);
}

void TestShortcuts::shortcutTriggersItsAction()
{
    Fixture f;
    f.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    auto *reset = f.window.findChild<QAction *>(u"resetZoomAction"_s);
    QVERIFY(reset);
    QSignalSpy triggered(reset, &QAction::triggered);
    QTest::keySequence(&f.window, reset->shortcut());
    QCOMPARE(triggered.size(), 1);
}

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
