// The GUI's way to a PostgreSQL server that wants a password: the password
// from the keychain (a MemorySecretStore here) opens the store; without it
// the status bar says the server refused and offers to enter one; entered on
// the Data page it goes to the keychain only, never to the settings file or
// any log, and opens the store. Against a real server that requires
// scram-sha-256 (tests/support/PostgresServer).
#include "CsvExport.h"
#include "CsvImport.h"
#include "DataPage.h"
#include "Engine.h"
#include "LogCapture.h"
#include "MemorySecretStore.h"
#include "PostgresServer.h"
#include "Settings.h"
#include "StatusPanel.h"
#include "StorePassword.h"
#include "StorePasswordResolver.h"

#include "Clock.h"

#include <QBuffer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace tickerline;

namespace {
const QString kPassword = QStringLiteral("Corr3ct-h0rse-battery");
} // namespace

class TstStorePassword : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void entryIsTheRedactedUrl();
    void keychainPasswordOpensTheStore();
    void refusedPasswordIsEnteredOnTheDataPage();
    void csvTransferUsesTheKeychainPassword();
    void passwordTypedInTheUrlGoesToTheKeychain();
    void passwordOnTheCommandLineGoesToTheKeychain();

private:
    std::unique_ptr<test::PostgresServer> m_server;
    QString m_url;
};

void TstStorePassword::initTestCase()
{
    qunsetenv("PGPASSWORD");
    if (test::PostgresServer::binDir().isEmpty())
        return;
    m_server = std::make_unique<test::PostgresServer>();
    m_server->requirePassword(kPassword);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorMessage()));
    QVERIFY2(m_server->createDatabase(QStringLiteral("team")), qPrintable(m_server->errorMessage()));
    m_url = m_server->url(QStringLiteral("team"));
}

void TstStorePassword::entryIsTheRedactedUrl()
{
    QCOMPARE(storePasswordEntry(QStringLiteral("postgresql://ann:pw@db.example:6543/ticks?sslmode=require")),
             QStringLiteral("ann@db.example:6543/ticks"));
    QCOMPARE(storePasswordEntry(QStringLiteral("postgres://ann@db.example/ticks")), QStringLiteral("ann@db.example:5432/ticks"));
    QCOMPARE(storePasswordEntry(QStringLiteral("/data/ticks.sqlite")), QString());
}

void TstStorePassword::keychainPasswordOpensTheStore()
{
    if (!m_server)
        TICKERLINE_POSTGRES_MISSING();
    test::LogCapture log;
    test::MemorySecretStore secrets;
    QSignalSpy written(&secrets, &SecretStore::keyWritten);
    secrets.writeKey(storePasswordEntry(m_url), kPassword);
    QVERIFY(written.wait());

    Engine engine(SystemClock::instance());
    StorePasswordResolver resolver(secrets);
    connect(&resolver, &StorePasswordResolver::resolved, &engine, &Engine::start);
    QSignalSpy opened(&engine, &Engine::storeOpened);
    QSignalSpy failed(&engine, &Engine::storeFailed);
    EngineConfig config;
    config.databaseLocation = m_url;
    config.withFeed = false;
    config.followStore = true;
    resolver.resolve(config);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count() + failed.count(), 1, 20'000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));

    StatusPanel panel;
    panel.setViewer(true);
    panel.setStoreStatus(opened.at(0).at(0).value<StoreStatus>());
    QCOMPARE(panel.storeText(), QStringLiteral("Viewer \u2014 following tickerline@127.0.0.1/team"));

    QSignalSpy stopped(&engine, &Engine::stopped);
    engine.stop();
    QVERIFY(stopped.wait(10'000));
    QVERIFY(!log.contains(kPassword));
}

void TstStorePassword::refusedPasswordIsEnteredOnTheDataPage()
{
    if (!m_server)
        TICKERLINE_POSTGRES_MISSING();
    test::LogCapture log;
    test::MemorySecretStore secrets;   // empty keychain, no PGPASSWORD
    Engine engine(SystemClock::instance());
    StorePasswordResolver resolver(secrets);
    connect(&resolver, &StorePasswordResolver::resolved, &engine, &Engine::start);
    QSignalSpy opened(&engine, &Engine::storeOpened);
    QSignalSpy failed(&engine, &Engine::storeFailed);
    EngineConfig config;
    config.databaseLocation = m_url;
    config.withFeed = false;
    resolver.resolve(config);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20'000);

    // The status bar says what happened and offers the way out.
    StatusPanel panel;
    panel.setStoreError(failed.at(0).at(0).toString());
    QCOMPARE(panel.storeText(), QStringLiteral("The database server refused the password. Enter password\u2026"));
    QSignalSpy requested(&panel, &StatusPanel::passwordRequested);
    auto *label = panel.findChild<QLabel *>(QStringLiteral("storeStatusLabel"));
    QVERIFY(label->text().contains(QStringLiteral("<a href=")));
    Q_EMIT label->linkActivated(QStringLiteral("action"));
    QCOMPARE(requested.count(), 1);

    // Entered on the Data page: to the keychain, not to the settings file.
    QTemporaryDir dir;
    const QString iniFile = dir.filePath(QStringLiteral("settings.ini"));
    {
        Settings settings(iniFile);
        DataPage page(QStringLiteral("/default/ticks.sqlite"), &secrets);
        page.load(settings);
        auto *location = page.findChild<QLineEdit *>(QStringLiteral("databaseEdit"));
        auto *password = page.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QVERIFY(!password->isEnabled());
        location->setText(m_url);
        QVERIFY(password->isEnabled());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(password, kPassword);
        QSignalSpy written(&secrets, &SecretStore::keyWritten);
        page.save(settings);
        QVERIFY(written.wait());
        QCOMPARE(secrets.storedKey(storePasswordEntry(m_url)), std::optional<QString>(kPassword));
        QVERIFY(password->text().isEmpty());
    }
    QFile ini(iniFile);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray stored = ini.readAll();
    QVERIFY(stored.contains("team"));   // the location is there...
    QVERIFY(!stored.contains(kPassword.toUtf8()));   // ...the password is not

    // As MainWindow does once the password is saved: read it, open again.
    connect(&resolver, &StorePasswordResolver::resolved, &engine,
            [&engine](const EngineConfig &withPassword) { engine.reopenStore(withPassword.databasePassword); });
    disconnect(&resolver, &StorePasswordResolver::resolved, &engine, &Engine::start);
    resolver.resolve(engine.config());
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20'000);
    panel.setStoreStatus(opened.at(0).at(0).value<StoreStatus>());
    QVERIFY2(panel.storeText().startsWith(QStringLiteral("Database tickerline@127.0.0.1/team \u00b7 ")), qPrintable(panel.storeText()));

    QSignalSpy stopped(&engine, &Engine::stopped);
    engine.stop();
    QVERIFY(stopped.wait(10'000));
    QVERIFY(log.contains(QStringLiteral("Cannot open database %1").arg(m_url)));   // the refusal is logged...
    QVERIFY(!log.contains(kPassword));   // ...the password never
}

// File → Import/Export CSV hand the engine's password (from the keychain) to
// the transfer: without it the server refuses, with it the rows go through.
void TstStorePassword::csvTransferUsesTheKeychainPassword()
{
    if (!m_server)
        TICKERLINE_POSTGRES_MISSING();
    test::LogCapture log;
    QByteArray csv = "symbol,time,price,volume\nAAPL,2026-11-24T14:00:00Z,230.5,10\nAAPL,2026-11-24T14:00:01Z,230.75,5\n";
    ImportRequest import;
    import.location = m_url;
    {
        QBuffer in(&csv);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const ImportResult refused = importTicksCsv(import, in);
        QVERIFY(!refused.ok);
        QVERIFY(!refused.error.isEmpty());
    }
    import.password = kPassword;
    {
        QBuffer in(&csv);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const ImportResult imported = importTicksCsv(import, in);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        QCOMPARE(imported.insertedTicks, quint64(2));
    }
    ExportRequest exportRequest;
    exportRequest.location = m_url;
    exportRequest.symbols = {QStringLiteral("AAPL")};
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(!exportTicksCsv(exportRequest, out).ok);
    exportRequest.password = kPassword;
    QBuffer out2;
    QVERIFY(out2.open(QIODevice::WriteOnly));
    const ExportResult exported = exportTicksCsv(exportRequest, out2);
    QVERIFY2(exported.ok, qPrintable(exported.error));
    QCOMPARE(exported.rows, quint64(2));
    QVERIFY(out2.data().contains("AAPL,2026-11-24T14:00:01"));
    QVERIFY(!log.contains(kPassword));
}

// postgresql://user:secret@… typed as the location: the URL loses its
// password as soon as it is typed, the settings file never sees it, the
// keychain keeps it under the URL's entry, and it opens the store.
void TstStorePassword::passwordTypedInTheUrlGoesToTheKeychain()
{
    if (!m_server)
        TICKERLINE_POSTGRES_MISSING();
    test::LogCapture log;
    test::MemorySecretStore secrets;
    const QString typed = m_url;
    const QString withPassword = QString(typed).replace(QStringLiteral("tickerline@"),
                                                        QStringLiteral("tickerline:%1@").arg(kPassword));
    QTemporaryDir dir;
    const QString iniFile = dir.filePath(QStringLiteral("settings.ini"));
    {
        Settings settings(iniFile);
        DataPage page(QStringLiteral("/default/ticks.sqlite"), &secrets);
        page.load(settings);
        page.show();
        auto *location = page.findChild<QLineEdit *>(QStringLiteral("databaseEdit"));
        auto *password = page.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        location->setFocus();
        QTest::keyClicks(location, withPassword);
        QTest::keyClick(location, Qt::Key_Return);   // editing finished
        QCOMPARE(location->text(), typed);            // no longer on screen...
        QCOMPARE(password->text(), kPassword);        // ...but masked, in its own field
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        const QString shots = qEnvironmentVariable("TICKERLINE_SHOTS");
        if (!shots.isEmpty())
            QVERIFY(page.grab().save(shots + QStringLiteral("/datapage-url-password.png")));

        QSignalSpy written(&secrets, &SecretStore::keyWritten);
        page.save(settings);
        QVERIFY(written.wait());
        QCOMPARE(secrets.storedKey(storePasswordEntry(typed)), std::optional<QString>(kPassword));
        settings.sync();
        QCOMPARE(settings.databaseLocation(), typed);

        // Even set directly (an older settings page, a script), the table cuts it out.
        settings.setValue(Settings::Key::DatabaseLocation, withPassword);
        settings.sync();
        QCOMPARE(settings.databaseLocation(), typed);
    }
    QFile ini(iniFile);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray stored = ini.readAll();
    if (const QString shots = qEnvironmentVariable("TICKERLINE_SHOTS"); !shots.isEmpty()) {
        QFile copy(shots + QStringLiteral("/datapage-url-password.ini"));
        QVERIFY(copy.open(QIODevice::WriteOnly) && copy.write(stored) == stored.size());
    }
    QVERIFY(stored.contains("team"));                   // the location is there...
    QVERIFY(!stored.contains(kPassword.toUtf8()));      // ...the password is not
    QVERIFY(!stored.contains(QUrl::toPercentEncoding(kPassword)));

    // And the keychain's password opens the store with what was saved.
    Engine engine(SystemClock::instance());
    StorePasswordResolver resolver(secrets);
    connect(&resolver, &StorePasswordResolver::resolved, &engine, &Engine::start);
    QSignalSpy opened(&engine, &Engine::storeOpened);
    QSignalSpy failed(&engine, &Engine::storeFailed);
    EngineConfig config;
    config.databaseLocation = Settings(iniFile).databaseLocation();
    config.withFeed = false;
    resolver.resolve(config);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count() + failed.count(), 1, 20'000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(opened.at(0).at(0).value<StoreStatus>().location, typed);
    QSignalSpy stopped(&engine, &Engine::stopped);
    engine.stop();
    QVERIFY(stopped.wait(10'000));
    QVERIFY(!log.contains(kPassword));
}

// tickerline --database postgresql://user:secret@…: the password opens the
// store, lands in the keychain for the next start, and the engine, its
// status and the logs only ever see the URL without it.
void TstStorePassword::passwordOnTheCommandLineGoesToTheKeychain()
{
    if (!m_server)
        TICKERLINE_POSTGRES_MISSING();
    test::LogCapture log;
    test::MemorySecretStore secrets;
    const QString withPassword = QString(m_url).replace(QStringLiteral("tickerline@"),
                                                        QStringLiteral("tickerline:%1@").arg(kPassword));
    Engine engine(SystemClock::instance());
    StorePasswordResolver resolver(secrets);
    QList<EngineConfig> ready;
    connect(&resolver, &StorePasswordResolver::resolved, this, [&ready](const EngineConfig &given) { ready.append(given); });
    connect(&resolver, &StorePasswordResolver::resolved, &engine, &Engine::start);
    QSignalSpy opened(&engine, &Engine::storeOpened);
    QSignalSpy failed(&engine, &Engine::storeFailed);
    EngineConfig config;
    config.databaseLocation = withPassword;
    config.withFeed = false;
    config.followStore = true;
    resolver.resolve(config);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count() + failed.count(), 1, 20'000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.at(0).databaseLocation, m_url);
    QCOMPARE(ready.at(0).databasePassword, kPassword);
    QCOMPARE(engine.config().databaseLocation, m_url);
    QCOMPARE(secrets.storedKey(storePasswordEntry(m_url)), std::optional<QString>(kPassword));
    QSignalSpy stopped(&engine, &Engine::stopped);
    engine.stop();
    QVERIFY(stopped.wait(10'000));
    QVERIFY(!log.contains(kPassword));
}

QTEST_MAIN(TstStorePassword)
#include "tst_storepassword.moc"
