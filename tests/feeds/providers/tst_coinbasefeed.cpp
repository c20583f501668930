#include "ProviderFeedTesting.h"

#include <Clock.h>
#include <CoinbaseFeed.h>
#include <CoinbaseParser.h>
#include <FakeProviderServer.h>
#include <CoreMetaTypes.h>
#include <ProviderRegistry.h>

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

// Mid-minute, so that candle alignment shows in the requested span.
constexpr qint64 Now = 1'795'000'050'000;
const QString CandlesPath = u"/products/BTC-USD/candles"_s;

QString isoSeconds(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

// A ticker as Coinbase writes it: string numbers, µs in the time.
QString ticker(qint64 sequence, qint64 tradeId, qint64 timeMs, const QString &price = u"99727.43"_s,
               const QString &product = u"BTC-USD"_s)
{
    const QString time =
        QDateTime::fromMSecsSinceEpoch(timeMs, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss.zzz'523Z'"_s);
    return uR"({"type":"ticker","sequence":%1,"product_id":"%2","price":"%3","side":"sell","time":"%4",)"
           uR"("trade_id":%5,"last_size":"0.000028"})"_s
        .arg(sequence)
        .arg(product, price, time)
        .arg(tradeId);
}

QString heartbeat(qint64 sequence, qint64 lastTradeId, const QString &product = u"BTC-USD"_s)
{
    return uR"({"type":"heartbeat","last_trade_id":%1,"product_id":"%2","sequence":%3,)"
           uR"("time":"2026-11-19T09:00:00.000000Z"})"_s
        .arg(lastTradeId)
        .arg(product)
        .arg(sequence);
}

QJsonObject json(const QString &message)
{
    return QJsonDocument::fromJson(message.toUtf8()).object();
}

} // namespace

class TestCoinbaseFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void subscribesOnEveryConnect();
    void setSymbolsUnsubscribesLive();
    void tickerBecomesTick();
    void duplicatesAreDropped();
    void tradeIdGapBackfillsCandles();
    void silenceGoesStaleThenReconnectBackfills();
    void rateLimitedBackfillIsRetriedOnce();
    void httpEndpointFails();
    void registryListsCoinbase();

private:
    [[nodiscard]] std::unique_ptr<Feed> makeFeed(const QStringList &symbols, qint64 staleTimeoutMs = 30'000);

    std::unique_ptr<FakeProviderServer> m_server;
    ManualClock m_clock{Now};
};

void TestCoinbaseFeed::init()
{
    m_clock.setNowMs(Now);
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
    m_server->setRoute(CandlesPath, FakeResponse::json(test::payload(u"coinbase/candles_btc_usd_60.json"_s)));
}

std::unique_ptr<Feed> TestCoinbaseFeed::makeFeed(const QStringList &symbols, qint64 staleTimeoutMs)
{
    FeedConfig config;
    config.provider = u"coinbase"_s;
    config.symbols = symbols;
    config.endpoint = m_server->wsUrl(u"/"_s);   // the REST base follows: same host and port
    config.staleTimeoutMs = staleTimeoutMs;
    WebSocketOptions options;
    options.reconnect.backoff.baseMs = 20;
    options.reconnect.backoff.capMs = 50;
    options.pingIntervalMs = 0;
    return makeCoinbaseFeed(test::spec(u"coinbase"_s), config, m_clock, test::streamingOptions(options));
}

void TestCoinbaseFeed::subscribesOnEveryConnect()
{
    auto feed = makeFeed({u"BTC-USD"_s, u"eth-usd"_s});
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    const QJsonObject subscribe = json(m_server->receivedMessages().first());
    QCOMPARE(subscribe.value(u"type").toString(), u"subscribe"_s);
    QCOMPARE(subscribe.value(u"product_ids").toArray(), (QJsonArray{u"BTC-USD"_s, u"ETH-USD"_s}));
    QCOMPARE(subscribe.value(u"channels").toArray(), (QJsonArray{u"ticker"_s, u"heartbeat"_s}));

    m_server->closeClients(QWebSocketProtocol::CloseCodeGoingAway, u"restart"_s);
    QTRY_COMPARE(m_server->receivedMessages().size(), 2);
    QCOMPARE(json(m_server->receivedMessages().last()), subscribe);
    QCOMPARE(m_server->webSocketConnections(), 2);
}

void TestCoinbaseFeed::setSymbolsUnsubscribesLive()
{
    auto feed = makeFeed({u"BTC-USD"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    feed->setSymbols({u"ETH-USD"_s});
    QTRY_COMPARE(m_server->receivedMessages().size(), 3);
    const QJsonObject unsubscribe = json(m_server->receivedMessages().at(1));
    QCOMPARE(unsubscribe.value(u"type").toString(), u"unsubscribe"_s);
    QCOMPARE(unsubscribe.value(u"product_ids").toArray(), QJsonArray{u"BTC-USD"_s});
    QCOMPARE(json(m_server->receivedMessages().at(2)).value(u"product_ids").toArray(), QJsonArray{u"ETH-USD"_s});
    QCOMPARE(m_server->webSocketConnections(), 1);

    // A ticker still in flight for the product just left is not news any more.
    m_server->sendText(ticker(1, 1, Now - 1000));
    m_server->sendText(ticker(2, 2, Now - 1000, u"3801.2"_s, u"ETH-USD"_s));
    QTRY_COMPARE(tickSpy.size(), 1);
    QCOMPARE(tickSpy.first().at(0).value<TickBatch>().first().symbol, u"ETH-USD"_s);
}

void TestCoinbaseFeed::tickerBecomesTick()
{
    auto feed = makeFeed({u"BTC-USD"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    m_server->sendText(QString::fromUtf8(test::payload(u"coinbase/subscriptions.json"_s)));
    m_server->sendText(QString::fromUtf8(test::payload(u"coinbase/ticker_btc_usd.json"_s)));
    QTRY_COMPARE(tickSpy.size(), 1);
    const Tick tick = tickSpy.first().at(0).value<TickBatch>().first();
    QCOMPARE(tick.symbol, u"BTC-USD"_s);
    QCOMPARE(tick.provider, u"coinbase"_s);
    QCOMPARE(tick.price, 99727.43);
    QCOMPARE(tick.size, 0.000028);                // last_size: this trade, not the 24 h volume
    QCOMPARE(tick.timeMs, 1'733'594'406'223);     // 18:00:06.223523Z, µs cut to ms
    QCOMPARE(tick.sequence, qint64(93'526'013'152));
    QCOMPARE(tick.receivedMs, Now);
}

void TestCoinbaseFeed::duplicatesAreDropped()
{
    CoinbaseAdapter adapter;
    (void)adapter.subscribeMessages({u"BTC-USD"_s});
    QCOMPARE(adapter.parse(test::textFrame(ticker(10, 100, Now), Now)).ticks.size(), 1);
    const ParseResult repeat = adapter.parse(test::textFrame(ticker(10, 100, Now), Now));
    QVERIFY(repeat.ticks.isEmpty());
    QCOMPARE(repeat.ignored, 1);
    QVERIFY(adapter.parse(test::textFrame(ticker(9, 99, Now - 1), Now)).ticks.isEmpty());   // replayed older one
    QCOMPARE(adapter.parse(test::textFrame(ticker(12, 101, Now + 1), Now)).ticks.size(), 1);
    QCOMPARE(adapter.duplicatesDropped(), quint64(2));

    // Through the feed: what arrives twice is delivered once.
    auto feed = makeFeed({u"BTC-USD"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    for (const qint64 sequence : {10, 10, 11, 9, 12})
        m_server->sendText(ticker(sequence, sequence * 10, Now - 1000 + sequence));
    QTRY_COMPARE(tickSpy.size(), 3);
    QList<qint64> sequences;
    for (const Tick &tick : test::joined<TickBatch>(tickSpy))
        sequences.append(tick.sequence);
    QCOMPARE(sequences, (QList<qint64>{10, 11, 12}));
}

void TestCoinbaseFeed::tradeIdGapBackfillsCandles()
{
    auto feed = makeFeed({u"BTC-USD"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy barSpy(feed.get(), &Feed::barsArrived);
    QSignalSpy requestSpy(m_server.get(), &FakeProviderServer::requestReceived);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);

    m_server->sendText(ticker(10, 100, Now - 5000));
    m_server->sendText(heartbeat(11, 100));                  // complete up to now
    // A cascade of one order folds trades 101..103 into one ticker: a jump, not a gap.
    m_server->sendText(ticker(20, 103, Now - 1000));
    QTRY_COMPARE(tickSpy.size(), 2);

    m_clock.setNowMs(Now + 60'000);
    m_server->sendText(heartbeat(30, 106));                  // trades 104..106 never came
    QTRY_VERIFY(!m_server->requests(CandlesPath).isEmpty());
    QTRY_VERIFY(!barSpy.isEmpty());

    const QList<test::FakeRequest> requests = m_server->requests(CandlesPath);
    QCOMPARE(requests.size(), 1);                            // the cascade asked for nothing
    QVERIFY(std::any_of(requestSpy.cbegin(), requestSpy.cend(),
                        [](const QList<QVariant> &call) { return call.at(0).toString() == CandlesPath; }));
    const QUrlQuery query(requests.first().query);
    QCOMPARE(query.queryItemValue(u"granularity"_s), u"60"_s);
    // From the minute of the last verified moment (the first heartbeat) to the one that showed the gap.
    QCOMPARE(query.queryItemValue(u"start"_s, QUrl::FullyDecoded), isoSeconds(Now - Now % 60'000));
    QCOMPARE(query.queryItemValue(u"end"_s, QUrl::FullyDecoded), isoSeconds(Now + 60'000));

    const BarBatch bars = test::joined<BarBatch>(barSpy);
    QCOMPARE(bars, coinbase::parseCandles(test::payload(u"coinbase/candles_btc_usd_60.json"_s), u"BTC-USD"_s, 60).bars);
    QCOMPARE(bars.size(), 8);
    QCOMPARE(bars.first().intervalMs, qint64(60'000));
}

void TestCoinbaseFeed::silenceGoesStaleThenReconnectBackfills()
{
    auto feed = makeFeed({u"BTC-USD"_s}, 300);
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    QSignalSpy barSpy(feed.get(), &Feed::barsArrived);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    m_server->sendText(ticker(10, 100, Now - 5000));
    QTRY_COMPARE(tickSpy.size(), 1);
    QVERIFY(m_server->requests(CandlesPath).isEmpty());   // the first connect has nothing to fill

    m_clock.setNowMs(Now + 120'000);
    m_server->goSilent();
    QTRY_VERIFY(test::states(statusSpy).contains(FeedState::Stale));
    QTRY_COMPARE(m_server->webSocketConnections(), 2);
    QTRY_COMPARE(m_server->receivedMessages().size(), 2);   // subscribed again
    QTRY_COMPARE(m_server->requests(CandlesPath).size(), 1);
    const QUrlQuery query(m_server->requests(CandlesPath).first().query);
    const qint64 lastTick = Now - 5000;
    QCOMPARE(query.queryItemValue(u"start"_s, QUrl::FullyDecoded), isoSeconds(lastTick - lastTick % 60'000));
    QCOMPARE(query.queryItemValue(u"end"_s, QUrl::FullyDecoded), isoSeconds(Now + 120'000));
    QTRY_VERIFY(!barSpy.isEmpty());
}

void TestCoinbaseFeed::rateLimitedBackfillIsRetriedOnce()
{
    m_server->setRoute(CandlesPath, {FakeResponse::json(R"({"message":"Public rate limit exceeded"})", 429)
                                         .withHeader("Retry-After", "0"),
                                     FakeResponse::json(test::payload(u"coinbase/candles_btc_usd_60.json"_s))});
    auto feed = makeFeed({u"BTC-USD"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy barSpy(feed.get(), &Feed::barsArrived);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    m_server->sendText(ticker(10, 100, Now - 5000));
    QTRY_COMPARE(tickSpy.size(), 1);
    m_server->closeClients(QWebSocketProtocol::CloseCodeGoingAway);
    QTRY_COMPARE(m_server->requests(CandlesPath).size(), 1);
    m_clock.advanceMs(1000);   // past the backfill budget's spacing
    QTRY_COMPARE(m_server->requests(CandlesPath).size(), 2);
    QCOMPARE(m_server->requests(CandlesPath).at(1).query, m_server->requests(CandlesPath).at(0).query);
    QTRY_VERIFY(!barSpy.isEmpty());
}

void TestCoinbaseFeed::httpEndpointFails()
{
    FeedConfig config;
    config.provider = u"coinbase"_s;
    config.symbols = {u"BTC-USD"_s};
    config.endpoint = m_server->httpUrl();
    const std::unique_ptr<Feed> feed = ProviderRegistry::create(config, m_clock);
    QVERIFY(feed);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QCOMPARE(test::lastStatus(statusSpy).state, FeedState::Failed);
    QVERIFY(test::lastStatus(statusSpy).message.contains(u"ws://"_s));
    QCOMPARE(m_server->webSocketConnections(), 0);
}

void TestCoinbaseFeed::registryListsCoinbase()
{
    const ProviderInfo *info = ProviderRegistry::find(u"coinbase"_s);
    QVERIFY(info);
    QCOMPARE(info->transport, u"WebSocket"_s);
    QVERIFY(info->keyVariable.isEmpty());
    QVERIFY(!info->title.isEmpty());
    QVERIFY(!info->description.isEmpty());
}

QTEST_GUILESS_MAIN(TestCoinbaseFeed)
#include "tst_coinbasefeed.moc"
