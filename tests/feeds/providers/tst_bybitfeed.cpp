#include "ProviderFeedTesting.h"

#include <BybitFeed.h>
#include <BybitParser.h>
#include <Clock.h>
#include <CoreMetaTypes.h>
#include <FakeProviderServer.h>
#include <ProviderRegistry.h>
#include <StreamingFeed.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace tickerline;
using namespace Qt::StringLiterals;
using tickerline::test::FakeKeepAlive;
using tickerline::test::FakeProviderServer;
using tickerline::test::FakeResponse;

namespace {

constexpr qint64 Now = 1'795'000'050'000;
const QString KlinePath = u"/v5/market/kline"_s;

QString trade(const QString &id, qint64 timeMs, const QString &price = u"16578.50"_s)
{
    return uR"({"topic":"publicTrade.BTCUSDT","type":"snapshot","ts":%1,"data":[{"T":%1,"s":"BTCUSDT","S":"Buy",)"
           uR"("v":"0.001","p":"%2","L":"PlusTick","i":"%3","BT":false}]})"_s
        .arg(timeMs)
        .arg(price, id);
}

QJsonObject json(const QString &message)
{
    return QJsonDocument::fromJson(message.toUtf8()).object();
}

} // namespace

class TestBybitFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void subscribesTopicsLive();
    void repeatsDroppedIdenticalPrintsKept();
    void pingsAsBybitAsks();
    void reconnectBackfillsKlines();
    void unknownSymbolFailsTheFeed();
    void registryListsBybit();

private:
    [[nodiscard]] FeedConfig config(const QStringList &symbols) const;
    [[nodiscard]] std::unique_ptr<Feed> makeFeed(const QStringList &symbols, qint64 pingIntervalMs = 3'600'000);

    std::unique_ptr<FakeProviderServer> m_server;
    ManualClock m_clock{Now};
};

void TestBybitFeed::init()
{
    m_clock.setNowMs(Now);
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
    m_server->setRoute(KlinePath, FakeResponse::json(test::payload(u"bybit/klines_btcusdt_1m.json"_s)));
}

FeedConfig TestBybitFeed::config(const QStringList &symbols) const
{
    FeedConfig config;
    config.provider = u"bybit"_s;
    config.symbols = symbols;
    config.endpoint = m_server->wsUrl(u"/v5/public/spot"_s);
    return config;
}

std::unique_ptr<Feed> TestBybitFeed::makeFeed(const QStringList &symbols, qint64 pingIntervalMs)
{
    WebSocketOptions webSocket;
    webSocket.reconnect.backoff.baseMs = 20;
    webSocket.reconnect.backoff.capMs = 50;
    webSocket.pingIntervalMs = 0;
    ProviderOptions options = test::streamingOptions(webSocket);
    options.heartbeatIntervalMs = pingIntervalMs;
    return makeBybitFeed(test::spec(u"bybit"_s), config(symbols), m_clock, options);
}

void TestBybitFeed::subscribesTopicsLive()
{
    auto feed = makeFeed({u"BTC-USDT"_s, u"eth/usdt"_s});
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    QCOMPARE(json(m_server->receivedMessages().first()),
             (QJsonObject{{u"op"_s, u"subscribe"_s},
                          {u"args"_s, QJsonArray{u"publicTrade.BTCUSDT"_s, u"publicTrade.ETHUSDT"_s}}}));
    feed->setSymbols({u"BTC-USDT"_s});
    QTRY_COMPARE(m_server->receivedMessages().size(), 2);
    QCOMPARE(json(m_server->receivedMessages().at(1)),
             (QJsonObject{{u"op"_s, u"unsubscribe"_s}, {u"args"_s, QJsonArray{u"publicTrade.ETHUSDT"_s}}}));
    QCOMPARE(m_server->webSocketConnections(), 1);
}

void TestBybitFeed::repeatsDroppedIdenticalPrintsKept()
{
    auto feed = makeFeed({u"BTC-USDT"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    m_server->sendText(QString::fromUtf8(test::payload(u"bybit/subscribe_ack.json"_s)));
    // Two identical prints; the second id hashes below the first, which a high-water mark would drop.
    const QString identical = QString::fromUtf8(test::payload(u"bybit/public_trade_identical_prints.json"_s));
    m_server->sendText(identical);
    m_server->sendText(identical);   // the same push again: both repeats
    m_server->sendText(u"{not json"_s);
    m_server->sendText(trade(u"20f43950-d8dd-5b31-9112-a178eb6023af"_s, Now));   // hashes lower still
    m_server->sendText(trade(u"2290000000061666327"_s, Now));                    // an old id once more
    m_server->sendText(trade(u"2290000000061666329"_s, Now));
    QTRY_COMPARE(test::joined<TickBatch>(tickSpy).size(), 4);
    const TickBatch ticks = test::joined<TickBatch>(tickSpy);
    QCOMPARE(ticks.at(0).symbol, u"BTC-USDT"_s);
    QCOMPARE(ticks.at(0).sequence, bybit::sequenceOf("2290000000061666327"));
    QCOMPARE(ticks.at(1).sequence, bybit::sequenceOf("2290000000061666328"));
    QCOMPARE(ticks.at(1).price, ticks.at(0).price);
    QCOMPARE(ticks.at(1).timeMs, ticks.at(0).timeMs);
    QCOMPARE(ticks.at(2).sequence, bybit::sequenceOf("20f43950-d8dd-5b31-9112-a178eb6023af"));
    QCOMPARE(ticks.at(3).sequence, bybit::sequenceOf("2290000000061666329"));
    QTRY_COMPARE_WITH_TIMEOUT(test::lastStatus(statusSpy).malformedFrames, quint64(1), 3000);
}

void TestBybitFeed::pingsAsBybitAsks()
{
    // Bybit's rule, scaled down: {"op":"ping"} or the link goes.
    m_server->expectKeepAlive({uR"({"op":"ping"})"_s, 300, QWebSocketProtocol::CloseCodeNormal, u"timeout"_s,
                               QString::fromUtf8(test::payload(u"bybit/pong_spot.json"_s)).trimmed()});
    auto feed = makeFeed({u"BTCUSDT"_s}, 50);
    feed->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_server->receivedMessages().count(uR"({"op":"ping"})"_s) >= 12, 10'000);
    QCOMPARE(m_server->keepAliveClosures(), 0);
    QCOMPARE(m_server->webSocketConnections(), 1);
    QCOMPARE(test::spec(u"bybit"_s).limits.heartbeatIntervalMs, BybitAdapter::PingIntervalMs);
}

void TestBybitFeed::reconnectBackfillsKlines()
{
    auto feed = makeFeed({u"BTC-USDT"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy barSpy(feed.get(), &Feed::barsArrived);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    const qint64 tradeTime = Now - 5000;
    m_server->sendText(trade(u"a1"_s, tradeTime));
    QTRY_COMPARE(tickSpy.size(), 1);

    m_server->abortClients();
    QTRY_COMPARE(m_server->webSocketConnections(), 2);
    QTRY_COMPARE(m_server->receivedMessages().size(), 2);
    m_server->sendText(trade(u"a1"_s, tradeTime));   // a repeat across the reconnect
    m_server->sendText(trade(u"a2"_s, Now));
    QTRY_COMPARE(test::joined<TickBatch>(tickSpy).size(), 2);
    QCOMPARE(test::joined<TickBatch>(tickSpy).last().sequence, bybit::sequenceOf("a2"));

    QTRY_COMPARE(m_server->requests(KlinePath).size(), 1);
    const QUrlQuery query(m_server->requests(KlinePath).first().query);
    QCOMPARE(query.queryItemValue(u"category"_s), u"spot"_s);
    QCOMPARE(query.queryItemValue(u"symbol"_s), u"BTCUSDT"_s);
    QCOMPARE(query.queryItemValue(u"interval"_s), u"1"_s);
    QCOMPARE(query.queryItemValue(u"start"_s), QString::number(tradeTime - tradeTime % 60'000));
    QCOMPARE(query.queryItemValue(u"end"_s), QString::number(Now));
    QTRY_VERIFY(!barSpy.isEmpty());
    QCOMPARE(test::joined<BarBatch>(barSpy),
             bybit::parseKlines(test::payload(u"bybit/klines_btcusdt_1m.json"_s), u"BTC-USDT"_s, 60'000).bars);
}

void TestBybitFeed::unknownSymbolFailsTheFeed()
{
    auto feed = makeFeed({u"BTC-XYZ"_s});
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    m_server->sendText(QString::fromUtf8(test::payload(u"bybit/subscribe_error_invalid_symbol.json"_s)));
    QTRY_COMPARE(test::lastStatus(statusSpy).state, FeedState::Failed);
    QVERIFY(test::lastStatus(statusSpy).message.contains(u"Invalid symbol"_s));
}

void TestBybitFeed::registryListsBybit()
{
    const ProviderSpec &bybit = test::spec(u"bybit"_s);
    QCOMPARE(bybit.transport, u"WebSocket"_s);
    QVERIFY(bybit.keyVariable.isEmpty());
    QCOMPARE(bybit.limits.heartbeatMessage, uR"({"op":"ping"})"_s);
    const std::unique_ptr<Feed> feed = ProviderRegistry::create(config({u"BTCUSDT"_s}), m_clock);
    QVERIFY(qobject_cast<StreamingFeed *>(feed.get()));
}

QTEST_GUILESS_MAIN(TestBybitFeed)
#include "tst_bybitfeed.moc"
