#include "ProviderRegistry.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "Symbol.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using tickerline::Settings;
using tickerline::SettingsDialog;
using Key = tickerline::Settings::Key;

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadShowsSettings();
    void invalidSymbolRefusedWithReason();
    void enterAddsNormalisedSymbol();
    void duplicateRefused();
    void removeSymbol();
    void moveUpAndDown();
    void applyWritesAndEmitsOnce();
    void cancelLeavesSettingsUnchanged();
    void appearanceSaved();
    void pollIntervalSaved();
    void simulatedRateSaved();
    void retentionSaved();
    void emptyListRefused();
    void screenshots();

private:
    template<typename T>
    [[nodiscard]] T *widget(const QString &objectName) const
    {
        auto *found = m_dialog->findChild<T *>(objectName);
        if (!found)
            qFatal("No widget named %s", qPrintable(objectName));
        return found;
    }
    [[nodiscard]] QStringList listedSymbols() const;
    void addSymbol(const QString &text);
    void selectSymbol(int row);
    // Replaces a spin box's text the way a user would: select all, type.
    static void typeInto(QAbstractSpinBox *spin, const QString &text);
    void clickButton(const QString &objectName) const;

    std::unique_ptr<tickerline::test::TempFolder> m_folder;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettingsDialog::init()
{
    m_folder = std::make_unique<tickerline::test::TempFolder>();
    QVERIFY(m_folder->isValid());
    m_settings = std::make_unique<Settings>(m_folder->path(u"settings.ini"_s));
    m_settings->setSymbols({u"AAPL"_s, u"MSFT"_s, u"NVDA"_s});
    m_dialog = std::make_unique<SettingsDialog>(*m_settings, u"/home/user/.local/share/Tickerline/ticks.sqlite"_s);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
    m_settings.reset();
    m_folder.reset();
}

QStringList TestSettingsDialog::listedSymbols() const
{
    const auto *list = widget<QListWidget>(u"symbolList"_s);
    QStringList symbols;
    for (int row = 0; row < list->count(); ++row)
        symbols.append(list->item(row)->text());
    return symbols;
}

void TestSettingsDialog::addSymbol(const QString &text)
{
    auto *edit = widget<QLineEdit>(u"symbolEdit"_s);
    edit->setFocus();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestSettingsDialog::selectSymbol(int row)
{
    auto *list = widget<QListWidget>(u"symbolList"_s);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
    QCOMPARE(list->currentRow(), row);
}

void TestSettingsDialog::typeInto(QAbstractSpinBox *spin, const QString &text)
{
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, text);
}

void TestSettingsDialog::clickButton(const QString &objectName) const
{
    auto *button = widget<QPushButton>(objectName);
    QVERIFY2(button->isEnabled(), qPrintable(objectName));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestSettingsDialog::loadShowsSettings()
{
    QCOMPARE(listedSymbols(), QStringList({u"AAPL"_s, u"MSFT"_s, u"NVDA"_s}));
    QCOMPARE(widget<QComboBox>(u"providerCombo"_s)->currentData().toString(), u"simulated"_s);
    QCOMPARE(widget<QSpinBox>(u"pollIntervalSpin"_s)->value(), 15);
    QCOMPARE(widget<QDoubleSpinBox>(u"simulatedRateSpin"_s)->value(), 20.0);
    QVERIFY(widget<QRadioButton>(u"systemRadio"_s)->isChecked());
    QCOMPARE(widget<QLineEdit>(u"databaseEdit"_s)->text(), QString());
    QCOMPARE(widget<QLineEdit>(u"databaseEdit"_s)->placeholderText(),
             u"/home/user/.local/share/Tickerline/ticks.sqlite"_s);
    QVERIFY(!widget<QPushButton>(u"applyButton"_s)->isEnabled());
}

void TestSettingsDialog::invalidSymbolRefusedWithReason()
{
    auto *edit = widget<QLineEdit>(u"symbolEdit"_s);
    QTest::keyClicks(edit, u"AA PL"_s);
    clickButton(u"addButton"_s);

    const auto *message = widget<QLabel>(u"messageLabel"_s);
    QCOMPARE(message->text(), tickerline::Symbol::check(u"AA PL"_s).reason);
    QVERIFY(!message->text().isEmpty());
    QVERIFY(message->isVisible());
    QCOMPARE(edit->accessibleDescription(), message->text());
    QCOMPARE(edit->text(), u"AA PL"_s);
    QCOMPARE(listedSymbols(), QStringList({u"AAPL"_s, u"MSFT"_s, u"NVDA"_s}));

    // Correcting the text clears the message.
    QTest::keyClick(edit, Qt::Key_Backspace);
    QVERIFY(message->text().isEmpty());
}

void TestSettingsDialog::enterAddsNormalisedSymbol()
{
    addSymbol(u"brk-b"_s);
    QCOMPARE(listedSymbols(), QStringList({u"AAPL"_s, u"MSFT"_s, u"NVDA"_s, u"BRK-B"_s}));
    QCOMPARE(widget<QLineEdit>(u"symbolEdit"_s)->text(), QString());
    QVERIFY(widget<QLabel>(u"messageLabel"_s)->text().isEmpty());
    // Return added the symbol; it did not press OK.
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_settings->symbols(), QStringList({u"AAPL"_s, u"MSFT"_s, u"NVDA"_s}));
    QVERIFY(widget<QPushButton>(u"applyButton"_s)->isEnabled());
}

void TestSettingsDialog::duplicateRefused()
{
    addSymbol(u" aapl"_s);
    QCOMPARE(widget<QLabel>(u"messageLabel"_s)->text(), u"AAPL is already in the watchlist."_s);
    QCOMPARE(widget<QLineEdit>(u"symbolEdit"_s)->text(), u" aapl"_s);
    QCOMPARE(listedSymbols(), QStringList({u"AAPL"_s, u"MSFT"_s, u"NVDA"_s}));
}

void TestSettingsDialog::removeSymbol()
{
    selectSymbol(1);
    clickButton(u"removeButton"_s);
    QCOMPARE(listedSymbols(), QStringList({u"AAPL"_s, u"NVDA"_s}));
    // The next symbol is selected, so Remove can be clicked again.
    QCOMPARE(widget<QListWidget>(u"symbolList"_s)->currentItem()->text(), u"NVDA"_s);
}

void TestSettingsDialog::moveUpAndDown()
{
    selectSymbol(2);
    QVERIFY(!widget<QPushButton>(u"moveDownButton"_s)->isEnabled());
    clickButton(u"moveUpButton"_s);
    QCOMPARE(listedSymbols(), QStringList({u"AAPL"_s, u"NVDA"_s, u"MSFT"_s}));
    clickButton(u"moveUpButton"_s);
    QCOMPARE(listedSymbols(), QStringList({u"NVDA"_s, u"AAPL"_s, u"MSFT"_s}));
    QVERIFY(!widget<QPushButton>(u"moveUpButton"_s)->isEnabled());
    clickButton(u"moveDownButton"_s);
    QCOMPARE(listedSymbols(), QStringList({u"AAPL"_s, u"NVDA"_s, u"MSFT"_s}));

    clickButton(u"okButton"_s);
    QCOMPARE(m_settings->symbols(), QStringList({u"AAPL"_s, u"NVDA"_s, u"MSFT"_s}));
}

void TestSettingsDialog::applyWritesAndEmitsOnce()
{
    QSignalSpy spy(m_settings.get(), &Settings::changed);
    addSymbol(u"tsla"_s);
    QCOMPARE(spy.count(), 0);

    clickButton(u"applyButton"_s);
    QCOMPARE(m_settings->symbols(), QStringList({u"AAPL"_s, u"MSFT"_s, u"NVDA"_s, u"TSLA"_s}));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Key>(), Key::Symbols);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!widget<QPushButton>(u"applyButton"_s)->isEnabled());

    // Nothing changed since Apply: OK writes nothing new.
    clickButton(u"okButton"_s);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void TestSettingsDialog::cancelLeavesSettingsUnchanged()
{
    QSignalSpy spy(m_settings.get(), &Settings::changed);
    addSymbol(u"TSLA"_s);
    QTest::mouseClick(widget<QRadioButton>(u"darkRadio"_s), Qt::LeftButton);
    typeInto(widget<QDoubleSpinBox>(u"simulatedRateSpin"_s), u"5"_s);

    clickButton(u"cancelButton"_s);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(m_settings->symbols(), QStringList({u"AAPL"_s, u"MSFT"_s, u"NVDA"_s}));
    QCOMPARE(m_settings->value(Settings::Key::Appearance).toString(), u"system"_s);
    QCOMPARE(m_settings->simulatedTicksPerSecond(), 20.0);
}

void TestSettingsDialog::appearanceSaved()
{
    QSignalSpy spy(m_settings.get(), &Settings::changed);
    QTest::mouseClick(widget<QRadioButton>(u"darkRadio"_s), Qt::LeftButton);
    clickButton(u"okButton"_s);

    QCOMPARE(m_settings->value(Settings::Key::Appearance).toString(), u"dark"_s);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Key>(), Key::Appearance);
    QVERIFY(!m_dialog->isVisible());
}

void TestSettingsDialog::pollIntervalSaved()
{
    auto *combo = widget<QComboBox>(u"providerCombo"_s);
    auto *spin = widget<QSpinBox>(u"pollIntervalSpin"_s);
    QCOMPARE(spin->minimum(), 1);
    QCOMPARE(spin->maximum(), 3600);
    QVERIFY(!spin->isEnabled());   // the simulated market does not poll

    const QList<tickerline::ProviderInfo> providers = tickerline::ProviderRegistry::providers();
    const auto polling = std::find_if(providers.cbegin(), providers.cend(), [](const tickerline::ProviderInfo &info) {
        return info.transport.contains(u"poll", Qt::CaseInsensitive);
    });
    if (polling != providers.cend()) {
        combo->setCurrentIndex(combo->findData(polling->name));
        QVERIFY(spin->isEnabled());
        typeInto(spin, u"60"_s);
    } else {
        // No polling provider is registered yet; the interval is saved all the
        // same, so it is kept for when the user switches to one.
        spin->setValue(60);
    }
    clickButton(u"okButton"_s);
    QCOMPARE(m_settings->provider(), combo->currentData().toString());
    QCOMPARE(m_settings->pollIntervalSeconds(), 60);
}

void TestSettingsDialog::simulatedRateSaved()
{
    auto *spin = widget<QDoubleSpinBox>(u"simulatedRateSpin"_s);
    QVERIFY(spin->isEnabled());
    typeInto(spin, u"2.5"_s);
    clickButton(u"applyButton"_s);
    QCOMPARE(m_settings->simulatedTicksPerSecond(), 2.5);
}

void TestSettingsDialog::retentionSaved()
{
    auto *spin = widget<QSpinBox>(u"retentionSpin"_s);
    QCOMPARE(spin->value(), 0);
    QCOMPARE(spin->text(), u"Forever"_s);   // off by default
    QCOMPARE(spin->maximum(), 36500);
    typeInto(spin, u"90"_s);
    clickButton(u"applyButton"_s);
    QCOMPARE(m_settings->retentionDays(), 90);
}

void TestSettingsDialog::emptyListRefused()
{
    QSignalSpy spy(m_settings.get(), &Settings::changed);
    for (int i = 0; i < 3; ++i) {
        selectSymbol(0);
        clickButton(u"removeButton"_s);
    }
    QVERIFY(listedSymbols().isEmpty());
    QVERIFY(!widget<QPushButton>(u"removeButton"_s)->isEnabled());
    const auto *message = widget<QLabel>(u"messageLabel"_s);
    QCOMPARE(message->text(), u"The watchlist needs at least one symbol."_s);

    // Refused from another page too: the dialog shows the Tickers page.
    auto *tabs = widget<QTabWidget>(u"pageTabs"_s);
    tabs->setCurrentIndex(tabs->count() - 1);
    clickButton(u"okButton"_s);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(tabs->currentWidget()->objectName(), u"TickersPage"_s);
    QVERIFY(message->isVisible());
    QCOMPARE(spy.count(), 0);
    QCOMPARE(m_settings->symbols(), QStringList({u"AAPL"_s, u"MSFT"_s, u"NVDA"_s}));

    addSymbol(u"TSLA"_s);
    QVERIFY(message->text().isEmpty());
    clickButton(u"okButton"_s);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_settings->symbols(), QStringList{u"TSLA"_s});
}

// Not an assertion: TICKERLINE_SHOTS=<folder> writes one PNG per page so a
// person can look at the layouts.
void TestSettingsDialog::screenshots()
{
    const QString folder = qEnvironmentVariable("TICKERLINE_SHOTS");
    if (folder.isEmpty())
        QSKIP("TICKERLINE_SHOTS is not set");
    QVERIFY(QDir().mkpath(folder));
    auto *tabs = widget<QTabWidget>(u"pageTabs"_s);
    for (int index = 0; index < tabs->count(); ++index) {
        tabs->setCurrentIndex(index);
        const QString name = tabs->currentWidget()->objectName();
        QVERIFY(m_dialog->grab().save(QDir(folder).filePath(u"settings-%1.png"_s.arg(name))));
    }
    tabs->setCurrentIndex(0);
    QTest::keyClicks(widget<QLineEdit>(u"symbolEdit"_s), u"AA PL"_s);
    clickButton(u"addButton"_s);
    QVERIFY(m_dialog->grab().save(QDir(folder).filePath(u"settings-TickersPage-error.png"_s)));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
