#include "AboutDialog.h"
#include "Clock.h"
#include "CsvTransferDialogs.h"
#include "Engine.h"
#include "KeychainSecretStore.h"
#include "Session.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "QuoteTableModel.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "TickStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

// The controls a keyboard or screen-reader user lands on.
bool isInteractive(const QWidget *w)
{
    if (qobject_cast<const QHeaderView *>(w) || qobject_cast<const QScrollBar *>(w))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QAbstractSlider *>(w);
}

// Parts of a composite control (a spin box's line edit, a table's corner
// button, a tab bar's scroll arrows) are announced as that control.
bool isPartOfAControl(const QWidget *w, const QWidget *root)
{
    for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (isInteractive(p) || qobject_cast<const QTabBar *>(p))
            return true;
    }
    return false;
}

bool explicitlyHidden(const QWidget *w)
{
    return w->isHidden() && w->testAttribute(Qt::WA_WState_ExplicitShowHide);
}

QString describe(const QWidget *w)
{
    return u"%1 \"%2\""_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

// What a screen reader would announce as each control's name; the unnamed ones.
QStringList unnamedControls(const QWidget *root)
{
    QStringList out;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (!isInteractive(w) || isPartOfAControl(w, root) || explicitlyHidden(w))
            continue;
        if (qobject_cast<const QFileDialog *>(w->window()))
            continue;   // Qt's own (native on desktops)
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(w));
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            out.append(describe(w));
    }
    return out;
}

int controlCount(const QWidget *root)
{
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    return int(std::count_if(widgets.cbegin(), widgets.cend(), [root](const QWidget *w) {
        return isInteractive(w) && !isPartOfAControl(w, root);
    }));
}

template<typename T>
T *openDialog(const QWidget *parent)
{
    const QList<T *> found = parent->findChildren<T *>(Qt::FindDirectChildrenOnly);
    for (T *dialog : found) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

// Every control of the main window, the settings pages, the CSV dialogs and
// the About dialog has a name for screen readers (its own, its text, or its
// buddy label's).
class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mainWindow();
    void settingsDialogPages();
    void csvDialogs();
    void aboutDialog();
    void watchlistCellsReadWell();
};

void TestAccessibility::mainWindow()
{
    const test::TempFolder folder;
    Settings settings(folder.path(u"settings.ini"_s));
    KeychainSecretStore secrets;
    Session session(SystemClock::instance(), settings, secrets);
    MainWindow window(settings, session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(controlCount(&window) >= 3);   // watchlist, hint buttons, chart controls
    const QStringList unnamed = unnamedControls(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
}

void TestAccessibility::settingsDialogPages()
{
    const test::TempFolder folder;
    Settings settings(folder.path(u"settings.ini"_s));
    test::MemorySecretStore secrets;
    SettingsDialog dialog(settings, folder.path(u"ticks.sqlite"_s), &secrets);
    dialog.show();
    auto *tabs = dialog.findChild<QTabWidget *>();
    QVERIFY(tabs);
    QVERIFY(tabs->count() >= 5);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        const QStringList unnamed = unnamedControls(tabs->widget(i));
        QVERIFY2(unnamed.isEmpty(), qPrintable(tabs->tabText(i) + u": "_s + unnamed.join(u", ")));
        QVERIFY(controlCount(tabs->widget(i)) > 0);
    }
    const QStringList unnamed = unnamedControls(&dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
}

void TestAccessibility::csvDialogs()
{
    const test::TempFolder folder;
    const QString csv = folder.path(u"in.csv"_s);
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("symbol,time,price,volume\nAAPL,1795528987123,180.5,1\nAAPL,bad,1,1\n");
    }
    QMainWindow window;
    window.show();
    Engine engine(SystemClock::instance());
    CsvTransferDialogs dialogs(&window, engine);

    // Before the database is open: a message.
    dialogs.importCsv();
    QMessageBox *notOpen = openDialog<QMessageBox>(&window);
    QVERIFY(notOpen);
    QStringList unnamed = unnamedControls(notOpen);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
    notOpen->close();

    StoreStatus open;
    open.location = folder.path(u"ticks.sqlite"_s);
    Q_EMIT engine.storeOpened(open);
    dialogs.importCsv();
    QFileDialog *files = openDialog<QFileDialog>(&window);
    QVERIFY(files);
    files->selectFile(csv);
    static_cast<QDialog *>(files)->accept();   // public in QDialog, QFileDialog::accept() runs

    // All or nothing, or skip the bad rows?
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = openDialog<QMessageBox>(&window)));
    unnamed = unnamedControls(question);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
    QVERIFY(controlCount(question) >= 3);
    QPushButton *skipBad = nullptr;
    for (QAbstractButton *button : question->buttons()) {
        if (button->text().remove(u'&').contains(u"Skip"_s))
            skipBad = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(skipBad);
    QTest::mouseClick(skipBad, Qt::LeftButton);

    // Progress while it runs (checked if still up), then the outcome.
    if (QProgressDialog *progress = openDialog<QProgressDialog>(&window)) {
        unnamed = unnamedControls(progress);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
    }
    QMessageBox *outcome = nullptr;
    // The question closed with the click: the box up now is the outcome.
    QTRY_VERIFY_WITH_TIMEOUT((outcome = openDialog<QMessageBox>(&window)), 30'000);
    QVERIFY2(outcome->text().contains(u"in.csv"_s), qPrintable(outcome->text()));
    unnamed = unnamedControls(outcome);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
}

void TestAccessibility::aboutDialog()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(controlCount(&dialog) >= 1);
    const QStringList unnamed = unnamedControls(&dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
}

void TestAccessibility::watchlistCellsReadWell()
{
    QuoteTableModel model;
    model.setSymbols({u"UP"_s, u"DOWN"_s});
    Frame frame;
    Quote up;
    up.symbol = u"UP"_s;
    up.last = 101.25;
    up.previousClose = 100;
    up.timeMs = 1'700'000'000'000;
    Quote down = up;
    down.symbol = u"DOWN"_s;
    down.last = 98.8;
    frame.quotes.insert(up.symbol, up);
    frame.quotes.insert(down.symbol, down);
    model.applyFrame(frame);

    const QLocale locale;
    const auto text = [&model](int row, int column) {
        return model.index(row, column).data(Qt::AccessibleTextRole).toString();
    };
    QCOMPARE(text(0, QuoteTableModel::ChangePercentColumn), u"up %1 percent"_s.arg(locale.toString(1.25, 'f', 2)));
    QCOMPARE(text(1, QuoteTableModel::ChangePercentColumn), u"down %1 percent"_s.arg(locale.toString(1.2, 'f', 2)));
    QVERIFY(text(0, QuoteTableModel::ChangeColumn).startsWith(u"up "_s));
    QVERIFY(text(1, QuoteTableModel::ChangeColumn).startsWith(u"down "_s));
    QVERIFY(text(0, QuoteTableModel::SymbolColumn).contains(u"UP"_s));
    model.setHiddenSymbols({u"UP"_s});
    QVERIFY(text(0, QuoteTableModel::SymbolColumn).contains(u"hidden"_s));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
