#include "KeychainSecretStore.h"
#include "LogCapture.h"
#include "MemorySecretStore.h"
#include "ProviderRegistry.h"
#include "SecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tickerline;

namespace {

// Long enough for a Secret Service that has to be started on demand.
constexpr int KeychainTimeoutMs = 30'000;
// Entries of this test live under their own service, apart from the user's keys.
const QString TestService = u"Tickerline-tests"_s;
const QString TestProvider = u"tst_secretstore"_s;

ProviderInfo finnhub()
{
    return {u"finnhub"_s, u"Finnhub"_s, u"WebSocket"_s, u"FINNHUB_API_KEY"_s, {}};
}

QString uniqueKey()
{
    return u"tl-secret-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct ReadResult
{
    std::optional<QString> key;
    SecretError error;
};

ReadResult readResult(const QSignalSpy &spy, qsizetype index = 0)
{
    const QList<QVariant> &arguments = spy.at(index);
    return {arguments.at(1).value<std::optional<QString>>(), arguments.at(2).value<SecretError>()};
}

SecretError errorAt(const QSignalSpy &spy, qsizetype index = 0)
{
    return spy.at(index).at(1).value<SecretError>();
}

} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void memoryAnswersAfterTheCall();
    void memoryAnswersInOrder();
    void memoryDeletingMissingKeySucceeds();
    void memoryFailureKeepsNothing();
    void errorTextNamesTheVariable_data();
    void errorTextNamesTheVariable();
    void environmentKey();

    void keychainWithoutBackendFailsCleanly();
    void keychainRoundTrip();
    void keychainNeverLogsTheKey();

private:
    // True when some file under the test's config or data folders holds the
    // key, as text, UTF-16 or base64 (QSettings' and QtKeychain's encodings).
    [[nodiscard]] bool keyOnDisk(const QString &key) const;
    [[nodiscard]] bool backendWorks(SecretStore &store);

    QTemporaryDir m_home;
};

void TestSecretStore::initTestCase()
{
    QVERIFY(m_home.isValid());
    // A plain-text fallback would land in QSettings' folders: point them here.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
    QCoreApplication::setOrganizationName(u"Tickerline"_s);
    QCoreApplication::setApplicationName(u"tst_secretstore"_s);
}

void TestSecretStore::memoryAnswersAfterTheCall()
{
    test::MemorySecretStore store;
    QSignalSpy written(&store, &SecretStore::keyWritten);
    QSignalSpy read(&store, &SecretStore::keyRead);
    store.writeKey(u"finnhub"_s, u"abc"_s);
    store.readKey(u"finnhub"_s);
    // Callers may connect after calling: nothing comes from inside the call.
    QVERIFY(written.isEmpty());
    QVERIFY(read.isEmpty());
    QVERIFY(read.wait());
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.constFirst().constFirst().toString(), u"finnhub"_s);
    QVERIFY(errorAt(written).ok());
    QCOMPARE(readResult(read).key, std::optional<QString>(u"abc"_s));
    QVERIFY(readResult(read).error.ok());
}

void TestSecretStore::memoryAnswersInOrder()
{
    test::MemorySecretStore store;
    QStringList events;
    connect(&store, &SecretStore::keyRead, this, [&events](const QString &provider, const std::optional<QString> &key) {
        events.append(u"read %1=%2"_s.arg(provider, key.value_or(u"-"_s)));
    });
    connect(&store, &SecretStore::keyWritten, this, [&events](const QString &provider) {
        events.append(u"written "_s + provider);
    });
    connect(&store, &SecretStore::keyDeleted, this, [&events](const QString &provider) {
        events.append(u"deleted "_s + provider);
    });
    store.readKey(u"a"_s);
    store.writeKey(u"a"_s, u"1"_s);
    store.readKey(u"a"_s);
    store.writeKey(u"b"_s, u"2"_s);
    store.deleteKey(u"a"_s);
    store.readKey(u"a"_s);
    store.readKey(u"b"_s);
    QTRY_COMPARE(events.size(), 7);
    QCOMPARE(events, (QStringList{u"read a=-"_s, u"written a"_s, u"read a=1"_s, u"written b"_s, u"deleted a"_s,
                                  u"read a=-"_s, u"read b=2"_s}));
}

void TestSecretStore::memoryDeletingMissingKeySucceeds()
{
    test::MemorySecretStore store;
    QSignalSpy deleted(&store, &SecretStore::keyDeleted);
    store.deleteKey(u"finnhub"_s);
    QVERIFY(deleted.wait());
    QVERIFY(errorAt(deleted).ok());
}

void TestSecretStore::memoryFailureKeepsNothing()
{
    test::MemorySecretStore store;
    store.setFailure({SecretError::Code::NoBackendAvailable, {}});
    QSignalSpy written(&store, &SecretStore::keyWritten);
    QSignalSpy read(&store, &SecretStore::keyRead);
    store.writeKey(u"finnhub"_s, u"abc"_s);
    store.readKey(u"finnhub"_s);
    QVERIFY(read.wait());
    QCOMPARE(errorAt(written).code, SecretError::Code::NoBackendAvailable);
    QCOMPARE(readResult(read).error.code, SecretError::Code::NoBackendAvailable);
    QVERIFY(!readResult(read).key);
    QVERIFY(!store.storedKey(u"finnhub"_s));
}

void TestSecretStore::errorTextNamesTheVariable_data()
{
    QTest::addColumn<SecretError>("error");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no backend") << SecretError{SecretError::Code::NoBackendAvailable, u"dbus"_s}
                                << u"No system keychain"_s;
    QTest::newRow("denied") << SecretError{SecretError::Code::AccessDenied, {}} << u"refused"_s;
    QTest::newRow("failed") << SecretError{SecretError::Code::Failed, u"Object does not exist"_s}
                            << u"Object does not exist"_s;
}

void TestSecretStore::errorTextNamesTheVariable()
{
    QFETCH(SecretError, error);
    QFETCH(QString, expected);
    const QString text = SecretStore::errorText(error, finnhub());
    QVERIFY2(text.contains(expected), qPrintable(text));
    QVERIFY2(text.contains(u"FINNHUB_API_KEY"_s), qPrintable(text));
    QVERIFY(SecretStore::errorText({}, finnhub()).isEmpty());
}

void TestSecretStore::environmentKey()
{
    qputenv("FINNHUB_API_KEY", "from-env");
    QCOMPARE(tickerline::environmentKey(finnhub()), u"from-env"_s);
    qunsetenv("FINNHUB_API_KEY");
    QVERIFY(tickerline::environmentKey(finnhub()).isEmpty());
    ProviderInfo keyless = finnhub();
    keyless.keyVariable.clear();
    QVERIFY(tickerline::environmentKey(keyless).isEmpty());
}

// In CI there is no Secret Service: the store must say so, quickly, and keep
// nothing anywhere. TICKERLINE_EXPECT_NO_KEYCHAIN (set by the CTest entry
// that points D-Bus nowhere) demands exactly NoBackendAvailable.
void TestSecretStore::keychainWithoutBackendFailsCleanly()
{
    KeychainSecretStore store(TestService, nullptr);
    const QString key = uniqueKey();
    QSignalSpy written(&store, &SecretStore::keyWritten);
    store.writeKey(TestProvider, key);
    QVERIFY(written.isEmpty());
    QVERIFY(written.wait(KeychainTimeoutMs));
    const SecretError error = errorAt(written);
    if (error.ok()) {
        QSignalSpy deleted(&store, &SecretStore::keyDeleted);
        store.deleteKey(TestProvider);
        QVERIFY(deleted.wait(KeychainTimeoutMs));
        QSKIP("A keychain backend works here; keychainRoundTrip covers it.");
    }
    const QString text = SecretStore::errorText(error, finnhub());
    qInfo("The keychain refused as expected: %s", qPrintable(text));
    QVERIFY2(text.contains(u"FINNHUB_API_KEY"_s), qPrintable(text));
    if (qEnvironmentVariableIsSet("TICKERLINE_EXPECT_NO_KEYCHAIN"))
        QCOMPARE(error.code, SecretError::Code::NoBackendAvailable);

    QSignalSpy read(&store, &SecretStore::keyRead);
    store.readKey(TestProvider);
    QVERIFY(read.wait(KeychainTimeoutMs));
    QVERIFY(!readResult(read).key);
    QVERIFY2(!keyOnDisk(key), "the key was written to a file");
}

void TestSecretStore::keychainRoundTrip()
{
    KeychainSecretStore store(TestService, nullptr);
    if (!backendWorks(store))
        QSKIP("No usable keychain here; keychainWithoutBackendFailsCleanly covers that case.");
    const QString key = uniqueKey();
    QSignalSpy written(&store, &SecretStore::keyWritten);
    QSignalSpy read(&store, &SecretStore::keyRead);
    QSignalSpy deleted(&store, &SecretStore::keyDeleted);

    store.writeKey(TestProvider, key);
    QVERIFY(written.wait(KeychainTimeoutMs));
    QVERIFY(errorAt(written).ok());
    store.readKey(TestProvider);
    QVERIFY(read.wait(KeychainTimeoutMs));
    QCOMPARE(readResult(read).key, std::optional<QString>(key));

    store.deleteKey(TestProvider);
    QVERIFY(deleted.wait(KeychainTimeoutMs));
    QVERIFY(errorAt(deleted).ok());
    store.readKey(TestProvider);
    QVERIFY(read.wait(KeychainTimeoutMs));
    QVERIFY(!readResult(read, 1).key);
    QVERIFY(readResult(read, 1).error.ok());
    QVERIFY2(!keyOnDisk(key), "the key was written to a plain file");
}

void TestSecretStore::keychainNeverLogsTheKey()
{
    const QString key = uniqueKey();
    const test::LogCapture log;
    KeychainSecretStore store(TestService, nullptr);
    QSignalSpy read(&store, &SecretStore::keyRead);
    QSignalSpy deleted(&store, &SecretStore::keyDeleted);
    // Whether the keychain works here or not, every path logs something.
    store.writeKey(TestProvider, key);
    store.readKey(TestProvider);
    store.deleteKey(TestProvider);
    QVERIFY(deleted.wait(KeychainTimeoutMs));
    QCOMPARE(read.size(), 1);
    QVERIFY2(!log.messageContaining(u"tickerline.secrets"_s).isEmpty(), "debug logging was not on");
    QVERIFY2(log.messageContaining(key).isEmpty(), qPrintable(log.messageContaining(key)));
}

bool TestSecretStore::keyOnDisk(const QString &key) const
{
    const QList<QByteArray> forms = {key.toUtf8(), key.toUtf8().toBase64(),
                                     QByteArray(reinterpret_cast<const char *>(key.utf16()), key.size() * 2)};
    for (const QString &folder : {m_home.filePath(u"config"_s), m_home.filePath(u"data"_s)}) {
        QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            for (const QByteArray &form : forms) {
                if (bytes.contains(form))
                    return true;
            }
        }
    }
    return false;
}

bool TestSecretStore::backendWorks(SecretStore &store)
{
    QSignalSpy written(&store, &SecretStore::keyWritten);
    store.writeKey(TestProvider, uniqueKey());
    return written.wait(KeychainTimeoutMs) && errorAt(written).ok();
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
