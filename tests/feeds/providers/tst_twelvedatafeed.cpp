#include "FakeProviderServer.h"
#include "ProviderFeedTesting.h"

#include <Clock.h>
#include <CoreMetaTypes.h>
#include <TwelveDataFeed.h>

#include <QTest>
#include <QUrlQuery>

using namespace tickerline;
using namespace Qt::StringLiterals;
using tickerline::test::FakeProviderServer;
using tickerline::test::FakeResponse;
using tickerline::test::lastStatus;
using tickerline::test::payload;
using tickerline::test::states;

namespace {

const QString Key = u"td-SECRET-key-0815"_s;
const QString Heartbeat = uR"({"action":"heartbeat"})"_s;

QStringList withoutHeartbeats(QStringList messages)
{
    messages.removeAll(Heartbeat);
    return messages;
}

QString subscribe(QStringView symbols)
{
    return uR"({"action":"subscribe","params":{"symbols":")"_s + symbols + uR"("}})"_s;
}

} // namespace

class TestTwelveDataFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void subscribesAndSendsHeartbeats();
    void pricesBecomeTicks();
    void subscribeFailsDropThoseSymbols();
    void subscribeFailsForEverySymbolFails();
    void metadataFromQuote();
    void missingKeyFails();

private:
    [[nodiscard]] std::unique_ptr<Feed> makeFeed(const QStringList &symbols, const QString &key = Key) const;

    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<test::TempFolder> m_folder;
};

void TestTwelveDataFeed::initTestCase()
{
    registerCoreMetaTypes();
}

void TestTwelveDataFeed::init()
{
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
    m_folder = std::make_unique<test::TempFolder>();
    m_server->setRoute(u"/quote"_s, FakeResponse::json(payload(u"twelvedata/quote_aapl.json"_s)));
}

std::unique_ptr<Feed> TestTwelveDataFeed::makeFeed(const QStringList &symbols, const QString &key) const
{
    FeedConfig config;
    config.provider = u"twelvedata"_s;
    config.symbols = symbols;
    config.endpoint = m_server->wsUrl();
    config.apiKey = key;
    ProviderOptions options = test::fastOptions(m_folder->path(u"logos"_s));
    options.heartbeatIntervalMs = 30;
    return makeTwelveDataFeed(test::spec(u"twelvedata"_s), config, SystemClock::instance(), options);
}

void TestTwelveDataFeed::subscribesAndSendsHeartbeats()
{
    auto feed = makeFeed({u"AAPL"_s, u"EUR/USD"_s});
    feed->start();
    QTRY_VERIFY(m_server->receivedMessages().count(Heartbeat) >= 3);
    QCOMPARE(m_server->receivedMessages().constFirst(), subscribe(u"AAPL,EUR/USD"));
    QCOMPARE(withoutHeartbeats(m_server->receivedMessages()), QStringList{subscribe(u"AAPL,EUR/USD")});
    QCOMPARE(QUrlQuery(m_server->requests(u"/ws"_s).constFirst().query).queryItemValue(u"apikey"_s), Key);
}

void TestTwelveDataFeed::pricesBecomeTicks()
{
    auto feed = makeFeed({u"AAPL"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_VERIFY(!m_server->receivedMessages().isEmpty());
    m_server->sendText(QString::fromUtf8(payload(u"twelvedata/ws_subscribe_ok.json"_s)));
    m_server->sendText(QString::fromUtf8(payload(u"twelvedata/ws_heartbeat.json"_s)));
    m_server->sendText(QString::fromUtf8(payload(u"twelvedata/ws_price_aapl.json"_s)));
    QTRY_COMPARE(tickSpy.size(), 1);
    const Tick tick = tickSpy.first().at(0).value<TickBatch>().constFirst();
    QCOMPARE(tick.symbol, u"AAPL"_s);
    QCOMPARE(tick.provider, u"twelvedata"_s);
    QCOMPARE(tick.timeMs, 1643972766000);
    QCOMPARE(tick.price, 172.87);
    QCOMPARE(lastStatus(statusSpy).state, FeedState::Live);
}

void TestTwelveDataFeed::subscribeFailsDropThoseSymbols()
{
    auto feed = makeFeed({u"AAPL"_s, u"XYZQ"_s, u"FOO/BAR"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_VERIFY(!m_server->receivedMessages().isEmpty());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(
        u"^twelvedata dropped unknown symbols XYZQ,FOO/BAR - Twelve Data could not subscribe: XYZQ, FOO/BAR$"_s));
    m_server->sendText(QString::fromUtf8(payload(u"twelvedata/ws_subscribe_fails.json"_s)));
    m_server->sendText(QString::fromUtf8(payload(u"twelvedata/ws_price_aapl.json"_s)));
    QTRY_COMPARE(tickSpy.size(), 1);
    QVERIFY(!states(statusSpy).contains(FeedState::Failed));
    // The next connection asks for the symbol that exists only.
    m_server->abortClients();
    QTRY_COMPARE(withoutHeartbeats(m_server->receivedMessages()),
                 (QStringList{subscribe(u"AAPL,XYZQ,FOO/BAR"), subscribe(u"AAPL")}));
}

void TestTwelveDataFeed::subscribeFailsForEverySymbolFails()
{
    auto feed = makeFeed({u"XYZQ"_s, u"FOO/BAR"_s});
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_VERIFY(!m_server->receivedMessages().isEmpty());
    m_server->sendText(QString::fromUtf8(payload(u"twelvedata/ws_subscribe_fails.json"_s)));
    QTRY_COMPARE(lastStatus(statusSpy).state, FeedState::Failed);
    QCOMPARE(lastStatus(statusSpy).message, u"Twelve Data could not subscribe: XYZQ, FOO/BAR"_s);
    QCOMPARE(m_server->webSocketConnections(), 1);
}

void TestTwelveDataFeed::metadataFromQuote()
{
    auto feed = makeFeed({u"AAPL"_s});
    QSignalSpy instrumentSpy(feed.get(), &Feed::instrumentsArrived);
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    feed->start();
    QTRY_VERIFY(!instrumentSpy.isEmpty());
    const Instrument instrument = instrumentSpy.first().at(0).value<InstrumentList>().constFirst();
    QCOMPARE(instrument.symbol, u"AAPL"_s);
    QCOMPARE(instrument.name, u"Apple Inc"_s);
    QCOMPARE(instrument.currency, u"USD"_s);
    QCOMPARE(instrument.week52High, 408.61);
    QCOMPARE(instrument.week52Low, 205.28);
    QCOMPARE(instrument.previousClose, 340.67001);
    const test::FakeRequest request = m_server->requests(u"/quote"_s).constFirst();
    QCOMPARE(request.headers.value("authorization"), "apikey " + Key.toUtf8());
    QVERIFY(!request.query.contains(Key));
    QCOMPARE(QUrlQuery(request.query).queryItemValue(u"symbol"_s), u"AAPL"_s);
    // Prices come from the stream only.
    QTRY_VERIFY(!m_server->requests(u"/logos/symbol/AAPL"_s).isEmpty());
    QVERIFY(tickSpy.isEmpty());
}

void TestTwelveDataFeed::missingKeyFails()
{
    auto feed = makeFeed({u"AAPL"_s}, QString());
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^twelvedata failed: No API key: set TWELVEDATA_API_KEY"_s));
    feed->start();
    QCOMPARE(lastStatus(statusSpy).state, FeedState::Failed);
    QCOMPARE(m_server->webSocketConnections(), 0);
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestTwelveDataFeed)
#include "tst_twelvedatafeed.moc"
