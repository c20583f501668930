#include "ProviderFeedTesting.h"

#include <Clock.h>
#include <CoreMetaTypes.h>
#include <FakeProviderServer.h>
#include <KrakenFeed.h>
#include <KrakenParser.h>
#include <ProviderRegistry.h>
#include <StreamingFeed.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace tickerline;
using namespace Qt::StringLiterals;
using tickerline::test::FakeProviderServer;
using tickerline::test::FakeResponse;

namespace {

// Mid-minute, so that bar alignment shows in the requested span.
constexpr qint64 Now = 1'795'000'050'000;
const QString OhlcPath = u"/0/public/OHLC"_s;

// One trade as Kraken v2 writes it: JSON numbers, RFC 3339 with µs.
QString tradeObject(const QString &symbol, qint64 tradeId, qint64 timeMs, double price = 93426.1, double qty = 0.00053)
{
    const QString time =
        QDateTime::fromMSecsSinceEpoch(timeMs, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss.zzz'412Z'"_s);
    return uR"({"symbol":"%1","side":"sell","price":%2,"qty":%3,"ord_type":"market","trade_id":%4,"timestamp":"%5"})"_s
        .arg(symbol)
        .arg(price, 0, 'g', 17)
        .arg(qty, 0, 'g', 17)
        .arg(tradeId)
        .arg(time);
}

QString trades(const QString &type, const QStringList &objects)
{
    return uR"({"channel":"trade","type":"%1","data":[%2]})"_s.arg(type, objects.join(u','));
}

QJsonObject json(const QString &message)
{
    return QJsonDocument::fromJson(message.toUtf8()).object();
}

QJsonArray subscribedPairs(const QString &message)
{
    return json(message).value(u"params").toObject().value(u"symbol").toArray();
}

} // namespace

class TestKrakenFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void subscribesInTheV2SpellingLive();
    void ticksInTheUsersSpelling();
    void malformedFramesAreCountedAndSkipped();
    void reconnectDropsTheReplayedSnapshotAndBackfills();
    void pingsAtTheSpecsInterval();
    void unknownPairIsDropped();
    void registryListsKraken();

private:
    [[nodiscard]] FeedConfig config(const QStringList &symbols) const;
    [[nodiscard]] std::unique_ptr<Feed> makeFeed(const QStringList &symbols, ProviderOptions options = {});

    std::unique_ptr<FakeProviderServer> m_server;
    ManualClock m_clock{Now};
};

void TestKrakenFeed::init()
{
    m_clock.setNowMs(Now);
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
    m_server->setRoute(OhlcPath, FakeResponse::json(test::payload(u"kraken/ohlc_xbtusd_1m.json"_s)));
}

FeedConfig TestKrakenFeed::config(const QStringList &symbols) const
{
    FeedConfig config;
    config.provider = u"kraken"_s;
    config.symbols = symbols;
    config.endpoint = m_server->wsUrl(u"/v2"_s);   // the REST base follows: same host and port
    return config;
}

std::unique_ptr<Feed> TestKrakenFeed::makeFeed(const QStringList &symbols, ProviderOptions options)
{
    WebSocketOptions webSocket;
    webSocket.reconnect.backoff.baseMs = 20;
    webSocket.reconnect.backoff.capMs = 50;
    webSocket.pingIntervalMs = 0;
    ProviderOptions out = test::streamingOptions(webSocket);
    out.heartbeatIntervalMs = options.heartbeatIntervalMs.value_or(3'600'000);   // no pings unless a test asks
    return makeKrakenFeed(test::spec(u"kraken"_s), config(symbols), m_clock, out);
}

void TestKrakenFeed::subscribesInTheV2SpellingLive()
{
    auto feed = makeFeed({u"XBTUSD"_s, u"XDG/USD"_s});
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    const QJsonObject first = json(m_server->receivedMessages().first());
    QCOMPARE(first.value(u"method").toString(), u"subscribe"_s);
    QCOMPARE(first.value(u"params").toObject().value(u"channel").toString(), u"trade"_s);
    QCOMPARE(subscribedPairs(m_server->receivedMessages().first()), (QJsonArray{u"BTC/USD"_s, u"DOGE/USD"_s}));
    QVERIFY(first.value(u"req_id").isDouble());

    feed->setSymbols({u"XBTUSD"_s, u"XDG/USD"_s, u"ETH-USD"_s});
    QTRY_COMPARE(m_server->receivedMessages().size(), 2);
    QCOMPARE(json(m_server->receivedMessages().at(1)).value(u"method").toString(), u"subscribe"_s);
    QCOMPARE(subscribedPairs(m_server->receivedMessages().at(1)), QJsonArray{u"ETH/USD"_s});
    QVERIFY(json(m_server->receivedMessages().at(1)).value(u"req_id") != first.value(u"req_id"));

    feed->setSymbols({u"ETH-USD"_s});
    QTRY_COMPARE(m_server->receivedMessages().size(), 3);
    QCOMPARE(json(m_server->receivedMessages().at(2)).value(u"method").toString(), u"unsubscribe"_s);
    QCOMPARE(subscribedPairs(m_server->receivedMessages().at(2)), (QJsonArray{u"BTC/USD"_s, u"DOGE/USD"_s}));
    QCOMPARE(m_server->webSocketConnections(), 1);
}

void TestKrakenFeed::ticksInTheUsersSpelling()
{
    auto feed = makeFeed({u"XBTUSD"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    m_server->sendText(QString::fromUtf8(test::payload(u"kraken/subscribe_ack.json"_s)));
    // Two identical prints (ids 81749261, 81749262), then the same frame again.
    const QString update = QString::fromUtf8(test::payload(u"kraken/trade_update_btc_usd.json"_s));
    m_server->sendText(update);
    m_server->sendText(update);
    m_server->sendText(QString::fromUtf8(test::payload(u"kraken/heartbeat.json"_s)));
    m_server->sendText(trades(u"update"_s, {tradeObject(u"BTC/USD"_s, 81'749'263, Now)}));
    QTRY_COMPARE(test::joined<TickBatch>(tickSpy).size(), 3);
    const TickBatch ticks = test::joined<TickBatch>(tickSpy);
    QCOMPARE(ticks.at(0).symbol, u"XBTUSD"_s);
    QCOMPARE(ticks.at(0).provider, u"kraken"_s);
    QCOMPARE(ticks.at(0).price, 93426.1);
    QCOMPARE(ticks.at(0).size, 0.00053);
    QCOMPARE(ticks.at(0).timeMs, qint64(1'735'689'600'122));
    QCOMPARE(ticks.at(0).sequence, qint64(81'749'261));
    QCOMPARE(ticks.at(1).sequence, qint64(81'749'262));   // identical print, its own trade
    QCOMPARE(ticks.at(2).sequence, qint64(81'749'263));
    QCOMPARE(ticks.at(2).timeMs, Now);
}

void TestKrakenFeed::malformedFramesAreCountedAndSkipped()
{
    auto feed = makeFeed({u"BTC/USD"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    m_server->sendText(u"{not json"_s);
    m_server->sendText(trades(u"update"_s, {tradeObject(u"BTC/USD"_s, 1, Now),
                                            uR"({"symbol":"BTC/USD","price":"x","qty":1,"trade_id":2})"_s}));
    m_server->sendText(trades(u"update"_s, {tradeObject(u"BTC/USD"_s, 3, Now)}));
    QTRY_COMPARE(test::joined<TickBatch>(tickSpy).size(), 2);
    QCOMPARE(test::joined<TickBatch>(tickSpy).at(1).sequence, qint64(3));
    QTRY_COMPARE_WITH_TIMEOUT(test::lastStatus(statusSpy).malformedFrames, quint64(2), 3000);
    QCOMPARE(m_server->webSocketConnections(), 1);   // never fatal
}

void TestKrakenFeed::reconnectDropsTheReplayedSnapshotAndBackfills()
{
    auto feed = makeFeed({u"XBTUSD"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy barSpy(feed.get(), &Feed::barsArrived);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    const qint64 tradeTime = Now - 5000;
    m_server->sendText(trades(u"snapshot"_s, {tradeObject(u"BTC/USD"_s, 6, tradeTime - 10),
                                              tradeObject(u"BTC/USD"_s, 7, tradeTime)}));
    QTRY_COMPARE(test::joined<TickBatch>(tickSpy).size(), 2);

    m_server->abortClients();
    QTRY_COMPARE(m_server->webSocketConnections(), 2);
    QTRY_COMPARE(m_server->receivedMessages().size(), 2);
    QCOMPARE(subscribedPairs(m_server->receivedMessages().at(1)), QJsonArray{u"BTC/USD"_s});
    // The new subscription's snapshot repeats what was delivered, newest first here: only 8 is new.
    m_server->sendText(trades(u"snapshot"_s, {tradeObject(u"BTC/USD"_s, 8, Now), tradeObject(u"BTC/USD"_s, 7, tradeTime),
                                              tradeObject(u"BTC/USD"_s, 6, tradeTime - 10)}));
    QTRY_COMPARE(test::joined<TickBatch>(tickSpy).size(), 3);
    QCOMPARE(test::joined<TickBatch>(tickSpy).last().sequence, qint64(8));

    // The outage is filled from OHLC in the REST spelling, from the minute of the last trade.
    QTRY_COMPARE(m_server->requests(OhlcPath).size(), 1);
    const QUrlQuery query(m_server->requests(OhlcPath).first().query);
    QCOMPARE(query.queryItemValue(u"pair"_s), u"XBTUSD"_s);
    QCOMPARE(query.queryItemValue(u"interval"_s), u"1"_s);
    const qint64 minute = tradeTime - tradeTime % 60'000;
    QCOMPARE(query.queryItemValue(u"since"_s), QString::number(minute / 1000 - 1));
    QTRY_VERIFY(!barSpy.isEmpty());
    const BarBatch bars = test::joined<BarBatch>(barSpy);
    QCOMPARE(bars, kraken::parseOhlc(test::payload(u"kraken/ohlc_xbtusd_1m.json"_s), u"XBTUSD"_s, 60).bars);
    QCOMPARE(bars.first().symbol, u"XBTUSD"_s);
}

void TestKrakenFeed::pingsAtTheSpecsInterval()
{
    ProviderOptions options;
    options.heartbeatIntervalMs = 30;
    auto feed = makeFeed({u"BTC/USD"_s}, options);
    feed->start();
    QTRY_VERIFY(m_server->receivedMessages().size() >= 3);
    const QStringList received = m_server->receivedMessages();
    QCOMPARE(json(received.first()).value(u"method").toString(), u"subscribe"_s);
    QCOMPARE(json(received.at(1)), (QJsonObject{{u"method"_s, u"ping"_s}}));
    QCOMPARE(json(received.at(2)), (QJsonObject{{u"method"_s, u"ping"_s}}));
    QCOMPARE(test::spec(u"kraken"_s).limits.heartbeatIntervalMs, KrakenAdapter::DefaultPingIntervalMs);
}

void TestKrakenFeed::unknownPairIsDropped()
{
    auto feed = makeFeed({u"XBTUSD"_s, u"DOGE/XYZ"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    m_server->sendText(QString::fromUtf8(test::payload(u"kraken/subscribe_error_unknown_pair.json"_s)));
    m_server->sendText(QString::fromUtf8(test::payload(u"kraken/trade_update_btc_usd.json"_s)));
    QTRY_COMPARE(test::joined<TickBatch>(tickSpy).size(), 2);
    QVERIFY(!test::states(statusSpy).contains(FeedState::Failed));
    feed.reset();
    QTRY_COMPARE(m_server->webSocketClientCount(), 0);

    // With nothing left, the feed fails with Kraken's words instead of retrying.
    auto lonely = makeFeed({u"DOGE/XYZ"_s});
    QSignalSpy lonelyStatus(lonely.get(), &Feed::statusChanged);
    lonely->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 2);
    m_server->sendText(QString::fromUtf8(test::payload(u"kraken/subscribe_error_unknown_pair.json"_s)));
    QTRY_COMPARE(test::lastStatus(lonelyStatus).state, FeedState::Failed);
    QVERIFY(test::lastStatus(lonelyStatus).message.contains(u"Currency pair not supported"_s));
}

void TestKrakenFeed::registryListsKraken()
{
    const ProviderSpec &kraken = test::spec(u"kraken"_s);
    QCOMPARE(kraken.transport, u"WebSocket"_s);
    QVERIFY(kraken.keyVariable.isEmpty());
    QCOMPARE(kraken.limits.heartbeatMessage, uR"({"method":"ping"})"_s);
    const std::unique_ptr<Feed> feed = ProviderRegistry::create(config({u"BTC/USD"_s}), m_clock);
    QVERIFY(qobject_cast<StreamingFeed *>(feed.get()));
    FeedConfig http = config({u"BTC/USD"_s});
    http.endpoint = m_server->httpUrl();
    QVERIFY(!qobject_cast<StreamingFeed *>(ProviderRegistry::create(http, m_clock).get()));
}

QTEST_GUILESS_MAIN(TestKrakenFeed)
#include "tst_krakenfeed.moc"
