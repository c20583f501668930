#include "ProviderFeedTesting.h"

#include <BitstampFeed.h>
#include <BitstampParser.h>
#include <Clock.h>
#include <CoreMetaTypes.h>
#include <FakeProviderServer.h>
#include <ProviderRegistry.h>
#include <StreamingFeed.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace tickerline;
using namespace Qt::StringLiterals;
using tickerline::test::FakeProviderServer;
using tickerline::test::FakeResponse;

namespace {

constexpr qint64 Now = 1'795'000'050'000;
const QString OhlcPath = u"/api/v2/ohlc/btcusd/"_s;

QString trade(qint64 id, qint64 timeMs, double price = 42000.5)
{
    return uR"({"data":{"id":%1,"timestamp":"%2","amount":0.0105,"amount_str":"0.01050000","price":%3,"type":0,)"
           uR"("microtimestamp":"%4"},"channel":"live_trades_btcusd","event":"trade"})"_s
        .arg(id)
        .arg(timeMs / 1000)
        .arg(price, 0, 'g', 17)
        .arg(timeMs * 1000 + 456);
}

QString subscribe(const char *channel)
{
    return uR"({"data":{"channel":"%1"},"event":"bts:subscribe"})"_s.arg(QString::fromLatin1(channel));
}

QJsonObject json(const QString &message)
{
    return QJsonDocument::fromJson(message.toUtf8()).object();
}

} // namespace

class TestBitstampFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void subscribesOneChannelPerPairLive();
    void ticksInTheUsersSpellingRepeatsDropped();
    void requestReconnectIsHonouredWithoutLosingTrades();
    void registryListsBitstamp();

private:
    [[nodiscard]] FeedConfig config(const QStringList &symbols) const;
    [[nodiscard]] std::unique_ptr<Feed> makeFeed(const QStringList &symbols);

    std::unique_ptr<FakeProviderServer> m_server;
    ManualClock m_clock{Now};
};

void TestBitstampFeed::init()
{
    m_clock.setNowMs(Now);
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
    m_server->setRoute(OhlcPath, FakeResponse::json(test::payload(u"bitstamp/ohlc_btcusd_60.json"_s)));
}

FeedConfig TestBitstampFeed::config(const QStringList &symbols) const
{
    FeedConfig config;
    config.provider = u"bitstamp"_s;
    config.symbols = symbols;
    config.endpoint = m_server->wsUrl(u"/"_s);
    return config;
}

std::unique_ptr<Feed> TestBitstampFeed::makeFeed(const QStringList &symbols)
{
    WebSocketOptions webSocket;
    webSocket.reconnect.backoff.baseMs = 20;
    webSocket.reconnect.backoff.capMs = 50;
    webSocket.pingIntervalMs = 0;
    return makeBitstampFeed(test::spec(u"bitstamp"_s), config(symbols), m_clock, test::streamingOptions(webSocket));
}

void TestBitstampFeed::subscribesOneChannelPerPairLive()
{
    auto feed = makeFeed({u"BTC/USD"_s, u"eth-eur"_s});
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 2);
    QCOMPARE(json(m_server->receivedMessages().at(0)), json(subscribe("live_trades_btcusd")));
    QCOMPARE(json(m_server->receivedMessages().at(1)), json(subscribe("live_trades_etheur")));
    feed->setSymbols({u"BTC/USD"_s});
    QTRY_COMPARE(m_server->receivedMessages().size(), 3);
    QCOMPARE(json(m_server->receivedMessages().at(2)),
             json(uR"({"event":"bts:unsubscribe","data":{"channel":"live_trades_etheur"}})"_s));
    QCOMPARE(m_server->webSocketConnections(), 1);
}

void TestBitstampFeed::ticksInTheUsersSpellingRepeatsDropped()
{
    auto feed = makeFeed({u"BTC/USD"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    m_server->sendText(QString::fromUtf8(test::payload(u"bitstamp/subscription_succeeded.json"_s)));
    m_server->sendText(QString::fromUtf8(test::payload(u"bitstamp/trade_btcusd.json"_s)));
    m_server->sendText(QString::fromUtf8(test::payload(u"bitstamp/trade_btcusd.json"_s)));   // again
    m_server->sendText(trade(271'234'568, Now));
    QTRY_COMPARE(test::joined<TickBatch>(tickSpy).size(), 2);
    const TickBatch ticks = test::joined<TickBatch>(tickSpy);
    QCOMPARE(ticks.at(0).symbol, u"BTC/USD"_s);
    QCOMPARE(ticks.at(0).provider, u"bitstamp"_s);
    QCOMPARE(ticks.at(0).sequence, qint64(271'234'567));
    QCOMPARE(ticks.at(1).sequence, qint64(271'234'568));
    QCOMPARE(ticks.at(1).timeMs, Now);
}

void TestBitstampFeed::requestReconnectIsHonouredWithoutLosingTrades()
{
    auto feed = makeFeed({u"BTC/USD"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy barSpy(feed.get(), &Feed::barsArrived);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    const qint64 tradeTime = Now - 5000;
    m_server->sendText(trade(10, tradeTime));
    QTRY_COMPARE(tickSpy.size(), 1);

    m_server->sendText(QString::fromUtf8(test::payload(u"bitstamp/request_reconnect.json"_s)));
    // The feed moves to a new link by itself and subscribes there.
    QTRY_COMPARE(m_server->webSocketConnections(), 2);
    QTRY_COMPARE(m_server->receivedMessages().size(), 2);
    QCOMPARE(json(m_server->receivedMessages().at(1)), json(subscribe("live_trades_btcusd")));
    QTRY_COMPARE(m_server->webSocketClientCount(), 1);
    // What both links carried is stored once; what came between is backfilled as bars.
    m_server->sendText(trade(10, tradeTime));
    m_server->sendText(trade(11, Now));
    QTRY_COMPARE(test::joined<TickBatch>(tickSpy).size(), 2);
    QCOMPARE(test::joined<TickBatch>(tickSpy).last().sequence, qint64(11));
    QTRY_COMPARE(m_server->requests(OhlcPath).size(), 1);
    const QUrlQuery query(m_server->requests(OhlcPath).first().query);
    QCOMPARE(query.queryItemValue(u"step"_s), u"60"_s);
    QCOMPARE(query.queryItemValue(u"start"_s), QString::number((tradeTime - tradeTime % 60'000) / 1000));
    QCOMPARE(query.queryItemValue(u"end"_s), QString::number(Now / 1000));
    QTRY_VERIFY(!barSpy.isEmpty());
    QCOMPARE(test::joined<BarBatch>(barSpy),
             bitstamp::parseOhlc(test::payload(u"bitstamp/ohlc_btcusd_60.json"_s), u"BTC/USD"_s, 60'000).bars);
}

void TestBitstampFeed::registryListsBitstamp()
{
    const ProviderSpec &bitstamp = test::spec(u"bitstamp"_s);
    QCOMPARE(bitstamp.transport, u"WebSocket"_s);
    QVERIFY(bitstamp.keyVariable.isEmpty());
    const std::unique_ptr<Feed> feed = ProviderRegistry::create(config({u"BTC/USD"_s}), m_clock);
    QVERIFY(qobject_cast<StreamingFeed *>(feed.get()));
}

QTEST_GUILESS_MAIN(TestBitstampFeed)
#include "tst_bitstampfeed.moc"
