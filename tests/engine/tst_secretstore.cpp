#include "MemorySecretStore.h"
#include "ProviderRegistry.h"
#include "SecretStore.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tickerline;

namespace {

ProviderInfo finnhub()
{
    return {u"finnhub"_s, u"Finnhub"_s, u"WebSocket"_s, u"FINNHUB_API_KEY"_s, {}};
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
    void memoryAnswersAfterTheCall();
    void memoryAnswersInOrder();
    void memoryDeletingMissingKeySucceeds();
    void memoryFailureKeepsNothing();
    void errorTextNamesTheVariable_data();
    void errorTextNamesTheVariable();
    void environmentKey();
};

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

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
