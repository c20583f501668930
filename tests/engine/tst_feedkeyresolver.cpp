#include "Clock.h"
#include "Engine.h"
#include "FeedKeyResolver.h"
#include "LogCapture.h"
#include "MemorySecretStore.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tickerline;

namespace {

QList<ProviderInfo> testProviders()
{
    return {
        {u"simulated"_s, u"Simulated market"_s, u"simulated"_s, {}, {}},
        {u"finnhub"_s, u"Finnhub"_s, u"WebSocket"_s, u"FINNHUB_API_KEY"_s, {}},
        {u"alphavantage"_s, u"Alpha Vantage"_s, u"REST poll"_s, u"ALPHAVANTAGE_API_KEY"_s, {}},
        // A serving collector on this machine reads without a token.
        {u"tickerline"_s, u"Tickerline server"_s, u"WebSocket"_s, u"TICKERLINE_TOKEN"_s, {}, {}, KeyNeed::Optional},
    };
}

FeedConfig feedFor(const QString &provider)
{
    FeedConfig feed;
    feed.provider = provider;
    feed.symbols = {u"AAPL"_s};
    return feed;
}

FeedConfig readyFeed(const QSignalSpy &spy, qsizetype index = 0)
{
    return spy.at(index).constFirst().value<FeedConfig>();
}

} // namespace

class TestFeedKeyResolver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keylessProviderPassesThrough();
    void keychainKeyComesFirst();
    void environmentWhenKeychainHasNone();
    void environmentWhenNoKeychain();
    void noKeyFailsWithWhereToPutIt();
    void noKeyAndNoKeychainSaysBoth();
    void optionalKeyStartsWithoutOne_data();
    void optionalKeyStartsWithoutOne();
    void optionalKeyIsUsedWhenThere();
    void requiredKeyStillFailsWhenTheKeychainDoes();
    void newerRequestWins();
    void engineReportsFailureAndStartsLater();
    void keyNeverLogged();
    void failoverGathersEveryKeyAndNeverFails();

private:
    std::unique_ptr<test::MemorySecretStore> m_store;
    std::unique_ptr<FeedKeyResolver> m_resolver;
};

void TestFeedKeyResolver::init()
{
    qunsetenv("FINNHUB_API_KEY");
    qunsetenv("ALPHAVANTAGE_API_KEY");
    qunsetenv("TICKERLINE_TOKEN");
    m_store = std::make_unique<test::MemorySecretStore>();
    m_resolver = std::make_unique<FeedKeyResolver>(*m_store, testProviders());
}

void TestFeedKeyResolver::cleanup()
{
    m_resolver.reset();
    m_store.reset();
    qunsetenv("FINNHUB_API_KEY");
    qunsetenv("ALPHAVANTAGE_API_KEY");
    qunsetenv("TICKERLINE_TOKEN");
}

void TestFeedKeyResolver::keylessProviderPassesThrough()
{
    QSignalSpy ready(m_resolver.get(), &FeedKeyResolver::resolved);
    m_resolver->resolve(feedFor(u"simulated"_s));
    QVERIFY(ready.isEmpty());   // callers may connect after asking
    QVERIFY(ready.wait());
    QCOMPARE(readyFeed(ready).provider, u"simulated"_s);
    QVERIFY(readyFeed(ready).apiKey.isEmpty());
    QCOMPARE(m_store->requestCount(), 0);
}

void TestFeedKeyResolver::keychainKeyComesFirst()
{
    m_store->writeKey(u"finnhub"_s, u"from-keychain"_s);
    qputenv("FINNHUB_API_KEY", "from-environment");
    QSignalSpy ready(m_resolver.get(), &FeedKeyResolver::resolved);
    m_resolver->resolve(feedFor(u"finnhub"_s));
    QVERIFY(ready.wait());
    QCOMPARE(readyFeed(ready).apiKey, u"from-keychain"_s);
    QCOMPARE(readyFeed(ready).symbols, QStringList{u"AAPL"_s});
}

void TestFeedKeyResolver::environmentWhenKeychainHasNone()
{
    qputenv("FINNHUB_API_KEY", "from-environment");
    QSignalSpy ready(m_resolver.get(), &FeedKeyResolver::resolved);
    m_resolver->resolve(feedFor(u"finnhub"_s));
    QVERIFY(ready.wait());
    QCOMPARE(readyFeed(ready).apiKey, u"from-environment"_s);
}

void TestFeedKeyResolver::environmentWhenNoKeychain()
{
    m_store->setFailure({SecretError::Code::NoBackendAvailable, {}});
    qputenv("FINNHUB_API_KEY", "from-environment");
    QSignalSpy ready(m_resolver.get(), &FeedKeyResolver::resolved);
    m_resolver->resolve(feedFor(u"finnhub"_s));
    QVERIFY(ready.wait());
    QCOMPARE(readyFeed(ready).apiKey, u"from-environment"_s);
}

void TestFeedKeyResolver::noKeyFailsWithWhereToPutIt()
{
    QSignalSpy ready(m_resolver.get(), &FeedKeyResolver::resolved);
    QSignalSpy failed(m_resolver.get(), &FeedKeyResolver::failed);
    m_resolver->resolve(feedFor(u"finnhub"_s));
    QVERIFY(failed.wait());
    QVERIFY(ready.isEmpty());
    QCOMPARE(failed.constFirst().at(0).value<FeedConfig>().provider, u"finnhub"_s);
    QCOMPARE(failed.constFirst().at(1).toString(),
             u"No API key for Finnhub: add one in Settings \u2192 Providers or set FINNHUB_API_KEY."_s);
}

void TestFeedKeyResolver::noKeyAndNoKeychainSaysBoth()
{
    m_store->setFailure({SecretError::Code::NoBackendAvailable, {}});
    QSignalSpy failed(m_resolver.get(), &FeedKeyResolver::failed);
    m_resolver->resolve(feedFor(u"finnhub"_s));
    QVERIFY(failed.wait());
    const QString reason = failed.constFirst().at(1).toString();
    QVERIFY2(reason.startsWith(u"No API key for Finnhub"_s), qPrintable(reason));
    QVERIFY2(reason.contains(u"No system keychain"_s), qPrintable(reason));
}

// A keychain that cannot be reached ("Cannot autolaunch D-Bus without X11
// $DISPLAY"), a locked one, or one without the entry: a key the provider can
// do without does not stop its feed.
void TestFeedKeyResolver::optionalKeyStartsWithoutOne_data()
{
    QTest::addColumn<SecretError>("keychain");
    QTest::newRow("no entry") << SecretError{};
    QTest::newRow("no keychain") << SecretError{SecretError::Code::NoBackendAvailable,
                                                u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s};
    QTest::newRow("locked") << SecretError{SecretError::Code::AccessDenied, u"The keychain stayed locked"_s};
    QTest::newRow("failed") << SecretError{SecretError::Code::Failed, u"Unknown error"_s};
}

void TestFeedKeyResolver::optionalKeyStartsWithoutOne()
{
    QFETCH(SecretError, keychain);
    m_store->setFailure(keychain);
    QSignalSpy ready(m_resolver.get(), &FeedKeyResolver::resolved);
    QSignalSpy failed(m_resolver.get(), &FeedKeyResolver::failed);
    m_resolver->resolve(feedFor(u"tickerline"_s));
    QVERIFY(ready.wait());
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.constFirst().at(1).toString()));
    QCOMPARE(readyFeed(ready).provider, u"tickerline"_s);
    QVERIFY(readyFeed(ready).apiKey.isEmpty());
    QCOMPARE(m_store->requestCount(), 1);   // a token kept there would have been used
}

void TestFeedKeyResolver::optionalKeyIsUsedWhenThere()
{
    m_store->writeKey(u"tickerline"_s, u"read-token-from-keychain"_s);
    QSignalSpy ready(m_resolver.get(), &FeedKeyResolver::resolved);
    m_resolver->resolve(feedFor(u"tickerline"_s));
    QVERIFY(ready.wait());
    QCOMPARE(readyFeed(ready).apiKey, u"read-token-from-keychain"_s);

    m_store->setFailure({SecretError::Code::NoBackendAvailable, {}});
    qputenv("TICKERLINE_TOKEN", "read-token-from-environment");
    m_resolver->resolve(feedFor(u"tickerline"_s));
    QTRY_COMPARE(ready.size(), 2);
    QCOMPARE(readyFeed(ready, 1).apiKey, u"read-token-from-environment"_s);
}

void TestFeedKeyResolver::requiredKeyStillFailsWhenTheKeychainDoes()
{
    m_store->setFailure({SecretError::Code::Failed, u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s});
    QSignalSpy ready(m_resolver.get(), &FeedKeyResolver::resolved);
    QSignalSpy failed(m_resolver.get(), &FeedKeyResolver::failed);
    m_resolver->resolve(feedFor(u"finnhub"_s));
    QVERIFY(failed.wait());
    QVERIFY(ready.isEmpty());
    const QString reason = failed.constFirst().at(1).toString();
    QVERIFY2(reason.startsWith(u"No API key for Finnhub: add one in Settings \u2192 Providers or set FINNHUB_API_KEY."_s),
             qPrintable(reason));
}

void TestFeedKeyResolver::newerRequestWins()
{
    m_store->writeKey(u"finnhub"_s, u"from-keychain"_s);
    QSignalSpy ready(m_resolver.get(), &FeedKeyResolver::resolved);
    QSignalSpy failed(m_resolver.get(), &FeedKeyResolver::failed);
    m_store->setHeld(true);
    m_resolver->resolve(feedFor(u"finnhub"_s));
    m_resolver->resolve(feedFor(u"simulated"_s));
    QVERIFY(ready.wait());
    m_store->setHeld(false);
    QTest::qWait(50);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(readyFeed(ready).provider, u"simulated"_s);

    // The other way round, and twice the same: one answer, for the last request.
    ready.clear();
    m_resolver->resolve(feedFor(u"simulated"_s));
    m_resolver->resolve(feedFor(u"finnhub"_s));
    m_resolver->resolve(feedFor(u"finnhub"_s));
    QVERIFY(ready.wait());
    QTest::qWait(50);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(readyFeed(ready).provider, u"finnhub"_s);
    QVERIFY(failed.isEmpty());
}

// The GUI's wiring (MainWindow): the store opens at once; a feed without a key
// is reported Failed through the engine, and starts once the key is there.
void TestFeedKeyResolver::engineReportsFailureAndStartsLater()
{
    test::TempFolder folder;
    Engine engine(SystemClock::instance());
    connect(m_resolver.get(), &FeedKeyResolver::resolved, &engine, &Engine::restartFeed);
    connect(m_resolver.get(), &FeedKeyResolver::failed, &engine, &Engine::failFeed);
    QSignalSpy opened(&engine, &Engine::storeOpened);
    QSignalSpy status(&engine, &Engine::feedStatusChanged);
    QSignalSpy frames(&engine, &Engine::frameReady);

    EngineConfig config;
    config.databaseLocation = folder.path(u"ticks.sqlite"_s);
    config.feed = feedFor(u"finnhub"_s);
    config.withFeed = false;
    engine.start(config);
    m_resolver->resolve(config.feed);
    QVERIFY(opened.wait(10'000));
    QTRY_VERIFY(!status.isEmpty());
    const auto failed = status.constFirst().constFirst().value<FeedStatus>();
    QCOMPARE(failed.feed, u"finnhub"_s);
    QCOMPARE(failed.state, FeedState::Failed);
    QVERIFY(failed.message.contains(u"FINNHUB_API_KEY"_s));
    QCOMPARE(engine.config().feed.provider, u"finnhub"_s);

    // A keyless provider (no keyed one is registered here) shows a feed
    // starting after a start() without one.
    FeedConfig simulated = feedFor(u"simulated"_s);
    simulated.seed = 7;
    m_resolver->resolve(simulated);
    QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty(), 10'000);
    QCOMPARE(engine.config().feed.provider, u"simulated"_s);
}

void TestFeedKeyResolver::keyNeverLogged()
{
    const QString key = u"fh-never-in-a-log-42"_s;
    const test::LogCapture log;
    m_store->writeKey(u"finnhub"_s, key);
    QSignalSpy ready(m_resolver.get(), &FeedKeyResolver::resolved);
    m_resolver->resolve(feedFor(u"finnhub"_s));
    QVERIFY(ready.wait());
    QCOMPARE(readyFeed(ready).apiKey, key);
    QVERIFY2(log.messageContaining(key).isEmpty(), "the key was logged");
}

// A list may fall back to any key provider: each gets its key (keychain,
// then environment); one without a key fails on its own, later, in its feed.
void TestFeedKeyResolver::failoverGathersEveryKeyAndNeverFails()
{
    m_store->writeKey(u"finnhub"_s, u"from-keychain"_s);
    FeedConfig feed = feedFor(u"finnhub"_s);
    feed.failover.enabled = true;
    feed.failover.providers = {u"finnhub"_s, u"alphavantage"_s, u"yahoo"_s};
    QSignalSpy ready(m_resolver.get(), &FeedKeyResolver::resolved);
    QSignalSpy failed(m_resolver.get(), &FeedKeyResolver::failed);
    m_resolver->resolve(feed);
    QVERIFY(ready.wait());
    QVERIFY(failed.isEmpty());
    const FeedConfig resolved = readyFeed(ready);
    QCOMPARE(resolved.apiKey, u"from-keychain"_s);
    QCOMPARE(resolved.failover.apiKeys, (QHash<QString, QString>{{u"finnhub"_s, u"from-keychain"_s}}));

    qputenv("ALPHAVANTAGE_API_KEY", "av-from-environment");
    m_resolver->resolve(feed);
    QTRY_COMPARE(ready.size(), 2);
    QCOMPARE(readyFeed(ready, 1).failover.apiKeys.value(u"alphavantage"_s), u"av-from-environment"_s);
}

QTEST_MAIN(TestFeedKeyResolver)
#include "tst_feedkeyresolver.moc"
