#include "AboutDialog.h"
#include "Clock.h"
#include "KeychainSecretStore.h"
#include "Session.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "QuoteFormat.h"
#include "QuoteTableModel.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

// A main window over settings in a temporary INI file, as tst_mainwindow
// builds it; not started: menus and headers are there from construction.
struct WindowFixture
{
    test::TempFolder folder;
    Settings settings{folder.path(u"settings.ini"_s)};
    KeychainSecretStore secrets;
    Session session{SystemClock::instance(), settings, secrets};
    MainWindow window{settings, session};

    [[nodiscard]] QString menuTitle(const QString &objectName) const
    {
        const auto *menu = window.findChild<QMenu *>(objectName);
        return menu ? menu->title() : QString();
    }
    [[nodiscard]] QString actionText(const QString &objectName) const
    {
        const auto *action = window.findChild<QAction *>(objectName);
        return action ? action->text() : QString();
    }
    [[nodiscard]] QTableView *watchlist() const { return window.findChild<QTableView *>(u"watchlistView"_s); }
    [[nodiscard]] QString header(int column) const
    {
        return watchlist()->model()->headerData(column, Qt::Horizontal).toString();
    }
};

Frame frameWith(const QString &symbol, double last)
{
    Quote quote;
    quote.symbol = symbol;
    quote.last = last;
    quote.previousClose = last - 100.0;
    quote.volume = 1'234'567;
    quote.timeMs = QDateTime(QDate(2026, 11, 24), QTime(14, 5, 9)).toMSecsSinceEpoch();
    Frame frame;
    frame.quotes.insert(symbol, quote);
    return frame;
}

// Qt's own translation of a standard button, when Qt's translations are installed.
bool qtTranslationInstalled(const QString &code)
{
    return QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_"_s + code + u".qm"_s);
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void everyLanguageIsEmbedded();
    void mainWindowTranslated_data();
    void mainWindowTranslated();
    void settingsDialogTranslated_data();
    void settingsDialogTranslated();
    void numbersFollowLanguage_data();
    void numbersFollowLanguage();
    void englishNeedsNoTranslation();
    void unknownLanguageRefused();
    void languageChoiceSaved();
    void screenshots_data();
    void screenshots();

private:
    static void addLanguageColumns();
};

void TestTranslations::cleanup()
{
    installTranslations(u"en"_s);
}

void TestTranslations::everyLanguageIsEmbedded()
{
    const QList<Language> languages = availableLanguages();
    QCOMPARE(languages.constFirst().code, u"en"_s);
    for (const Language &language : languages) {
        QVERIFY(!language.nativeName.isEmpty());
        if (language.code == u"en")
            continue;
        QVERIFY2(QFile::exists(u":/i18n/tickerline_"_s + language.code + u".qm"_s), qPrintable(language.code));
        QVERIFY2(installTranslations(language.code), qPrintable(language.code));
        // Settings accepts every code offered.
        test::TempFolder folder;
        Settings settings(folder.path(u"settings.ini"_s));
        settings.setValue(Settings::Key::Language, language.code);
        QCOMPARE(settings.language(), language.code);
    }
}

void TestTranslations::addLanguageColumns()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("file");       // the File menu
    QTest::addColumn<QString>("settings");   // its Settings… action
    QTest::addColumn<QString>("last");       // watchlist headers
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("appearance"); // a settings page
    QTest::addColumn<QString>("cancel");     // Qt's own text, from qtbase_XX.qm

    QTest::newRow("de") << u"de"_s << u"&Datei"_s << u"&Einstellungen…"_s << u"Kurs"_s << u"Änderung"_s
                        << u"52-Wochen-Spanne"_s << u"Darstellung"_s << u"Abbrechen"_s;
    QTest::newRow("fr") << u"fr"_s << u"&Fichier"_s << u"&Paramètres…"_s << u"Dernier"_s << u"Variation"_s
                        << u"Fourchette sur 52 semaines"_s << u"Apparence"_s << u"Annuler"_s;
    QTest::newRow("es") << u"es"_s << u"&Archivo"_s << u"&Configuración…"_s << u"Último"_s << u"Variación"_s
                        << u"Rango de 52 semanas"_s << u"Apariencia"_s << u"Cancelar"_s;
    QTest::newRow("ja") << u"ja"_s << u"ファイル(&F)"_s << u"設定(&S)…"_s << u"現在値"_s << u"前日比"_s
                        << u"52 週レンジ"_s << u"外観"_s << u"キャンセル"_s;
}

void TestTranslations::mainWindowTranslated_data()
{
    addLanguageColumns();
}

void TestTranslations::mainWindowTranslated()
{
    QFETCH(QString, code);
    QFETCH(QString, file);
    QFETCH(QString, settings);
    QFETCH(QString, last);
    QFETCH(QString, change);
    QFETCH(QString, range);
    QVERIFY(installTranslations(code));

    WindowFixture f;
    QCOMPARE(f.menuTitle(u"fileMenu"_s), file);
    QCOMPARE(f.actionText(u"settingsAction"_s), settings);
    // Shortcuts are not translated.
    QCOMPARE(f.window.findChild<QAction *>(u"settingsAction"_s)->shortcut(), QKeySequence(u"Ctrl+,"_s));
    QCOMPARE(f.header(QuoteTableModel::LastColumn), last);
    QCOMPARE(f.header(QuoteTableModel::ChangeColumn), change);
    QCOMPARE(f.header(QuoteTableModel::RangeColumn), range);

    // No header is cut short, however long it is in this language.
    QHeaderView *header = f.watchlist()->horizontalHeader();
    for (int column = 0; column < QuoteTableModel::ColumnCount; ++column) {
        if (header->sectionResizeMode(column) == QHeaderView::Stretch)
            continue;
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(f.header(column)));
    }
}

void TestTranslations::settingsDialogTranslated_data()
{
    addLanguageColumns();
}

void TestTranslations::settingsDialogTranslated()
{
    QFETCH(QString, code);
    QFETCH(QString, appearance);
    QFETCH(QString, cancel);
    QVERIFY(installTranslations(code));

    test::TempFolder folder;
    Settings settings(folder.path(u"settings.ini"_s));
    SettingsDialog dialog(settings, folder.path(u"ticks.sqlite"_s));
    const auto *tabs = dialog.findChild<QTabWidget *>(u"pageTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(tabs->count() - 1), appearance);

    // Every language is listed in its own name, whatever the current one.
    const auto *combo = dialog.findChild<QComboBox *>(u"languageCombo"_s);
    QVERIFY(combo);
    QStringList names;
    for (int i = 1; i < combo->count(); ++i)
        names.append(combo->itemText(i));
    QCOMPARE(names, (QStringList{u"English"_s, u"Deutsch"_s, u"Français"_s, u"Español"_s, u"日本語"_s}));
    QVERIFY(!combo->itemText(0).isEmpty());
    QCOMPARE(combo->itemData(0).toString(), QString());

    if (qtTranslationInstalled(code)) {
        const auto *button = dialog.findChild<QPushButton *>(u"cancelButton"_s);
        QVERIFY(button);
        QCOMPARE(QString(button->text()).remove(u'&'), cancel);
    } else {
        qInfo("Qt's own %s translation is not installed; standard buttons stay English", qPrintable(code));
    }
}

void TestTranslations::numbersFollowLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("price");    // 12345.5, as the watchlist shows it
    QTest::addColumn<QString>("small");    // 1234.5: German groups thousands, Spanish not below 10 000

    QTest::newRow("de") << u"de"_s << u"12.345,50"_s << u"1.234,50"_s;
    // French groups with a narrow no-break space.
    QTest::newRow("fr") << u"fr"_s << u"12\u202f345,50"_s << u"1\u202f234,50"_s;
    QTest::newRow("es") << u"es"_s << u"12.345,50"_s << u"1234,50"_s;
    QTest::newRow("ja") << u"ja"_s << u"12,345.50"_s << u"1,234.50"_s;
}

void TestTranslations::numbersFollowLanguage()
{
    QFETCH(QString, code);
    QFETCH(QString, price);
    QFETCH(QString, small);
    if (QLocale::system().language() == QLocale(code).language())
        QSKIP("The system speaks this language: its own country's formats apply");
    QVERIFY(installTranslations(code));

    QCOMPARE(QLocale().language(), QLocale(code).language());
    QCOMPARE(formatPrice(12'345.5), price);
    QCOMPARE(formatPrice(1'234.5), small);

    QuoteTableModel model;
    model.setSymbols({u"AAPL"_s});
    model.applyFrame(frameWith(u"AAPL"_s, 12'345.5));
    QCOMPARE(model.index(0, QuoteTableModel::LastColumn).data().toString(), price);
    QCOMPARE(model.index(0, QuoteTableModel::ChangeColumn).data().toString(),
             QLocale().positiveSign() + QLocale().toString(100.0, 'f', 2));
    QCOMPARE(model.index(0, QuoteTableModel::TimeColumn).data().toString(), u"14:05:09"_s);
}

void TestTranslations::englishNeedsNoTranslation()
{
    QVERIFY(installTranslations(u"de"_s));
    QVERIFY(installTranslations(u"en"_s));
    QCOMPARE(QLocale().language(), QLocale::English);
    WindowFixture f;
    QCOMPARE(f.menuTitle(u"fileMenu"_s), u"&File"_s);
    QCOMPARE(f.header(QuoteTableModel::LastColumn), u"Last"_s);
}

void TestTranslations::unknownLanguageRefused()
{
    QVERIFY(installTranslations(u"de"_s));
    QVERIFY(!installTranslations(u"xx"_s));
    // What an earlier call installed is gone.
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&File"_s);
    QCOMPARE(QLocale(), QLocale::system());
}

void TestTranslations::languageChoiceSaved()
{
    test::TempFolder folder;
    Settings settings(folder.path(u"settings.ini"_s));
    QCOMPARE(settings.language(), QString());

    SettingsDialog dialog(settings, folder.path(u"ticks.sqlite"_s));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>(u"pageTabs"_s);
    tabs->setCurrentIndex(tabs->count() - 1);
    auto *combo = dialog.findChild<QComboBox *>(u"languageCombo"_s);
    auto *apply = dialog.findChild<QPushButton *>(u"applyButton"_s);
    QVERIFY(combo && apply);
    QCOMPARE(combo->currentIndex(), 0);   // the system's

    // System default, English, Deutsch, Français.
    combo->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), u"Français"_s);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(settings.language(), u"fr"_s);

    QTest::keyClick(combo, Qt::Key_Home);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(settings.language(), QString());
    // The system's language is the default: nothing is left in the file.
    settings.sync();
    QVERIFY(!QSettings(folder.path(u"settings.ini"_s), QSettings::IniFormat).contains(
        Settings::keyName(Settings::Key::Language)));
}

void TestTranslations::screenshots_data()
{
    QTest::addColumn<QString>("code");
    for (const Language &language : availableLanguages())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

// Every settings page and the About dialog in every language, to look at:
// TICKERLINE_SHOTS=folder.
void TestTranslations::screenshots()
{
    const QString folder = qEnvironmentVariable("TICKERLINE_SHOTS");
    if (folder.isEmpty())
        QSKIP("TICKERLINE_SHOTS is not set");
    QVERIFY(QDir().mkpath(folder));
    QFETCH(QString, code);
    QVERIFY(installTranslations(code));

    test::TempFolder temp;
    Settings settings(temp.path(u"settings.ini"_s));
    test::MemorySecretStore secrets;
    SettingsDialog dialog(settings, temp.path(u"ticks.sqlite"_s), &secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>(u"pageTabs"_s);
    for (int index = 0; index < tabs->count(); ++index) {
        tabs->setCurrentIndex(index);
        const QString name = tabs->currentWidget()->objectName();
        QVERIFY(dialog.grab().save(QDir(folder).filePath(u"settings-%1-%2.png"_s.arg(code, name))));
    }

    AboutDialog about;
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    QVERIFY(about.grab().save(QDir(folder).filePath(u"about-%1.png"_s.arg(code))));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
