#include "KeychainSecretStore.h"
#include "LogCapture.h"
#include "ProviderRegistry.h"
#include "SecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace tickerline;

// KeychainSecretStore against the system's keychain. CTest runs it twice (see
// CMakeLists.txt): tst_keychainsecretstore inside a private D-Bus session
// with a real, unlocked gnome-keyring (tests/support/run-with-secret-service.sh,
// TICKERLINE_EXPECT_KEYCHAIN=1), and tst_keychainsecretstore_nokeychain with
// D-Bus pointed nowhere (TICKERLINE_EXPECT_NO_KEYCHAIN=1). Each entry runs the
// functions that apply to it; run by hand, the one that does not apply to the
// desktop's keychain skips.

namespace {

// Long enough for a Secret Service that has to be started on demand.
constexpr int KeychainTimeoutMs = 30'000;
// Entries of this test live under their own service, apart from the user's keys.
const QString TestService = u"Tickerline-tests"_s;
const QString TestProvider = u"tst_keychainsecretstore"_s;

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

ReadResult readResult(const QSignalSpy &spy, qsizetype index)
{
    const QList<QVariant> &arguments = spy.at(index);
    return {arguments.at(1).value<std::optional<QString>>(), arguments.at(2).value<SecretError>()};
}

SecretError errorAt(const QSignalSpy &spy, qsizetype index)
{
    return spy.at(index).at(1).value<SecretError>();
}

// Set by the CTest entry that starts a Secret Service for this test: then a
// keychain that does not work is a failure, never a skip.
bool keychainExpected()
{
    return qEnvironmentVariableIsSet("TICKERLINE_EXPECT_KEYCHAIN");
}

constexpr const char *NoKeychainMessage =
    "TICKERLINE_EXPECT_KEYCHAIN is set, but the keychain did not work: run this test through "
    "tests/support/run-with-secret-service.sh (CTest's tst_keychainsecretstore does) with gnome-keyring, "
    "dbus, libglib2.0-bin, libsecret-1-0 and libsecret-tools installed (scripts/setup does)";

} // namespace

class TestKeychainSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void keychainWithoutBackendFailsCleanly();
    void keychainRoundTrip();
    void keychainNeverLogsTheKey();

private:
    // True when some file under the test's config or data folders holds the
    // key, as text, UTF-16 or base64 (QSettings' and QtKeychain's encodings).
    [[nodiscard]] bool keyOnDisk(const QString &key) const;

    QTemporaryDir m_home;
};

void TestKeychainSecretStore::initTestCase()
{
    QVERIFY(m_home.isValid());
    // A plain-text fallback would land in QSettings' folders: point them here.
    // The Secret Service, if any, was started before with folders of its own.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
    QCoreApplication::setOrganizationName(u"Tickerline"_s);
    QCoreApplication::setApplicationName(u"tst_keychainsecretstore"_s);
}

// Without a Secret Service the store must say so, quickly, and keep nothing
// anywhere. TICKERLINE_EXPECT_NO_KEYCHAIN (set by the CTest entry that
// points D-Bus nowhere) demands exactly NoBackendAvailable, and a keychain
// that works there after all is a failure.
void TestKeychainSecretStore::keychainWithoutBackendFailsCleanly()
{
    KeychainSecretStore store(TestService, nullptr);
    const QString key = uniqueKey();
    QSignalSpy written(&store, &SecretStore::keyWritten);
    store.writeKey(TestProvider, key);
    QVERIFY(written.isEmpty());
    QVERIFY(written.wait(KeychainTimeoutMs));
    const SecretError error = errorAt(written, 0);
    if (error.ok()) {
        QSignalSpy deleted(&store, &SecretStore::keyDeleted);
        store.deleteKey(TestProvider);
        QVERIFY(deleted.wait(KeychainTimeoutMs));
        if (qEnvironmentVariableIsSet("TICKERLINE_EXPECT_NO_KEYCHAIN"))
            QFAIL("TICKERLINE_EXPECT_NO_KEYCHAIN is set, yet a keychain stored the key");
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
    QVERIFY(!readResult(read, 0).key);
    QVERIFY2(!keyOnDisk(key), "the key was written to a file");
}

// Save, read, replace, read, delete, read back nothing: what the settings
// dialog does with a provider's key, through QtKeychain end to end.
void TestKeychainSecretStore::keychainRoundTrip()
{
    KeychainSecretStore store(TestService, nullptr);
    const QString key = uniqueKey();
    QSignalSpy written(&store, &SecretStore::keyWritten);
    QSignalSpy read(&store, &SecretStore::keyRead);
    QSignalSpy deleted(&store, &SecretStore::keyDeleted);

    store.writeKey(TestProvider, key);
    QVERIFY(written.wait(KeychainTimeoutMs));
    if (const SecretError error = errorAt(written, 0); !error.ok()) {
        const QString text = SecretStore::errorText(error, finnhub());
        if (keychainExpected())
            QFAIL(qPrintable(QString::fromLatin1(NoKeychainMessage) + u": "_s + text));
        QSKIP(qPrintable(u"No usable keychain here (%1); keychainWithoutBackendFailsCleanly covers that case."_s.arg(text)));
    }
    store.readKey(TestProvider);
    QVERIFY(read.wait(KeychainTimeoutMs));
    QVERIFY(readResult(read, 0).error.ok());
    QCOMPARE(readResult(read, 0).key, std::optional<QString>(key));

    // A new key for the same provider replaces the old one.
    const QString replacement = uniqueKey();
    store.writeKey(TestProvider, replacement);
    QVERIFY(written.wait(KeychainTimeoutMs));
    QVERIFY(errorAt(written, 1).ok());
    store.readKey(TestProvider);
    QVERIFY(read.wait(KeychainTimeoutMs));
    QVERIFY(readResult(read, 1).error.ok());
    QCOMPARE(readResult(read, 1).key, std::optional<QString>(replacement));

    store.deleteKey(TestProvider);
    QVERIFY(deleted.wait(KeychainTimeoutMs));
    QVERIFY(errorAt(deleted, 0).ok());
    store.readKey(TestProvider);
    QVERIFY(read.wait(KeychainTimeoutMs));
    QVERIFY(readResult(read, 2).error.ok());
    QVERIFY(!readResult(read, 2).key);
    QVERIFY2(!keyOnDisk(key) && !keyOnDisk(replacement), "a key was written to a plain file");
}

void TestKeychainSecretStore::keychainNeverLogsTheKey()
{
    const QString key = uniqueKey();
    const test::LogCapture log;
    KeychainSecretStore store(TestService, nullptr);
    QSignalSpy written(&store, &SecretStore::keyWritten);
    QSignalSpy read(&store, &SecretStore::keyRead);
    QSignalSpy deleted(&store, &SecretStore::keyDeleted);
    // Whether the keychain works here or not, every path logs something.
    store.writeKey(TestProvider, key);
    store.readKey(TestProvider);
    store.deleteKey(TestProvider);
    QVERIFY(deleted.wait(KeychainTimeoutMs));
    QCOMPARE(read.size(), 1);
    if (keychainExpected()) {
        // Where the keychain works, the logged paths are the successful ones.
        QVERIFY(errorAt(written, 0).ok());
        QCOMPARE(readResult(read, 0).key, std::optional<QString>(key));
        QVERIFY(errorAt(deleted, 0).ok());
    }
    QVERIFY2(!log.messageContaining(u"tickerline.secrets"_s).isEmpty(), "debug logging was not on");
    QVERIFY2(log.messageContaining(key).isEmpty(), qPrintable(log.messageContaining(key)));
}

bool TestKeychainSecretStore::keyOnDisk(const QString &key) const
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

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
