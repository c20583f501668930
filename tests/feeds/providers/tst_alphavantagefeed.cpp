#include "FakeProviderServer.h"
#include "ProviderFeedTesting.h"

#include <AlphaVantageFeed.h>
#include <Clock.h>
#include <CoreMetaTypes.h>
#include <RequestBudget.h>

#include <QTest>

#include <algorithm>
#include <QUrlQuery>

using namespace tickerline;
using namespace Qt::StringLiterals;
using tickerline::test::FakeProviderServer;
using tickerline::test::FakeResponse;
using tickerline::test::lastStatus;
using tickerline::test::payload;
using tickerline::test::states;

namespace {

const QString Key = u"av-SECRET-key-2501"_s;

QString functionOf(const test::FakeRequest &request)
{
    return QUrlQuery(request.query).queryItemValue(u"function"_s);
}

} // namespace

class TestAlphaVantageFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void freeKeyBudgetLastsTheDay();
    void quotesAndOverviewsShareASpacedBudget();
    void informationIsARateLimit_data();
    void informationIsARateLimit();
    void missingKeyFails();

private:
    [[nodiscard]] std::unique_ptr<Feed> makeFeed(const QStringList &symbols, BudgetPolicy budget,
                                                 const QString &key = Key) const;

    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<test::TempFolder> m_folder;
};

void TestAlphaVantageFeed::initTestCase()
{
    registerCoreMetaTypes();
}

void TestAlphaVantageFeed::init()
{
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
    m_folder = std::make_unique<test::TempFolder>();
}

std::unique_ptr<Feed> TestAlphaVantageFeed::makeFeed(const QStringList &symbols, BudgetPolicy budget,
                                                     const QString &key) const
{
    FeedConfig config;
    config.provider = u"alphavantage"_s;
    config.symbols = symbols;
    config.endpoint = m_server->httpUrl();
    config.pollIntervalMs = 20;
    config.apiKey = key;
    ProviderOptions options = test::fastOptions(m_folder->path(u"logos"_s));
    options.polling.http.budget = budget;
    return makeAlphaVantageFeed(test::spec(u"alphavantage"_s), config, SystemClock::instance(), options);
}

void TestAlphaVantageFeed::freeKeyBudgetLastsTheDay()
{
    const AlphaVantageAdapter adapter;
    QVERIFY(adapter.budget());
    QCOMPARE(adapter.budget()->requests, 25);
    QCOMPARE(adapter.budget()->windowMs, 86'400'000);
    QCOMPARE(RequestBudget(*adapter.budget()).spacingMs(), 3'456'000);   // one request every 57.6 minutes
    QCOMPARE(adapter.metadataIntervalMs(), 86'400'000);
}

void TestAlphaVantageFeed::quotesAndOverviewsShareASpacedBudget()
{
    m_server->setRoute(u"/query"_s, FakeResponse::json(payload(u"alphavantage/global_quote_ibm.json"_s)));
    auto feed = makeFeed({u"IBM"_s, u"MSFT"_s}, BudgetPolicy{5, 1000});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    feed->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requests(u"/query"_s).size() >= 5, 5000);
    const auto requests = m_server->requests(u"/query"_s);
    QCOMPARE(functionOf(requests.at(0)), u"GLOBAL_QUOTE"_s);
    QCOMPARE(QUrlQuery(requests.at(0).query).queryItemValue(u"symbol"_s), u"IBM"_s);
    QCOMPARE(QUrlQuery(requests.at(0).query).queryItemValue(u"apikey"_s), Key);
    QCOMPARE(functionOf(requests.at(1)), u"GLOBAL_QUOTE"_s);
    QCOMPARE(QUrlQuery(requests.at(1).query).queryItemValue(u"symbol"_s), u"MSFT"_s);
    QCOMPARE(functionOf(requests.at(2)), u"OVERVIEW"_s);
    QCOMPARE(functionOf(requests.at(3)), u"OVERVIEW"_s);
    // Slots are 200 ms apart on the client; the bound leaves room for loopback
    // and scheduling jitter, where a burst would land within milliseconds.
    for (qsizetype i = 1; i < requests.size(); ++i) {
        const qint64 gap = requests.at(i).receivedMs - requests.at(i - 1).receivedMs;
        QVERIFY2(gap >= 100, qPrintable(u"gap %1 ms before request %2"_s.arg(gap).arg(i)));
    }
    QVERIFY(!tickSpy.isEmpty());
}

void TestAlphaVantageFeed::informationIsARateLimit_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("Information") << u"alphavantage/information_rate_limit.json"_s
                                 << u"standard API rate limit is 25 requests per day"_s;
    QTest::newRow("Note") << u"alphavantage/note_rate_limit.json"_s << u"call frequency"_s;
}

void TestAlphaVantageFeed::informationIsARateLimit()
{
    QFETCH(QString, body);
    QFETCH(QString, message);
    m_server->setRoute(u"/query"_s, {FakeResponse::json(payload(body)),
                                     FakeResponse::json(payload(u"alphavantage/global_quote_ibm.json"_s))});
    auto feed = makeFeed({u"IBM"_s}, BudgetPolicy{2, 1000});
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    const qint64 before = SystemClock::instance().nowMs();
    feed->start();
    QTRY_COMPARE(lastStatus(statusSpy).state, FeedState::BackingOff);
    const FeedStatus backingOff = lastStatus(statusSpy);
    QVERIFY2(backingOff.message.contains(message), qPrintable(backingOff.message));
    // The next try waits for the budget's next slot (500 ms here), not a short backoff draw.
    QVERIFY2(backingOff.nextRetryMs >= before + 500, qPrintable(QString::number(backingOff.nextRetryMs - before)));
    // The text lands in the same budget state as an HTTP 429 (meters, failover).
    const bool limited = std::any_of(statusSpy.cbegin(), statusSpy.cend(), [before](const QList<QVariant> &call) {
        return call.constFirst().value<FeedStatus>().budget.limitedUntilMs >= before + 500;
    });
    QVERIFY(limited);
    QTRY_VERIFY_WITH_TIMEOUT(!tickSpy.isEmpty(), 5000);
    QTRY_COMPARE(lastStatus(statusSpy).state, FeedState::Live);
    QVERIFY(!states(statusSpy).contains(FeedState::Failed));
}

void TestAlphaVantageFeed::missingKeyFails()
{
    auto feed = makeFeed({u"IBM"_s}, BudgetPolicy{2, 1000}, QString());
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^alphavantage failed: No API key: set ALPHAVANTAGE_API_KEY"_s));
    feed->start();
    QCOMPARE(lastStatus(statusSpy).state, FeedState::Failed);
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestAlphaVantageFeed)
#include "tst_alphavantagefeed.moc"
