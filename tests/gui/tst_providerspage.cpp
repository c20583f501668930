#include "LogCapture.h"
#include "MemorySecretStore.h"
#include "ProviderKeyRow.h"
#include "ProviderRegistry.h"
#include "ProvidersPage.h"
#include "SessionKeyStore.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tickerline;

namespace {

const QString Key = u"fh-7Q2xK9-very-secret"_s;

QList<ProviderInfo> testProviders()
{
    // Written against the registry's shape, not its contents: the keyed
    // providers are registered elsewhere.
    return {
        {u"simulated"_s, u"Simulated market"_s, u"simulated"_s, {}, {}},
        {u"finnhub"_s, u"Finnhub"_s, u"WebSocket"_s, u"FINNHUB_API_KEY"_s, {}},
        {u"alphavantage"_s, u"Alpha Vantage"_s, u"REST poll"_s, u"ALPHAVANTAGE_API_KEY"_s, {}},
    };
}

} // namespace

class TestProvidersPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowPerProviderThatNeedsAKey();
    void loadShowsNotSet();
    void showToggleRevealsTypedKey();
    void saveStoresKeyAndNeverInSettings();
    void returnSaves();
    void saveFailureKeepsTypedKey();
    void removeDeletesKey();
    void environmentVariableShown();
    void storedKeyAndEnvironmentBothExplained();
    void noKeychainPointsToVariables();
    void noKeychainTakesAKeyForThisSessionOnly();
    void unsavedKeyBlocksOk();
    void dialogHasPageOnlyWithStore();
    void keyNeverLogged();
    void screenshots();

private:
    void makePage(const QList<ProviderInfo> &providers = testProviders());
    [[nodiscard]] ProviderKeyRow *row(const QString &provider) const;
    [[nodiscard]] QLineEdit *keyEdit(const QString &provider) const;
    [[nodiscard]] QPushButton *button(const QString &provider, const QString &name) const;
    [[nodiscard]] QString state(const QString &provider) const;
    void storeDirectly(const QString &provider, const QString &key);

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<test::MemorySecretStore> m_store;
    std::unique_ptr<ProvidersPage> m_page;
};

void TestProvidersPage::init()
{
    qunsetenv("FINNHUB_API_KEY");
    qunsetenv("ALPHAVANTAGE_API_KEY");
    m_folder = std::make_unique<test::TempFolder>();
    QVERIFY(m_folder->isValid());
    m_settings = std::make_unique<Settings>(m_folder->path(u"settings.ini"_s));
    m_settings->setSymbols({u"AAPL"_s, u"MSFT"_s});
    m_store = std::make_unique<test::MemorySecretStore>();
}

void TestProvidersPage::cleanup()
{
    m_page.reset();
    m_store.reset();
    m_settings.reset();
    m_folder.reset();
    qunsetenv("FINNHUB_API_KEY");
    qunsetenv("ALPHAVANTAGE_API_KEY");
}

void TestProvidersPage::makePage(const QList<ProviderInfo> &providers)
{
    m_page = std::make_unique<ProvidersPage>(*m_store, providers);
    m_page->resize(500, 380);
    m_page->load(*m_settings);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

ProviderKeyRow *TestProvidersPage::row(const QString &provider) const
{
    return m_page->findChild<ProviderKeyRow *>(u"providerKeyRow_"_s + provider);
}

QLineEdit *TestProvidersPage::keyEdit(const QString &provider) const
{
    return row(provider)->findChild<QLineEdit *>(u"keyEdit"_s);
}

QPushButton *TestProvidersPage::button(const QString &provider, const QString &name) const
{
    return row(provider)->findChild<QPushButton *>(name);
}

QString TestProvidersPage::state(const QString &provider) const
{
    return row(provider)->findChild<QLabel *>(u"stateLabel"_s)->text();
}

void TestProvidersPage::storeDirectly(const QString &provider, const QString &key)
{
    QSignalSpy written(m_store.get(), &SecretStore::keyWritten);
    m_store->writeKey(provider, key);
    QVERIFY(written.wait());
}

void TestProvidersPage::rowPerProviderThatNeedsAKey()
{
    makePage();
    QVERIFY(row(u"finnhub"_s));
    QVERIFY(row(u"alphavantage"_s));
    QVERIFY(!row(u"simulated"_s));
    QCOMPARE(row(u"finnhub"_s)->title(), u"Finnhub"_s);
    QCOMPARE(keyEdit(u"finnhub"_s)->accessibleName(), u"Finnhub API key"_s);
    QVERIFY(!m_page->findChild<QLabel *>(u"noProvidersLabel"_s)->isVisible());

    makePage({testProviders().constFirst()});
    QVERIFY(m_page->findChildren<ProviderKeyRow *>().isEmpty());
    QVERIFY(m_page->findChild<QLabel *>(u"noProvidersLabel"_s)->isVisible());
}

void TestProvidersPage::loadShowsNotSet()
{
    m_store->setHeld(true);
    makePage();
    QCOMPARE(state(u"finnhub"_s), u"Checking the system keychain\u2026"_s);
    m_store->setHeld(false);
    QTRY_COMPARE(state(u"finnhub"_s), u"Not set."_s);
    QCOMPARE(keyEdit(u"finnhub"_s)->echoMode(), QLineEdit::Password);
    QVERIFY(keyEdit(u"finnhub"_s)->text().isEmpty());
    QVERIFY(!button(u"finnhub"_s, u"saveButton"_s)->isEnabled());
    QVERIFY(!button(u"finnhub"_s, u"removeButton"_s)->isEnabled());
}

void TestProvidersPage::showToggleRevealsTypedKey()
{
    makePage();
    QTest::keyClicks(keyEdit(u"finnhub"_s), Key);
    auto *show = row(u"finnhub"_s)->findChild<QToolButton *>(u"showButton"_s);
    QCOMPARE(show->text(), u"Show"_s);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(keyEdit(u"finnhub"_s)->echoMode(), QLineEdit::Normal);
    QCOMPARE(show->text(), u"Hide"_s);
    QCOMPARE(show->accessibleName(), u"Hide the typed Finnhub API key"_s);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(keyEdit(u"finnhub"_s)->echoMode(), QLineEdit::Password);
}

void TestProvidersPage::saveStoresKeyAndNeverInSettings()
{
    makePage();
    QTRY_COMPARE(state(u"finnhub"_s), u"Not set."_s);
    // Pasted keys bring whitespace along; it is not part of the key.
    QTest::keyClicks(keyEdit(u"finnhub"_s), u"  "_s + Key + u" "_s);
    QVERIFY(button(u"finnhub"_s, u"saveButton"_s)->isEnabled());

    m_store->setHeld(true);
    QTest::mouseClick(button(u"finnhub"_s, u"saveButton"_s), Qt::LeftButton);
    // The page goes on while the keychain works; it says what is happening,
    // and OK waits for the outcome so the user sees it.
    QCOMPARE(state(u"finnhub"_s), u"Saving\u2026"_s);
    QVERIFY(!button(u"finnhub"_s, u"saveButton"_s)->isEnabled());
    QVERIFY(!keyEdit(u"finnhub"_s)->isEnabled());
    QVERIFY(!m_page->validate());
    m_store->setHeld(false);
    QTRY_COMPARE(state(u"finnhub"_s), u"Saved. Stored in the system keychain."_s);
    QCOMPARE(m_store->storedKey(u"finnhub"_s), std::optional<QString>(Key));
    QVERIFY(keyEdit(u"finnhub"_s)->text().isEmpty());
    QVERIFY(button(u"finnhub"_s, u"removeButton"_s)->isEnabled());
    QVERIFY(m_page->validate());

    m_page->save(*m_settings);
    m_settings->sync();
    QFile ini(m_folder->path(u"settings.ini"_s));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray bytes = ini.readAll();
    QVERIFY(bytes.contains("AAPL"));
    QVERIFY(!bytes.contains(Key.toUtf8()));
    QVERIFY(!bytes.contains(Key.toUtf8().toBase64()));
}

void TestProvidersPage::returnSaves()
{
    makePage();
    QTest::keyClicks(keyEdit(u"alphavantage"_s), Key);
    QTest::keyClick(keyEdit(u"alphavantage"_s), Qt::Key_Return);
    QTRY_COMPARE(m_store->storedKey(u"alphavantage"_s), std::optional<QString>(Key));
    QVERIFY(!m_store->storedKey(u"finnhub"_s));
}

void TestProvidersPage::saveFailureKeepsTypedKey()
{
    makePage();
    QTRY_COMPARE(state(u"finnhub"_s), u"Not set."_s);
    m_store->setFailure({SecretError::Code::Failed, u"The collection is locked"_s});
    QTest::keyClicks(keyEdit(u"finnhub"_s), Key);
    QTest::mouseClick(button(u"finnhub"_s, u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(state(u"finnhub"_s).contains(u"The collection is locked"_s));
    QVERIFY(state(u"finnhub"_s).contains(u"FINNHUB_API_KEY"_s));
    // Typed text stays, so a retry needs no retyping.
    QCOMPARE(keyEdit(u"finnhub"_s)->text(), Key);
    QVERIFY(button(u"finnhub"_s, u"saveButton"_s)->isEnabled());
    QVERIFY(!m_store->storedKey(u"finnhub"_s));
}

void TestProvidersPage::removeDeletesKey()
{
    storeDirectly(u"finnhub"_s, Key);
    makePage();
    QTRY_COMPARE(state(u"finnhub"_s), u"Stored in the system keychain."_s);
    QVERIFY(keyEdit(u"finnhub"_s)->text().isEmpty());   // the stored key is never shown
    m_store->setHeld(true);
    QTest::mouseClick(button(u"finnhub"_s, u"removeButton"_s), Qt::LeftButton);
    QCOMPARE(state(u"finnhub"_s), u"Removing\u2026"_s);
    QVERIFY(!button(u"finnhub"_s, u"removeButton"_s)->isEnabled());
    m_store->setHeld(false);
    QTRY_COMPARE(state(u"finnhub"_s), u"Removed. Not set."_s);
    QVERIFY(!m_store->storedKey(u"finnhub"_s));
    QVERIFY(!button(u"finnhub"_s, u"removeButton"_s)->isEnabled());
}

void TestProvidersPage::environmentVariableShown()
{
    qputenv("FINNHUB_API_KEY", "from-the-environment");
    makePage();
    QTRY_COMPARE(state(u"finnhub"_s), u"Set by FINNHUB_API_KEY in the environment."_s);
    QTRY_COMPARE(state(u"alphavantage"_s), u"Not set."_s);
}

void TestProvidersPage::storedKeyAndEnvironmentBothExplained()
{
    qputenv("FINNHUB_API_KEY", "from-the-environment");
    storeDirectly(u"finnhub"_s, Key);
    makePage();
    QTRY_VERIFY(state(u"finnhub"_s).startsWith(u"Stored in the system keychain."_s));
    QVERIFY(state(u"finnhub"_s).contains(u"FINNHUB_API_KEY is set in the environment too"_s));
}

void TestProvidersPage::noKeychainPointsToVariables()
{
    m_store->setFailure({SecretError::Code::NoBackendAvailable, u"Cannot autolaunch D-Bus"_s});
    makePage();
    auto *banner = m_page->findChild<QLabel *>(u"noKeychainLabel"_s);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"No system keychain"_s), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(u"FINNHUB_API_KEY"_s));
    QVERIFY(banner->text().contains(u"ALPHAVANTAGE_API_KEY"_s));
    QCOMPARE(state(u"finnhub"_s), u"Not set. Set FINNHUB_API_KEY in the environment to use Finnhub."_s);
    // No insecure fallback to offer: nothing to type into, nothing to save.
    QVERIFY(!keyEdit(u"finnhub"_s)->isEnabled());
    QVERIFY(!button(u"finnhub"_s, u"saveButton"_s)->isEnabled());
}

void TestProvidersPage::noKeychainTakesAKeyForThisSessionOnly()
{
    // The app's store: the keychain (here: none) under a session store.
    m_store->setFailure({SecretError::Code::NoBackendAvailable, u"Cannot autolaunch D-Bus"_s});
    SessionKeyStore session(*m_store);
    m_page = std::make_unique<ProvidersPage>(session, testProviders());
    m_page->resize(500, 380);
    m_page->load(*m_settings);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    auto *banner = m_page->findChild<QLabel *>(u"noKeychainLabel"_s);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"until Tickerline quits"_s), qPrintable(banner->text()));
    QCOMPARE(state(u"finnhub"_s),
             u"Not set. Paste a key to use it until Tickerline quits, or set FINNHUB_API_KEY in the environment."_s);

    auto *use = button(u"finnhub"_s, u"saveButton"_s);
    QCOMPARE(use->text(), u"Use Until Quit"_s);
    QVERIFY(keyEdit(u"finnhub"_s)->isEnabled());
    QTest::keyClicks(keyEdit(u"finnhub"_s), Key);
    QSignalSpy written(&session, &SecretStore::keyWritten);
    use->click();
    QVERIFY(written.wait());
    QTRY_COMPARE(state(u"finnhub"_s), u"Used until Tickerline quits: held in memory only, never written."_s);
    QVERIFY(keyEdit(u"finnhub"_s)->text().isEmpty());
    QVERIFY(button(u"finnhub"_s, u"removeButton"_s)->isEnabled());

    // A feed asking for the key gets it; the keychain was never given it,
    // and neither was the settings file.
    QSignalSpy read(&session, &SecretStore::keyRead);
    session.readKey(u"finnhub"_s);
    QVERIFY(read.wait());
    QCOMPARE(read.first().at(1).value<std::optional<QString>>(), std::optional<QString>(Key));
    QCOMPARE(m_store->storedKey(u"finnhub"_s), std::nullopt);
    m_settings->sync();
    QFile file(m_folder->path(u"settings.ini"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(Key.toUtf8()));
    // Another provider's read still reaches the (missing) keychain.
    read.clear();
    session.readKey(u"alphavantage"_s);
    QVERIFY(read.wait());
    QCOMPARE(read.first().at(2).value<SecretError>().code, SecretError::Code::NoBackendAvailable);

    // Remove forgets it.
    QSignalSpy deleted(&session, &SecretStore::keyDeleted);
    button(u"finnhub"_s, u"removeButton"_s)->click();
    QVERIFY(deleted.wait());
    QVERIFY(!session.holdsForSession(u"finnhub"_s));
    QTRY_VERIFY(state(u"finnhub"_s).startsWith(u"Removed."_s));
}

void TestProvidersPage::unsavedKeyBlocksOk()
{
    makePage();
    QTest::keyClicks(keyEdit(u"alphavantage"_s), Key);
    QVERIFY(!m_page->validate());
    QVERIFY(state(u"alphavantage"_s).contains(u"not saved yet"_s));
    QVERIFY(keyEdit(u"alphavantage"_s)->hasFocus());
    keyEdit(u"alphavantage"_s)->clear();
    QVERIFY(!state(u"alphavantage"_s).contains(u"not saved yet"_s));
    QVERIFY(m_page->validate());
}

void TestProvidersPage::dialogHasPageOnlyWithStore()
{
    const QString database = m_folder->path(u"ticks.sqlite"_s);
    SettingsDialog withStore(*m_settings, database, m_store.get());
    auto *tabs = withStore.findChild<QTabWidget *>(u"pageTabs"_s);
    QVERIFY(withStore.findChild<ProvidersPage *>());
    QCOMPARE(tabs->tabText(tabs->indexOf(withStore.findChild<ProvidersPage *>())), u"Providers"_s);

    // The Feed page's "key needed" leads there.
    auto *feedProvider = withStore.findChild<QComboBox *>(u"providerCombo"_s);
    feedProvider->setCurrentIndex(feedProvider->findData(u"finnhub"_s));
    auto *keyNeeded = withStore.findChild<QLabel *>(u"keyLabel"_s);
    QVERIFY2(keyNeeded->text().contains(u"href"_s), qPrintable(keyNeeded->text()));
    Q_EMIT keyNeeded->linkActivated(u"providers"_s);
    QCOMPARE(tabs->currentWidget(), withStore.findChild<ProvidersPage *>());

    SettingsDialog without(*m_settings, database);
    auto *plain = without.findChild<QLabel *>(u"keyLabel"_s);
    without.findChild<QComboBox *>(u"providerCombo"_s)->setCurrentIndex(
        without.findChild<QComboBox *>(u"providerCombo"_s)->findData(u"finnhub"_s));
    QCOMPARE(plain->text(), u"Needed (FINNHUB_API_KEY)."_s);
    QVERIFY(!without.findChild<ProvidersPage *>());
}

void TestProvidersPage::keyNeverLogged()
{
    const test::LogCapture log;
    makePage();
    QTest::keyClicks(keyEdit(u"finnhub"_s), Key);
    QTest::mouseClick(button(u"finnhub"_s, u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(m_store->storedKey(u"finnhub"_s));
    m_page->load(*m_settings);
    QTRY_COMPARE(state(u"finnhub"_s), u"Stored in the system keychain."_s);
    QVERIFY2(log.messageContaining(Key).isEmpty(), "the key was logged");
}

// Not an assertion: TICKERLINE_SHOTS=<folder> writes the page's states as PNGs.
void TestProvidersPage::screenshots()
{
    const QString folder = qEnvironmentVariable("TICKERLINE_SHOTS");
    if (folder.isEmpty())
        QSKIP("TICKERLINE_SHOTS is not set");
    QVERIFY(QDir().mkpath(folder));
    qputenv("ALPHAVANTAGE_API_KEY", "from-the-environment");
    storeDirectly(u"finnhub"_s, Key);
    QList<ProviderInfo> providers = testProviders();
    providers.append({u"twelvedata"_s, u"Twelve Data"_s, u"WebSocket"_s, u"TWELVEDATA_API_KEY"_s, {}});
    makePage(providers);
    QTRY_COMPARE(state(u"finnhub"_s), u"Stored in the system keychain."_s);
    QTest::keyClicks(keyEdit(u"twelvedata"_s), u"td-0123456789"_s);
    QVERIFY(m_page->grab().save(QDir(folder).filePath(u"providers-page.png"_s)));

    m_store->setHeld(true);
    QTest::mouseClick(button(u"twelvedata"_s, u"saveButton"_s), Qt::LeftButton);
    QVERIFY(m_page->grab().save(QDir(folder).filePath(u"providers-page-saving.png"_s)));
    m_store->setHeld(false);
    QTRY_VERIFY(state(u"twelvedata"_s).startsWith(u"Saved."_s));

    m_store->setFailure({SecretError::Code::NoBackendAvailable, {}});
    makePage(providers);
    QTRY_VERIFY(m_page->findChild<QLabel *>(u"noKeychainLabel"_s)->isVisible());
    QVERIFY(m_page->grab().save(QDir(folder).filePath(u"providers-page-nokeychain.png"_s)));
}

QTEST_MAIN(TestProvidersPage)
#include "tst_providerspage.moc"
