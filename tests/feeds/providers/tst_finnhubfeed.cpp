#include "FakeProviderServer.h"
#include "ProviderFeedTesting.h"

#include <Clock.h>
#include <CoreMetaTypes.h>
#include <FinnhubFeed.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace tickerline;
using namespace Qt::StringLiterals;
using tickerline::test::FakeProviderServer;
using tickerline::test::FakeResponse;
using tickerline::test::LogCapture;
using tickerline::test::lastStatus;
using tickerline::test::payload;
using tickerline::test::states;

namespace {

const QString Key = u"fh-SECRET-key-4711"_s;
const QString ProfilePath = u"/api/v1/stock/profile2"_s;
const QString MetricPath = u"/api/v1/stock/metric"_s;
const QString QuotePath = u"/api/v1/quote"_s;

// The subscriptions the server saw, as "type:symbol", in order.
QStringList subscriptions(const QStringList &messages)
{
    QStringList out;
    for (const QString &message : messages) {
        const QJsonObject frame = QJsonDocument::fromJson(message.toUtf8()).object();
        out.append(frame.value(u"type").toString() + u':' + frame.value(u"symbol").toString());
    }
    return out;
}

} // namespace

class TestFinnhubFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void subscribesOnEveryConnect();
    void tradesBecomeTicks();
    void pingIsIgnored();
    void metadataCarriesTheKeyInTheHeader();
    void metadataFailureNeverStopsTicks();
    void missingKeyFails();
    void badKeyFailsAndLogsNeverShowIt();

private:
    [[nodiscard]] std::unique_ptr<Feed> makeFeed(const QStringList &symbols, const QString &key = Key) const;

    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<test::TempFolder> m_folder;
};

void TestFinnhubFeed::initTestCase()
{
    registerCoreMetaTypes();
}

void TestFinnhubFeed::init()
{
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
    m_folder = std::make_unique<test::TempFolder>();
    // The recorded profile, its logo moved to the fixture.
    QJsonObject profile = QJsonDocument::fromJson(payload(u"finnhub/profile2_aapl.json"_s)).object();
    QVERIFY(!profile.isEmpty());
    profile.insert(u"logo"_s, m_server->httpUrl(u"/file/AAPL.png"_s).toString());
    m_server->setRoute(ProfilePath, FakeResponse::json(QJsonDocument(profile).toJson(QJsonDocument::Compact)));
    m_server->setRoute(MetricPath, FakeResponse::json(payload(u"finnhub/metric_aapl.json"_s)));
    m_server->setRoute(QuotePath, FakeResponse::json(payload(u"finnhub/quote_aapl.json"_s)));
    m_server->setRoute(u"/file/AAPL.png"_s,
                       FakeResponse::json("\x89PNG apple").withHeader("Content-Type", "image/png"));
}

std::unique_ptr<Feed> TestFinnhubFeed::makeFeed(const QStringList &symbols, const QString &key) const
{
    FeedConfig config;
    config.provider = u"finnhub"_s;
    config.symbols = symbols;
    config.endpoint = m_server->wsUrl();
    config.apiKey = key;
    return makeFinnhubFeed(test::spec(u"finnhub"_s), config, SystemClock::instance(), test::fastOptions(m_folder->path(u"logos"_s)));
}

void TestFinnhubFeed::subscribesOnEveryConnect()
{
    auto feed = makeFeed({u"AAPL"_s, u"MSFT"_s});
    feed->start();
    const QStringList once{u"subscribe:AAPL"_s, u"subscribe:MSFT"_s};
    QTRY_COMPARE(subscriptions(m_server->receivedMessages()), once);
    QCOMPARE(QUrlQuery(m_server->requests(u"/ws"_s).constFirst().query).queryItemValue(u"token"_s), Key);
    // An orderly close by the server: Finnhub forgets subscriptions with the connection.
    m_server->closeClients(QWebSocketProtocol::CloseCodeGoingAway, u"restart"_s);
    QTRY_COMPARE(subscriptions(m_server->receivedMessages()), once + once);
    QCOMPARE(m_server->webSocketConnections(), 2);
    feed->setSymbols({u"AAPL"_s});
    QTRY_COMPARE(subscriptions(m_server->receivedMessages()).constLast(), u"unsubscribe:MSFT"_s);
}

void TestFinnhubFeed::tradesBecomeTicks()
{
    auto feed = makeFeed({u"AAPL"_s, u"MSFT"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 2);
    m_server->sendText(QString::fromUtf8(payload(u"finnhub/ws_trades_aapl.json"_s)));
    QTRY_COMPARE(tickSpy.size(), 1);
    const TickBatch ticks = tickSpy.first().at(0).value<TickBatch>();
    QCOMPARE(ticks.size(), 4);
    QCOMPARE(ticks.at(0).symbol, u"AAPL"_s);
    QCOMPARE(ticks.at(0).provider, u"finnhub"_s);
    QCOMPARE(ticks.at(0).timeMs, 1672348887666);   // ms as sent
    QCOMPARE(ticks.at(0).price, 129.58);
    QCOMPARE(ticks.at(0).size, 1.0);
    QCOMPARE(ticks.at(1).size, 100.0);
    QCOMPARE(ticks.at(2).symbol, u"MSFT"_s);
    QCOMPARE(ticks.at(2).size, 3.0);
    QCOMPARE(ticks.at(3).timeMs, 1672348888004);
    QCOMPARE(ticks.at(3).size, 25.0);
}

void TestFinnhubFeed::pingIsIgnored()
{
    auto feed = makeFeed({u"AAPL"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    m_server->sendText(QString::fromUtf8(payload(u"finnhub/ws_ping.json"_s)));
    m_server->sendText(QString::fromUtf8(payload(u"finnhub/ws_trades_aapl.json"_s)));
    QTRY_COMPARE(tickSpy.size(), 1);   // the trades, nothing from the ping
    QCOMPARE(m_server->receivedMessages().size(), 1);   // and no answer to it
    QCOMPARE(lastStatus(statusSpy).state, FeedState::Live);
    QTRY_COMPARE_WITH_TIMEOUT(lastStatus(statusSpy).totalTicks, quint64(4), 3000);
    QCOMPARE(lastStatus(statusSpy).malformedFrames, quint64(0));
}

void TestFinnhubFeed::metadataCarriesTheKeyInTheHeader()
{
    auto feed = makeFeed({u"AAPL"_s});
    QSignalSpy instrumentSpy(feed.get(), &Feed::instrumentsArrived);
    feed->start();
    // profile2, metric, quote, then the logo the profile named.
    QTRY_COMPARE(instrumentSpy.size(), 4);
    for (const QString &path : {ProfilePath, MetricPath, QuotePath}) {
        QCOMPARE(m_server->requests(path).size(), 1);
        const test::FakeRequest request = m_server->requests(path).constFirst();
        QCOMPARE(request.headers.value("x-finnhub-token"), Key.toUtf8());
        QVERIFY2(!request.query.contains(Key), qPrintable(request.query));
        QCOMPARE(QUrlQuery(request.query).queryItemValue(u"symbol"_s), u"AAPL"_s);
    }
    QCOMPARE(QUrlQuery(m_server->requests(MetricPath).constFirst().query).queryItemValue(u"metric"_s), u"all"_s);

    const InstrumentList instruments = test::joined<InstrumentList>(instrumentSpy);
    const auto find = [&](auto &&has) { return *std::find_if(instruments.cbegin(), instruments.cend(), has); };
    QCOMPARE(find([](const Instrument &in) { return !in.name.isEmpty(); }).name, u"Apple Inc"_s);
    QCOMPARE(find([](const Instrument &in) { return in.week52High.has_value(); }).week52Low, 205.28);
    QCOMPARE(find([](const Instrument &in) { return in.previousClose.has_value(); }).previousClose, 259.45);
    const Instrument logo = find([](const Instrument &in) { return !in.logo.isEmpty(); });
    QCOMPARE(logo.logo, QByteArray("\x89PNG apple"));
    QCOMPARE(logo.logoUrl, m_server->httpUrl(u"/file/AAPL.png"_s));
    // The provider named a logo: the symbol logo service is not asked.
    QVERIFY(m_server->requests(u"/logos/symbol/AAPL"_s).isEmpty());
}

void TestFinnhubFeed::metadataFailureNeverStopsTicks()
{
    for (const QString &path : {ProfilePath, MetricPath, QuotePath})
        m_server->setRoute(path, FakeResponse::json(payload(u"finnhub/error_no_access.json"_s), 403));
    m_server->setRoute(u"/logos/symbol/AAPL"_s,
                       FakeResponse::json("<svg/>").withHeader("Content-Type", "image/svg+xml"));
    auto feed = makeFeed({u"AAPL"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy instrumentSpy(feed.get(), &Feed::instrumentsArrived);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    LogCapture log;
    feed->start();
    // Without a profile the logo comes from the symbol logo service.
    QTRY_COMPARE(instrumentSpy.size(), 1);
    QCOMPARE(test::joined<InstrumentList>(instrumentSpy).constFirst().logoMimeType, u"image/svg+xml"_s);
    QVERIFY(log.contains(u"finnhub metadata profile2 AAPL - You don't have access to this resource."_s));
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    m_server->sendText(QString::fromUtf8(payload(u"finnhub/ws_trades_aapl.json"_s)));
    QTRY_COMPARE(tickSpy.size(), 1);
    QCOMPARE(lastStatus(statusSpy).state, FeedState::Live);
    QVERIFY(!states(statusSpy).contains(FeedState::Failed));
}

void TestFinnhubFeed::missingKeyFails()
{
    auto feed = makeFeed({u"AAPL"_s}, QString());
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^finnhub failed: No API key"_s));
    feed->start();
    QCOMPARE(statusSpy.size(), 1);
    QCOMPARE(lastStatus(statusSpy).state, FeedState::Failed);
    QCOMPARE(lastStatus(statusSpy).feed, u"finnhub"_s);
    QVERIFY(lastStatus(statusSpy).message.startsWith(u"No API key"_s));
    QVERIFY(lastStatus(statusSpy).message.contains(u"FINNHUB_API_KEY"_s));
    // Nothing at all went out.
    QCOMPARE(m_server->webSocketConnections(), 0);
    QVERIFY(m_server->requests().isEmpty());
    feed->stop();
}

void TestFinnhubFeed::badKeyFailsAndLogsNeverShowIt()
{
    // The REST side refuses the key and echoes it, as some servers do.
    const QByteArray echo = R"({"error":"Invalid API key )" + Key.toUtf8() + R"("})";
    for (const QString &path : {ProfilePath, MetricPath, QuotePath})
        m_server->setRoute(path, FakeResponse::json(echo, 401));
    LogCapture log;
    auto feed = makeFeed({u"AAPL"_s});
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    // A refused handshake gets the WebSocket URL, token and all, into the log.
    m_server->refuseHandshakes(503);
    feed->start();
    QTRY_VERIFY(m_server->refusedHandshakes() >= 1);
    m_server->refuseHandshakes(0);
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    QVERIFY(log.contains(u"token=***"_s));
    QTRY_VERIFY(log.contains(u"finnhub metadata quote AAPL"_s));
    // A first refusal that names the key, then Finnhub's own words.
    m_server->sendText(uR"({"type":"error","msg":"Invalid API key )"_s + Key + uR"("})"_s);
    QTRY_COMPARE(lastStatus(statusSpy).state, FeedState::Failed);
    QCOMPARE(lastStatus(statusSpy).message, u"Invalid API key ***"_s);
    QCOMPARE(m_server->webSocketConnections(), 1);   // no retry after the refusal

    const QStringList messages = log.messages();
    QVERIFY(!messages.isEmpty());
    for (const QString &message : messages)
        QVERIFY2(!message.contains(Key), qPrintable(message));
    for (const QList<QVariant> &call : std::as_const(statusSpy))
        QVERIFY(!call.at(0).value<FeedStatus>().message.contains(Key));
}

QTEST_GUILESS_MAIN(TestFinnhubFeed)
#include "tst_finnhubfeed.moc"
