#include "ProviderFeedTesting.h"

#include <BinanceFeed.h>
#include <BinanceParser.h>
#include <Clock.h>
#include <FakeProviderServer.h>
#include <CoreMetaTypes.h>
#include <ProviderRegistry.h>
#include <StreamingFeed.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

using namespace tickerline;
using namespace Qt::StringLiterals;
using tickerline::test::FakeProviderServer;
using tickerline::test::FakeResponse;

namespace {

constexpr qint64 Now = 1'795'000'050'000;
const QString KlinesPath = u"/api/v3/klines"_s;

QString trade(const QString &symbol, qint64 tradeId, qint64 timeMs, bool combined)
{
    const QString data = uR"({"e":"trade","E":%1,"s":"%2","t":%3,"p":"93426.01000000","q":"0.00053000",)"
                         uR"("T":%1,"m":false,"M":true})"_s
                             .arg(timeMs)
                             .arg(symbol)
                             .arg(tradeId);
    return combined ? uR"({"stream":"%1@trade","data":%2})"_s.arg(symbol.toLower(), data) : data;
}

QJsonObject json(const QString &message)
{
    return QJsonDocument::fromJson(message.toUtf8()).object();
}

WebSocketOptions fastOptions()
{
    WebSocketOptions options;
    options.reconnect.backoff.baseMs = 20;
    options.reconnect.backoff.capMs = 50;
    options.pingIntervalMs = 0;
    return options;
}

} // namespace

class TestBinanceFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void streamSymbols_data();
    void streamSymbols();
    void subscribesLiveWithoutReconnect();
    void combinedFramesInTheUsersSpelling();
    void handshake451Fails();
    void renewsBeforeTheConnectionLimitAndBackfills();
    void registryListsBinance();

private:
    [[nodiscard]] FeedConfig config(const QStringList &symbols) const;

    std::unique_ptr<FakeProviderServer> m_server;
    ManualClock m_clock{Now};
};

void TestBinanceFeed::init()
{
    m_clock.setNowMs(Now);
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
    m_server->setRoute(KlinesPath, FakeResponse::json(test::payload(u"binance/klines_btcusdt_1m.json"_s)));
}

FeedConfig TestBinanceFeed::config(const QStringList &symbols) const
{
    FeedConfig config;
    config.provider = u"binance"_s;
    config.symbols = symbols;
    config.endpoint = m_server->wsUrl(QString());   // no path: the adapter adds /ws
    return config;
}

void TestBinanceFeed::streamSymbols_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("stream");
    QTest::newRow("plain") << u"BTCUSDT"_s << u"btcusdt"_s;
    QTest::newRow("dash") << u"BTC-USDT"_s << u"btcusdt"_s;
    QTest::newRow("slash") << u"eth/btc"_s << u"ethbtc"_s;
}

void TestBinanceFeed::streamSymbols()
{
    QFETCH(QString, symbol);
    QFETCH(QString, stream);
    QCOMPARE(BinanceAdapter::streamSymbol(symbol), stream);
}

void TestBinanceFeed::subscribesLiveWithoutReconnect()
{
    const auto feed = makeBinanceFeed(test::spec(u"binance"_s), config({u"BTCUSDT"_s}), m_clock, test::streamingOptions(fastOptions()));
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    // The stream's handshake; other requests (logos) may reach the server first.
    const auto requests = m_server->requests();
    QVERIFY(std::any_of(requests.cbegin(), requests.cend(), [](const auto &request) { return request.path == u"/ws"_s; }));
    const QJsonObject first = json(m_server->receivedMessages().first());
    QCOMPARE(first.value(u"method").toString(), u"SUBSCRIBE"_s);
    QCOMPARE(first.value(u"params").toArray(), QJsonArray{u"btcusdt@trade"_s});

    feed->setSymbols({u"BTCUSDT"_s, u"ETH-USDT"_s});
    QTRY_COMPARE(m_server->receivedMessages().size(), 2);
    const QJsonObject added = json(m_server->receivedMessages().at(1));
    QCOMPARE(added.value(u"method").toString(), u"SUBSCRIBE"_s);
    QCOMPARE(added.value(u"params").toArray(), QJsonArray{u"ethusdt@trade"_s});
    QVERIFY(added.value(u"id").toInteger() != first.value(u"id").toInteger());

    feed->setSymbols({u"ETH-USDT"_s});
    QTRY_COMPARE(m_server->receivedMessages().size(), 3);
    const QJsonObject removed = json(m_server->receivedMessages().at(2));
    QCOMPARE(removed.value(u"method").toString(), u"UNSUBSCRIBE"_s);
    QCOMPARE(removed.value(u"params").toArray(), QJsonArray{u"btcusdt@trade"_s});
    QCOMPARE(m_server->webSocketConnections(), 1);
}

void TestBinanceFeed::combinedFramesInTheUsersSpelling()
{
    const auto feed = makeBinanceFeed(test::spec(u"binance"_s), config({u"BTC-USDT"_s}), m_clock, test::streamingOptions(fastOptions()));
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    m_server->sendText(uR"({"result":null,"id":1})"_s);
    m_server->sendText(QString::fromUtf8(test::payload(u"binance/combined_trade_btcusdt.json"_s)));
    m_server->sendText(trade(u"BTCUSDT"_s, 4'361'178'001, Now, true));    // the same trade again
    m_server->sendText(trade(u"BTCUSDT"_s, 4'361'178'002, Now, false));   // a raw frame parses too
    QTRY_COMPARE(test::joined<TickBatch>(tickSpy).size(), 2);
    const TickBatch ticks = test::joined<TickBatch>(tickSpy);
    QCOMPARE(ticks.at(0).symbol, u"BTC-USDT"_s);
    QCOMPARE(ticks.at(0).provider, u"binance"_s);
    QCOMPARE(ticks.at(0).price, 93426.01);
    QCOMPARE(ticks.at(0).size, 0.00053);
    QCOMPARE(ticks.at(0).timeMs, qint64(1'735'689'600'122));
    QCOMPARE(ticks.at(0).sequence, qint64(4'361'178'001));
    QCOMPARE(ticks.at(1).symbol, u"BTC-USDT"_s);
    QCOMPARE(ticks.at(1).sequence, qint64(4'361'178'002));
}

void TestBinanceFeed::handshake451Fails()
{
    m_server->refuseHandshakes(451, R"({"code":0,"msg":"Service unavailable from a restricted location."})");
    const auto feed = makeBinanceFeed(test::spec(u"binance"_s), config({u"BTCUSDT"_s}), m_clock, test::streamingOptions(fastOptions()));
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(test::lastStatus(statusSpy).state, FeedState::Failed);
    QVERIFY(test::lastStatus(statusSpy).message.contains(u"451"_s));
    QVERIFY(test::lastStatus(statusSpy).message.contains(u"restricted location"_s));
    QCOMPARE(m_server->refusedHandshakes(), 1);
    QVERIFY(!test::states(statusSpy).contains(FeedState::BackingOff));   // no retry storm
}

void TestBinanceFeed::renewsBeforeTheConnectionLimitAndBackfills()
{
    QCOMPARE(BinanceAdapter().maxConnectionMs(), BinanceAdapter::DefaultMaxConnectionMs);
    QVERIFY(BinanceAdapter::DefaultMaxConnectionMs < BinanceAdapter::ConnectionLimitMs);

    StreamingFeed feed(config({u"BTCUSDT"_s}), m_clock, std::make_unique<BinanceAdapter>(300), fastOptions());
    QSignalSpy tickSpy(&feed, &Feed::ticksArrived);
    QSignalSpy barSpy(&feed, &Feed::barsArrived);
    feed.start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    const qint64 tradeTime = Now - 5000;
    m_server->sendText(trade(u"BTCUSDT"_s, 7, tradeTime, false));
    QTRY_COMPARE(tickSpy.size(), 1);

    // The renewal is a reconnect like any other: subscribe again, fill the moment in between.
    QTRY_VERIFY(m_server->webSocketConnections() >= 2);
    QTRY_VERIFY(m_server->receivedMessages().size() >= 2);
    QCOMPARE(json(m_server->receivedMessages().at(1)).value(u"params").toArray(), QJsonArray{u"btcusdt@trade"_s});
    QTRY_VERIFY(!m_server->requests(KlinesPath).isEmpty());
    const QUrlQuery query(m_server->requests(KlinesPath).first().query);
    QCOMPARE(query.queryItemValue(u"symbol"_s), u"BTCUSDT"_s);
    QCOMPARE(query.queryItemValue(u"interval"_s), u"1m"_s);
    QCOMPARE(query.queryItemValue(u"startTime"_s), QString::number(tradeTime - tradeTime % 60'000));
    QCOMPARE(query.queryItemValue(u"endTime"_s), QString::number(Now));
    QTRY_VERIFY(!barSpy.isEmpty());
    const BarBatch bars = test::joined<BarBatch>(barSpy);
    QCOMPARE(bars, binance::parseKlines(test::payload(u"binance/klines_btcusdt_1m.json"_s), u"BTCUSDT"_s).bars);
    feed.stop();
    // Later renewals found nothing missing: the clock stood still.
    QCOMPARE(m_server->requests(KlinesPath).size(), 1);
}

void TestBinanceFeed::registryListsBinance()
{
    const ProviderInfo *info = ProviderRegistry::find(u"binance"_s);
    QVERIFY(info);
    QCOMPARE(info->transport, u"WebSocket"_s);
    QVERIFY(info->keyVariable.isEmpty());
    const std::unique_ptr<Feed> feed = ProviderRegistry::create(config({u"BTCUSDT"_s}), m_clock);
    QVERIFY(qobject_cast<StreamingFeed *>(feed.get()));
}

QTEST_GUILESS_MAIN(TestBinanceFeed)
#include "tst_binancefeed.moc"
