#include "ProviderFeedTesting.h"

#include <Clock.h>
#include <FakeProviderServer.h>
#include <CoreMetaTypes.h>
#include <JsonFeeds.h>
#include <ProviderRegistry.h>

#include <QTest>

#include <algorithm>

using namespace tickerline;
using namespace Qt::StringLiterals;
using tickerline::test::FakeProviderServer;
using tickerline::test::FakeResponse;

namespace {

constexpr qint64 Now = 1'795'000'050'000;

// tests/data/providers/jsonmapping/batch_iso.json: {"type":"trades","data":[{"s","p","t" (ISO),"v"}, …]}
JsonMappingConfig batchMapping()
{
    JsonMappingConfig mapping;
    mapping.itemsPointer = u"/data"_s;
    mapping.symbolPointer = u"/s"_s;
    mapping.pricePointer = u"/p"_s;
    mapping.timePointer = u"/t"_s;
    mapping.sizePointer = u"/v"_s;
    mapping.timeUnit = TimeUnit::Iso8601;
    return mapping;
}

} // namespace

class TestJsonFeeds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void templates();
    void webSocketJson();
    void sse();
    void badConfigurationFails_data();
    void badConfigurationFails();
    void singleSymbolFeedNeedsNoSymbolPointer();
    void registryListsBoth();

private:
    [[nodiscard]] FeedConfig webSocketConfig() const;
    [[nodiscard]] FeedConfig sseConfig() const;

    std::unique_ptr<FakeProviderServer> m_server;
    ManualClock m_clock{Now};
};

void TestJsonFeeds::init()
{
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
    m_server->setRoute(u"/stream"_s, FakeResponse::eventStream());
}

FeedConfig TestJsonFeeds::webSocketConfig() const
{
    FeedConfig config;
    config.provider = u"websocket-json"_s;
    config.symbols = {u"AAPL"_s, u"MSFT"_s};
    config.endpoint = m_server->wsUrl(u"/quotes"_s);
    config.json.subscribeTemplate = uR"({"op":"subscribe","args":["{symbol}"]})"_s;
    config.json.unsubscribeTemplate = uR"({"op":"unsubscribe","args":"{symbols}"})"_s;
    config.json.mapping = batchMapping();
    return config;
}

FeedConfig TestJsonFeeds::sseConfig() const
{
    FeedConfig config;
    config.provider = u"sse"_s;
    config.symbols = {u"AAPL"_s, u"MSFT"_s};
    config.endpoint = m_server->httpUrl(u"/stream?format=json"_s);
    config.json.subscribeTemplate = u"symbols={symbols}"_s;
    config.json.mapping.symbolPointer = u"/symbol"_s;
    config.json.mapping.pricePointer = u"/price"_s;
    config.json.mapping.timePointer = u"/ts"_s;
    return config;
}

void TestJsonFeeds::templates()
{
    const QStringList symbols{u"AAPL"_s, uR"(A"B\C)"_s};
    QCOMPARE(expandSubscribeTemplate(uR"({"s":"{symbol}"})"_s, symbols),
             (QStringList{uR"({"s":"AAPL"})"_s, uR"({"s":"A\"B\\C"})"_s}));
    QCOMPARE(expandSubscribeTemplate(uR"({"s":"{symbols}"})"_s, symbols), QStringList{uR"({"s":"AAPL,A\"B\\C"})"_s});
    QCOMPARE(expandSubscribeTemplate(uR"({"op":"hello"})"_s, symbols), QStringList{uR"({"op":"hello"})"_s});
    QVERIFY(expandSubscribeTemplate(QString(), symbols).isEmpty());
}

void TestJsonFeeds::webSocketJson()
{
    const auto feed = ProviderRegistry::create(webSocketConfig(), m_clock);
    QVERIFY(feed);
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages(),
                 (QStringList{uR"({"op":"subscribe","args":["AAPL"]})"_s, uR"({"op":"subscribe","args":["MSFT"]})"_s}));
    // The stream's handshake went to the configured path. The logo fetches
    // reach the same server in parallel, so it need not be the first request.
    const auto requests = m_server->requests();
    QVERIFY(std::any_of(requests.cbegin(), requests.cend(),
                        [](const auto &request) { return request.path == u"/quotes"_s; }));

    m_server->sendText(QString::fromUtf8(test::payload(u"jsonmapping/batch_iso.json"_s)));
    m_server->sendText(u"{\"type\":\"trades\",\"data\":[{\"s\":\"AAPL\",\"p\":"_s);   // cut off
    QTRY_COMPARE(tickSpy.size(), 1);
    const TickBatch ticks = tickSpy.first().at(0).value<TickBatch>();
    QCOMPARE(ticks.size(), 3);
    QCOMPARE(ticks.at(0).symbol, u"AAPL"_s);
    QCOMPARE(ticks.at(0).provider, u"websocket-json"_s);
    QCOMPARE(ticks.at(0).price, 189.9);
    QCOMPARE(ticks.at(0).size, 10.0);
    QCOMPARE(ticks.at(0).timeMs, qint64(1'717'430'400'123));
    QCOMPARE(ticks.at(1).symbol, u"MSFT"_s);
    QCOMPARE(ticks.at(1).price, 415.5);
    QCOMPARE(ticks.at(2).timeMs, qint64(1'717'430'401'000));   // -04:00 made UTC
    QTRY_COMPARE_WITH_TIMEOUT(test::lastStatus(statusSpy).malformedFrames, quint64(1), 3000);
    QCOMPARE(test::lastStatus(statusSpy).state, FeedState::Live);

    feed->setSymbols({u"AAPL"_s});
    QTRY_COMPARE(m_server->receivedMessages().size(), 3);
    QCOMPARE(m_server->receivedMessages().last(), uR"({"op":"unsubscribe","args":"MSFT"})"_s);
}

void TestJsonFeeds::sse()
{
    const auto feed = ProviderRegistry::create(sseConfig(), m_clock);
    QVERIFY(feed);
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(m_server->eventStreamCount(), 1);
    QCOMPARE(m_server->requests(u"/stream"_s).first().query, u"format=json&symbols=AAPL,MSFT"_s);

    m_server->sendEvents(FakeProviderServer::sseEvent(R"({"symbol":"AAPL","price":"189.91","ts":1717430400123})", "1"));
    m_server->sendEvents(FakeProviderServer::sseEvent("not json at all", "2"));
    m_server->sendEvents(FakeProviderServer::sseEvent(R"({"symbol":"MSFT","price":415.5,"ts":1717430400456})", "3"));
    QTRY_COMPARE(test::joined<TickBatch>(tickSpy).size(), 2);
    const TickBatch ticks = test::joined<TickBatch>(tickSpy);
    QCOMPARE(ticks.at(0).symbol, u"AAPL"_s);
    QCOMPARE(ticks.at(0).price, 189.91);
    QCOMPARE(ticks.at(0).timeMs, qint64(1'717'430'400'123));
    QCOMPARE(ticks.at(0).provider, u"sse"_s);
    QCOMPARE(ticks.at(0).size, 0.0);   // no size pointer
    QCOMPARE(ticks.at(1).symbol, u"MSFT"_s);
    QTRY_COMPARE_WITH_TIMEOUT(test::lastStatus(statusSpy).malformedFrames, quint64(1), 3000);
}

void TestJsonFeeds::badConfigurationFails_data()
{
    QTest::addColumn<bool>("webSocket");
    QTest::addColumn<QString>("pricePointer");
    QTest::addColumn<QString>("symbolPointer");
    QTest::addColumn<QString>("reason");
    QTest::newRow("websocket-json: no slash") << true << u"p"_s << u"/s"_s << u"pointer"_s;
    QTest::newRow("websocket-json: bad escape") << true << u"/p"_s << u"/a~2"_s << u"pointer"_s;
    QTest::newRow("sse: no slash") << false << u"price"_s << u"/symbol"_s << u"pointer"_s;
    QTest::newRow("sse: no symbol source") << false << u"/price"_s << QString() << u"symbol"_s;
}

void TestJsonFeeds::badConfigurationFails()
{
    QFETCH(bool, webSocket);
    QFETCH(QString, pricePointer);
    QFETCH(QString, symbolPointer);
    QFETCH(QString, reason);
    FeedConfig config = webSocket ? webSocketConfig() : sseConfig();
    config.json.mapping.pricePointer = pricePointer;
    config.json.mapping.symbolPointer = symbolPointer.isEmpty() ? std::nullopt : std::optional(symbolPointer);
    QVERIFY(jsonFeedProblem(config));

    const auto feed = ProviderRegistry::create(config, m_clock);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QCOMPARE(test::lastStatus(statusSpy).state, FeedState::Failed);
    QVERIFY2(test::lastStatus(statusSpy).message.contains(reason), qPrintable(test::lastStatus(statusSpy).message));
    QVERIFY(m_server->requests().isEmpty());   // nothing hopeless was tried
}

void TestJsonFeeds::singleSymbolFeedNeedsNoSymbolPointer()
{
    FeedConfig config = sseConfig();
    config.symbols = {u"EURUSD"_s};
    config.json.mapping.symbolPointer.reset();
    QVERIFY(!jsonFeedProblem(config));
    QCOMPARE(effectiveJsonMapping(config).fixedSymbol, u"EURUSD"_s);
    QCOMPARE(effectiveJsonMapping(config).provider, u"sse"_s);

    config.endpoint = m_server->wsUrl();
    QVERIFY(jsonFeedProblem(config)->contains(u"http"_s));   // sse wants an http(s) stream
}

void TestJsonFeeds::registryListsBoth()
{
    for (const QString &name : {u"sse"_s, u"websocket-json"_s}) {
        const ProviderInfo *info = ProviderRegistry::find(name);
        QVERIFY(info);
        QVERIFY(info->keyVariable.isEmpty());
        QVERIFY(!info->description.isEmpty());
    }
    QCOMPARE(ProviderRegistry::find(u"sse"_s)->transport, u"SSE"_s);
}

QTEST_GUILESS_MAIN(TestJsonFeeds)
#include "tst_jsonfeeds.moc"
