#include "Clock.h"
#include "Engine.h"
#include "FeedStarter.h"
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

class TestFeedStarter final : public QObject
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
    void newerRequestWins();
    void engineReportsFailureAndStartsLater();
    void keyNeverLogged();

private:
    std::unique_ptr<test::MemorySecretStore> m_store;
    std::unique_ptr<FeedStarter> m_starter;
};

void TestFeedStarter::init()
{
    qunsetenv("FINNHUB_API_KEY");
    m_store = std::make_unique<test::MemorySecretStore>();
    m_starter = std::make_unique<FeedStarter>(*m_store, testProviders());
}

void TestFeedStarter::cleanup()
{
    m_starter.reset();
    m_store.reset();
    qunsetenv("FINNHUB_API_KEY");
}

void TestFeedStarter::keylessProviderPassesThrough()
{
    QSignalSpy ready(m_starter.get(), &FeedStarter::ready);
    m_starter->prepare(feedFor(u"simulated"_s));
    QVERIFY(ready.isEmpty());   // callers may connect after asking
    QVERIFY(ready.wait());
    QCOMPARE(readyFeed(ready).provider, u"simulated"_s);
    QVERIFY(readyFeed(ready).apiKey.isEmpty());
    QCOMPARE(m_store->requestCount(), 0);
}

void TestFeedStarter::keychainKeyComesFirst()
{
    m_store->writeKey(u"finnhub"_s, u"from-keychain"_s);
    qputenv("FINNHUB_API_KEY", "from-environment");
    QSignalSpy ready(m_starter.get(), &FeedStarter::ready);
    m_starter->prepare(feedFor(u"finnhub"_s));
    QVERIFY(ready.wait());
    QCOMPARE(readyFeed(ready).apiKey, u"from-keychain"_s);
    QCOMPARE(readyFeed(ready).symbols, QStringList{u"AAPL"_s});
}

void TestFeedStarter::environmentWhenKeychainHasNone()
{
    qputenv("FINNHUB_API_KEY", "from-environment");
    QSignalSpy ready(m_starter.get(), &FeedStarter::ready);
    m_starter->prepare(feedFor(u"finnhub"_s));
    QVERIFY(ready.wait());
    QCOMPARE(readyFeed(ready).apiKey, u"from-environment"_s);
}

void TestFeedStarter::environmentWhenNoKeychain()
{
    m_store->setFailure({SecretError::Code::NoBackendAvailable, {}});
    qputenv("FINNHUB_API_KEY", "from-environment");
    QSignalSpy ready(m_starter.get(), &FeedStarter::ready);
    m_starter->prepare(feedFor(u"finnhub"_s));
    QVERIFY(ready.wait());
    QCOMPARE(readyFeed(ready).apiKey, u"from-environment"_s);
}

void TestFeedStarter::noKeyFailsWithWhereToPutIt()
{
    QSignalSpy ready(m_starter.get(), &FeedStarter::ready);
    QSignalSpy failed(m_starter.get(), &FeedStarter::failed);
    m_starter->prepare(feedFor(u"finnhub"_s));
    QVERIFY(failed.wait());
    QVERIFY(ready.isEmpty());
    QCOMPARE(failed.constFirst().at(0).value<FeedConfig>().provider, u"finnhub"_s);
    QCOMPARE(failed.constFirst().at(1).toString(),
             u"No API key for Finnhub: add one in Settings \u2192 Providers or set FINNHUB_API_KEY."_s);
}

void TestFeedStarter::noKeyAndNoKeychainSaysBoth()
{
    m_store->setFailure({SecretError::Code::NoBackendAvailable, {}});
    QSignalSpy failed(m_starter.get(), &FeedStarter::failed);
    m_starter->prepare(feedFor(u"finnhub"_s));
    QVERIFY(failed.wait());
    const QString reason = failed.constFirst().at(1).toString();
    QVERIFY2(reason.startsWith(u"No API key for Finnhub"_s), qPrintable(reason));
    QVERIFY2(reason.contains(u"No system keychain"_s), qPrintable(reason));
}

void TestFeedStarter::newerRequestWins()
{
    m_store->writeKey(u"finnhub"_s, u"from-keychain"_s);
    QSignalSpy ready(m_starter.get(), &FeedStarter::ready);
    QSignalSpy failed(m_starter.get(), &FeedStarter::failed);
    m_store->setHeld(true);
    m_starter->prepare(feedFor(u"finnhub"_s));
    m_starter->prepare(feedFor(u"simulated"_s));
    QVERIFY(ready.wait());
    m_store->setHeld(false);
    QTest::qWait(50);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(readyFeed(ready).provider, u"simulated"_s);

    // The other way round, and twice the same: one answer, for the last request.
    ready.clear();
    m_starter->prepare(feedFor(u"simulated"_s));
    m_starter->prepare(feedFor(u"finnhub"_s));
    m_starter->prepare(feedFor(u"finnhub"_s));
    QVERIFY(ready.wait());
    QTest::qWait(50);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(readyFeed(ready).provider, u"finnhub"_s);
    QVERIFY(failed.isEmpty());
}

// The GUI's wiring (MainWindow): the store opens at once; a feed without a key
// is reported Failed through the engine, and starts once the key is there.
void TestFeedStarter::engineReportsFailureAndStartsLater()
{
    test::TempFolder folder;
    Engine engine(SystemClock::instance());
    connect(m_starter.get(), &FeedStarter::ready, &engine, &Engine::restartFeed);
    connect(m_starter.get(), &FeedStarter::failed, &engine, &Engine::failFeed);
    QSignalSpy opened(&engine, &Engine::storeOpened);
    QSignalSpy status(&engine, &Engine::feedStatusChanged);
    QSignalSpy frames(&engine, &Engine::frameReady);

    EngineConfig config;
    config.databaseLocation = folder.path(u"ticks.sqlite"_s);
    config.feed = feedFor(u"finnhub"_s);
    config.withFeed = false;
    engine.start(config);
    m_starter->prepare(config.feed);
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
    m_starter->prepare(simulated);
    QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty(), 10'000);
    QCOMPARE(engine.config().feed.provider, u"simulated"_s);
}

void TestFeedStarter::keyNeverLogged()
{
    const QString key = u"fh-never-in-a-log-42"_s;
    const test::LogCapture log;
    m_store->writeKey(u"finnhub"_s, key);
    QSignalSpy ready(m_starter.get(), &FeedStarter::ready);
    m_starter->prepare(feedFor(u"finnhub"_s));
    QVERIFY(ready.wait());
    QCOMPARE(readyFeed(ready).apiKey, key);
    QVERIFY2(log.messageContaining(key).isEmpty(), "the key was logged");
}

QTEST_MAIN(TestFeedStarter)
#include "tst_feedstarter.moc"
