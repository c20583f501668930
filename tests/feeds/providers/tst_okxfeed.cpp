#include "ProviderFeedTesting.h"

#include <Clock.h>
#include <CoreMetaTypes.h>
#include <FakeProviderServer.h>
#include <OkxFeed.h>
#include <OkxParser.h>
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
using tickerline::test::FakeKeepAlive;
using tickerline::test::FakeProviderServer;
using tickerline::test::FakeResponse;

namespace {

// Mid-minute, so that bar alignment shows in the requested span.
constexpr qint64 Now = 1'795'000'050'000;
const QString CandlesPath = u"/api/v5/market/history-candles"_s;

QString trade(const QString &instrument, qint64 tradeId, qint64 timeMs, const QString &price = u"42219.9"_s)
{
    return uR"({"arg":{"channel":"trades","instId":"%1"},"data":[{"instId":"%1","tradeId":"%2","px":"%3",)"
           uR"("sz":"0.01","side":"buy","ts":"%4","count":"1","source":"0"}]})"_s
        .arg(instrument)
        .arg(tradeId)
        .arg(price)
        .arg(timeMs);
}

QJsonObject json(const QString &message)
{
    return QJsonDocument::fromJson(message.toUtf8()).object();
}

// OKX's rule, scaled down: "ping" at least every 300 ms or the link is closed with 4004.
FakeKeepAlive okxKeepAlive(qint64 withinMs = 300)
{
    return {u"ping"_s, withinMs, 4004, u"No data received in 30s"_s, u"pong"_s};
}

} // namespace

class TestOkxFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void subscribesEveryInstrumentLive();
    void ticksInTheUsersSpellingRepeatsDropped();
    void malformedFramesAreCountedAndSkipped();
    void textPingKeepsTheLinkOpen();
    void withoutThePingTheServerCloses4004AndTheFeedReconnects();
    void reconnectBackfillsCandles();
    void unknownInstrumentFailsTheFeed();
    void registryListsOkx();

private:
    [[nodiscard]] FeedConfig config(const QStringList &symbols) const;
    [[nodiscard]] std::unique_ptr<Feed> makeFeed(const QStringList &symbols, qint64 pingIntervalMs = 3'600'000);

    std::unique_ptr<FakeProviderServer> m_server;
    ManualClock m_clock{Now};
};

void TestOkxFeed::init()
{
    m_clock.setNowMs(Now);
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
    m_server->setRoute(CandlesPath, FakeResponse::json(test::payload(u"okx/candles_btc_usdt_1m.json"_s)));
}

FeedConfig TestOkxFeed::config(const QStringList &symbols) const
{
    FeedConfig config;
    config.provider = u"okx"_s;
    config.symbols = symbols;
    config.endpoint = m_server->wsUrl(u"/ws/v5/public"_s);   // the REST base follows: same host and port
    return config;
}

std::unique_ptr<Feed> TestOkxFeed::makeFeed(const QStringList &symbols, qint64 pingIntervalMs)
{
    WebSocketOptions webSocket;
    webSocket.reconnect.backoff.baseMs = 20;
    webSocket.reconnect.backoff.capMs = 50;
    webSocket.pingIntervalMs = 0;   // protocol pings would not satisfy OKX anyway
    ProviderOptions options = test::streamingOptions(webSocket);
    options.heartbeatIntervalMs = pingIntervalMs;
    return makeOkxFeed(test::spec(u"okx"_s), config(symbols), m_clock, options);
}

void TestOkxFeed::subscribesEveryInstrumentLive()
{
    auto feed = makeFeed({u"BTC-USDT"_s, u"eth/usdt"_s});
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    const auto arg = [](const char *instrument) {
        return QJsonObject{{u"channel"_s, u"trades"_s}, {u"instId"_s, QString::fromLatin1(instrument)}};
    };
    QCOMPARE(json(m_server->receivedMessages().first()),
             (QJsonObject{{u"op"_s, u"subscribe"_s}, {u"args"_s, QJsonArray{arg("BTC-USDT"), arg("ETH-USDT")}}}));

    feed->setSymbols({u"BTC-USDT"_s});
    QTRY_COMPARE(m_server->receivedMessages().size(), 2);
    QCOMPARE(json(m_server->receivedMessages().at(1)),
             (QJsonObject{{u"op"_s, u"unsubscribe"_s}, {u"args"_s, QJsonArray{arg("ETH-USDT")}}}));
    QCOMPARE(m_server->webSocketConnections(), 1);
}

void TestOkxFeed::ticksInTheUsersSpellingRepeatsDropped()
{
    auto feed = makeFeed({u"btc/usdt"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    m_server->sendText(QString::fromUtf8(test::payload(u"okx/subscribe_ack.json"_s)));
    m_server->sendText(QString::fromUtf8(test::payload(u"okx/trades_btc_usdt.json"_s)));
    // Two identical prints with their own ids, then the same push again.
    const QString identical = QString::fromUtf8(test::payload(u"okx/trades_identical_prints.json"_s));
    m_server->sendText(identical);
    m_server->sendText(identical);
    m_server->sendText(u"pong"_s);
    m_server->sendText(trade(u"BTC-USDT"_s, 130'639'477, Now));
    QTRY_COMPARE(test::joined<TickBatch>(tickSpy).size(), 4);
    const TickBatch ticks = test::joined<TickBatch>(tickSpy);
    QCOMPARE(ticks.at(0).symbol, u"btc/usdt"_s);
    QCOMPARE(ticks.at(0).provider, u"okx"_s);
    QCOMPARE(ticks.at(0).sequence, qint64(130'639'474));
    QCOMPARE(ticks.at(1).sequence, qint64(130'639'475));
    QCOMPARE(ticks.at(2).sequence, qint64(130'639'476));
    QCOMPARE(ticks.at(2).price, ticks.at(1).price);
    QCOMPARE(ticks.at(3).sequence, qint64(130'639'477));
    QCOMPARE(ticks.at(3).timeMs, Now);
}

void TestOkxFeed::malformedFramesAreCountedAndSkipped()
{
    auto feed = makeFeed({u"BTC-USDT"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    m_server->sendText(u"{not json"_s);
    m_server->sendText(uR"({"arg":{"channel":"trades","instId":"BTC-USDT"},"data":[{"instId":"BTC-USDT","px":"x"}]})"_s);
    m_server->sendText(trade(u"BTC-USDT"_s, 1, Now));
    QTRY_COMPARE(test::joined<TickBatch>(tickSpy).size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(test::lastStatus(statusSpy).malformedFrames, quint64(2), 3000);
    QCOMPARE(m_server->webSocketConnections(), 1);   // never fatal
}

void TestOkxFeed::textPingKeepsTheLinkOpen()
{
    m_server->expectKeepAlive(okxKeepAlive());
    // The spec's keep-alive at a test interval: six pings fit in every 300 ms window.
    auto feed = makeFeed({u"BTC-USDT"_s}, 50);
    feed->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_server->receivedMessages().count(u"ping"_s) >= 12, 10'000);
    QCOMPARE(m_server->keepAliveClosures(), 0);
    QCOMPARE(m_server->webSocketConnections(), 1);
    QCOMPARE(json(m_server->receivedMessages().first()).value(u"op").toString(), u"subscribe"_s);
    // Text, never JSON: OKX answers nothing else.
    QCOMPARE(test::spec(u"okx"_s).limits.heartbeatMessage, u"ping"_s);
    QVERIFY(test::spec(u"okx"_s).limits.heartbeatIntervalMs < OkxAdapter::IdleCloseMs);
}

void TestOkxFeed::withoutThePingTheServerCloses4004AndTheFeedReconnects()
{
    m_server->expectKeepAlive(okxKeepAlive(100));
    auto feed = makeFeed({u"BTC-USDT"_s});   // pings an hour apart
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_VERIFY(m_server->keepAliveClosures() >= 1);
    QTRY_VERIFY(m_server->webSocketConnections() >= 2);
    const bool named = std::any_of(statusSpy.cbegin(), statusSpy.cend(), [](const QList<QVariant> &call) {
        return call.at(0).value<FeedStatus>().message.contains(u"4004"_s);
    });
    QVERIFY(named);
}

void TestOkxFeed::reconnectBackfillsCandles()
{
    auto feed = makeFeed({u"BTC-USDT"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy barSpy(feed.get(), &Feed::barsArrived);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    const qint64 tradeTime = Now - 5000;
    m_server->sendText(trade(u"BTC-USDT"_s, 7, tradeTime));
    QTRY_COMPARE(tickSpy.size(), 1);

    m_server->abortClients();
    QTRY_COMPARE(m_server->webSocketConnections(), 2);
    QTRY_COMPARE(m_server->receivedMessages().size(), 2);
    m_server->sendText(trade(u"BTC-USDT"_s, 7, tradeTime));   // a repeat across the reconnect
    m_server->sendText(trade(u"BTC-USDT"_s, 8, Now));
    QTRY_COMPARE(test::joined<TickBatch>(tickSpy).size(), 2);
    QCOMPARE(test::joined<TickBatch>(tickSpy).last().sequence, qint64(8));

    QTRY_COMPARE(m_server->requests(CandlesPath).size(), 1);
    const QUrlQuery query(m_server->requests(CandlesPath).first().query);
    QCOMPARE(query.queryItemValue(u"instId"_s), u"BTC-USDT"_s);
    QCOMPARE(query.queryItemValue(u"bar"_s), u"1m"_s);
    const qint64 minute = tradeTime - tradeTime % 60'000;
    QCOMPARE(query.queryItemValue(u"before"_s), QString::number(minute - 1));
    QCOMPARE(query.queryItemValue(u"after"_s), QString::number(Now));
    QCOMPARE(query.queryItemValue(u"limit"_s), u"100"_s);
    QTRY_VERIFY(!barSpy.isEmpty());
    QCOMPARE(test::joined<BarBatch>(barSpy),
             okx::parseCandles(test::payload(u"okx/candles_btc_usdt_1m.json"_s), u"BTC-USDT"_s, 60'000).bars);
}

void TestOkxFeed::unknownInstrumentFailsTheFeed()
{
    auto feed = makeFeed({u"BTC-XYZ"_s});
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    m_server->sendText(QString::fromUtf8(test::payload(u"okx/error_unknown_instrument.json"_s)));
    QTRY_COMPARE(test::lastStatus(statusSpy).state, FeedState::Failed);
    QVERIFY(test::lastStatus(statusSpy).message.contains(u"doesn't exist"_s));
    QCOMPARE(m_server->webSocketConnections(), 1);
}

void TestOkxFeed::registryListsOkx()
{
    const ProviderSpec &okx = test::spec(u"okx"_s);
    QCOMPARE(okx.transport, u"WebSocket"_s);
    QVERIFY(okx.keyVariable.isEmpty());
    const std::unique_ptr<Feed> feed = ProviderRegistry::create(config({u"BTC-USDT"_s}), m_clock);
    QVERIFY(qobject_cast<StreamingFeed *>(feed.get()));
}

QTEST_GUILESS_MAIN(TestOkxFeed)
#include "tst_okxfeed.moc"
