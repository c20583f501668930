#include "FakeProviderServer.h"
#include "ProviderFeedTesting.h"

#include <Clock.h>
#include <CoreMetaTypes.h>
#include <ProviderRegistry.h>
#include <YahooFeed.h>

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

const QString AaplPath = u"/v8/finance/chart/AAPL"_s;

QString rangeOf(const test::FakeRequest &request)
{
    return QUrlQuery(request.query).queryItemValue(u"range"_s);
}

} // namespace

class TestYahooFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void ticksFromAChart();
    void unchangedQuotesAreNotReemitted();
    void backfillsOnceAfterStart();
    void backfillsAgainAfterAGap();
    void notFoundDropsThatSymbol();
    void notFoundForTheOnlySymbolFails();
    void rateLimitBacksOffWithRetryAfter();
    void penceStayPence();
    void endpointIsHonoured();
    void logoComesFromTheEndpointHost();

private:
    [[nodiscard]] std::unique_ptr<Feed> makeFeed(const QStringList &symbols,
                                                 const Clock &clock = SystemClock::instance()) const;

    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<test::TempFolder> m_folder;
};

void TestYahooFeed::initTestCase()
{
    registerCoreMetaTypes();
}

void TestYahooFeed::init()
{
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
    m_folder = std::make_unique<test::TempFolder>();
    const QByteArray chart = payload(u"yahoo/chart_aapl_1m.json"_s);
    QVERIFY(!chart.isEmpty());
    m_server->setRoute(AaplPath, FakeResponse::json(chart));
}

std::unique_ptr<Feed> TestYahooFeed::makeFeed(const QStringList &symbols, const Clock &clock) const
{
    FeedConfig config;
    config.provider = u"yahoo"_s;
    config.symbols = symbols;
    config.endpoint = m_server->httpUrl();
    config.pollIntervalMs = 20;
    return makeYahooFeed(test::spec(u"yahoo"_s), config, clock, test::fastOptions(m_folder->path(u"logos"_s)));
}

void TestYahooFeed::ticksFromAChart()
{
    auto feed = makeFeed({u"AAPL"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy instrumentSpy(feed.get(), &Feed::instrumentsArrived);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_VERIFY(!tickSpy.isEmpty());
    const Tick tick = tickSpy.first().at(0).value<TickBatch>().constFirst();
    QCOMPARE(tick.symbol, u"AAPL"_s);
    QCOMPARE(tick.provider, u"yahoo"_s);
    QCOMPARE(tick.timeMs, 1787342401000);   // regularMarketTime, seconds made ms
    QCOMPARE(tick.price, 344.82);
    QCOMPARE(tick.size, 0.0);
    QTRY_COMPARE(lastStatus(statusSpy).state, FeedState::Live);

    // The backfill's instrument lacks the previous close (5d's chartPreviousClose is older); the next poll has it.
    QTRY_COMPARE(instrumentSpy.size(), 2);
    const InstrumentList instruments = test::joined<InstrumentList>(instrumentSpy);
    QCOMPARE(instruments.at(0).name, u"Apple Inc."_s);
    QCOMPARE(instruments.at(0).currency, u"USD"_s);
    QCOMPARE(instruments.at(0).week52High, 408.61);
    QCOMPARE(instruments.at(0).week52Low, 205.28);
    QVERIFY(!instruments.at(0).previousClose);
    QCOMPARE(instruments.at(1).previousClose, 340.67);
}

void TestYahooFeed::unchangedQuotesAreNotReemitted()
{
    auto feed = makeFeed({u"AAPL"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy instrumentSpy(feed.get(), &Feed::instrumentsArrived);
    feed->start();
    QTRY_VERIFY(!tickSpy.isEmpty());
    const TickBatch first = test::joined<TickBatch>(tickSpy);
    // A request is only made once the previous reply was handled: 5 seen, 4 handled.
    QTRY_VERIFY(m_server->requests(AaplPath).size() >= 5);
    QCOMPARE(test::joined<TickBatch>(tickSpy), first);
    QCOMPARE(instrumentSpy.size(), 2);   // the backfill's, then the one with the previous close
}

void TestYahooFeed::backfillsOnceAfterStart()
{
    auto feed = makeFeed({u"AAPL"_s});
    QSignalSpy barSpy(feed.get(), &Feed::barsArrived);
    feed->start();
    QTRY_VERIFY(m_server->requests(AaplPath).size() >= 4);
    const auto requests = m_server->requests(AaplPath);
    QCOMPARE(rangeOf(requests.first()), u"5d"_s);
    for (qsizetype i = 1; i < requests.size(); ++i)
        QCOMPARE(rangeOf(requests.at(i)), u"1d"_s);
    QCOMPARE(QUrlQuery(requests.first().query).queryItemValue(u"interval"_s), u"1m"_s);
    QCOMPARE(barSpy.size(), 1);
    const BarBatch bars = barSpy.first().at(0).value<BarBatch>();
    QVERIFY(!bars.isEmpty());
    for (const Bar &bar : bars) {
        QCOMPARE(bar.symbol, u"AAPL"_s);
        QCOMPARE(bar.intervalMs, 60'000);
    }
}

void TestYahooFeed::backfillsAgainAfterAGap()
{
    ManualClock clock(1787342401000);
    auto feed = makeFeed({u"AAPL"_s}, clock);
    QSignalSpy barSpy(feed.get(), &Feed::barsArrived);
    feed->start();
    QTRY_VERIFY(m_server->requests(AaplPath).size() >= 3);
    QCOMPARE(barSpy.size(), 1);
    // Ten minutes without an answer, as after an outage: the next reply shows the gap.
    clock.advanceMs(10 * 60'000);
    QTRY_COMPARE(barSpy.size(), 2);
    const auto requests = m_server->requests(AaplPath);
    QCOMPARE(std::count_if(requests.cbegin(), requests.cend(),
                           [](const test::FakeRequest &request) { return rangeOf(request) == u"5d"; }),
             2);
}

void TestYahooFeed::notFoundDropsThatSymbol()
{
    m_server->setRoute(u"/v8/finance/chart/NOPE"_s, FakeResponse::json(payload(u"yahoo/chart_not_found.json"_s), 404));
    auto feed = makeFeed({u"AAPL"_s, u"NOPE"_s});
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(
        u"^yahoo dropped unknown symbols NOPE - Not Found: No data found, symbol may be delisted$"_s));
    feed->start();
    QTRY_VERIFY(m_server->requests(AaplPath).size() >= 5);
    QCOMPARE(m_server->requests(u"/v8/finance/chart/NOPE"_s).size(), 1);
    QCOMPARE(lastStatus(statusSpy).state, FeedState::Live);
    QVERIFY(!states(statusSpy).contains(FeedState::Failed));
}

void TestYahooFeed::notFoundForTheOnlySymbolFails()
{
    m_server->setRoute(u"/v8/finance/chart/NOPE"_s, FakeResponse::json(payload(u"yahoo/chart_not_found.json"_s), 404));
    auto feed = makeFeed({u"NOPE"_s});
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(lastStatus(statusSpy).state, FeedState::Failed);
    QVERIFY(lastStatus(statusSpy).message.contains(u"No data found, symbol may be delisted"_s));
    QCOMPARE(m_server->requests(u"/v8/finance/chart/NOPE"_s).size(), 1);
}

void TestYahooFeed::rateLimitBacksOffWithRetryAfter()
{
    m_server->setRoute(AaplPath, {FakeResponse::json(payload(u"yahoo/too_many_requests.txt"_s), 429)
                                      .withHeader("Retry-After", "1")
                                      .withHeader("Content-Type", "text/plain"),
                                  FakeResponse::json(payload(u"yahoo/chart_aapl_1m.json"_s))});
    auto feed = makeFeed({u"AAPL"_s});
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    QSignalSpy barSpy(feed.get(), &Feed::barsArrived);
    const qint64 before = SystemClock::instance().nowMs();
    feed->start();
    QTRY_COMPARE(lastStatus(statusSpy).state, FeedState::BackingOff);
    const FeedStatus backingOff = lastStatus(statusSpy);
    QVERIFY(backingOff.message.contains(u"429"_s));
    QVERIFY2(backingOff.nextRetryMs >= before + 1000, qPrintable(QString::number(backingOff.nextRetryMs - before)));
    QTRY_COMPARE_WITH_TIMEOUT(lastStatus(statusSpy).state, FeedState::Live, 5000);
    QVERIFY(m_server->requests(AaplPath).at(1).receivedMs - m_server->requests(AaplPath).at(0).receivedMs >= 900);
    // The rate-limited request was the backfill: it is asked again, and served once.
    QTRY_COMPARE(barSpy.size(), 1);
    QCOMPARE(rangeOf(m_server->requests(AaplPath).at(1)), u"5d"_s);
}

void TestYahooFeed::penceStayPence()
{
    m_server->setRoute(u"/v8/finance/chart/VOD.L"_s, FakeResponse::json(payload(u"yahoo/chart_vod_l_5m.json"_s)));
    auto feed = makeFeed({u"VOD.L"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy instrumentSpy(feed.get(), &Feed::instrumentsArrived);
    feed->start();
    QTRY_VERIFY(!instrumentSpy.isEmpty());
    QTRY_VERIFY(!tickSpy.isEmpty());
    QCOMPARE(test::joined<InstrumentList>(instrumentSpy).constFirst().currency, u"GBp"_s);
    QCOMPARE(test::joined<TickBatch>(tickSpy).constFirst().price, 72.36);   // pence, as quoted
}

void TestYahooFeed::endpointIsHonoured()
{
    FeedConfig config;
    config.provider = u"yahoo"_s;
    config.symbols = {u"AAPL"_s};
    config.endpoint = m_server->httpUrl(u"/"_s);
    // The registry's feed: what `tickerline-collector record --provider yahoo --endpoint URL` runs.
    const std::unique_ptr<Feed> feed = ProviderRegistry::create(config, SystemClock::instance());
    QVERIFY(feed);
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    feed->start();
    QTRY_VERIFY(!tickSpy.isEmpty());
    const test::FakeRequest request = m_server->requests(AaplPath).constFirst();
    QCOMPARE(request.path, AaplPath);
    const QUrlQuery query(request.query);
    QCOMPARE(query.queryItemValue(u"interval"_s), u"1m"_s);
    QCOMPARE(query.queryItemValue(u"includePrePost"_s), u"true"_s);
    QVERIFY(request.headers.value("user-agent").startsWith("Mozilla/5.0"));
    feed->stop();
}

void TestYahooFeed::logoComesFromTheEndpointHost()
{
    m_server->setRoute(u"/logos/symbol/AAPL"_s, FakeResponse::json("\x89PNG").withHeader("Content-Type", "image/png"));
    auto feed = makeFeed({u"AAPL"_s});
    QSignalSpy instrumentSpy(feed.get(), &Feed::instrumentsArrived);
    feed->start();
    QTRY_VERIFY(!m_server->requests(u"/logos/symbol/AAPL"_s).isEmpty());
    const auto hasLogo = [&] {
        const InstrumentList all = test::joined<InstrumentList>(instrumentSpy);
        return std::any_of(all.cbegin(), all.cend(), [](const Instrument &in) { return in.logo == "\x89PNG"; });
    };
    QTRY_VERIFY(hasLogo());
    QCOMPARE(m_server->requests(u"/logos/symbol/AAPL"_s).size(), 1);
}

QTEST_GUILESS_MAIN(TestYahooFeed)
#include "tst_yahoofeed.moc"
