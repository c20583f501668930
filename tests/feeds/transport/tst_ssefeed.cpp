#include "FakeProviderServer.h"
#include "SseFeed.h"

#include <Clock.h>
#include <ProviderError.h>

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace tickerline;
using namespace Qt::StringLiterals;
using tickerline::test::FakeProviderServer;
using tickerline::test::FakeResponse;

namespace {

// Events carry "SYM,timeMs,price"; an "error" event carries an auth error.
class CsvEventAdapter final : public SseAdapter
{
public:
    [[nodiscard]] QNetworkRequest request(const FeedConfig &config) const override
    {
        QUrl url = config.endpoint;
        url.setQuery(u"symbols="_s + config.symbols.join(u','));
        return QNetworkRequest(url);
    }
    [[nodiscard]] ParseResult parse(const Payload &event) override
    {
        ParseResult result;
        if (event.tag == u"error") {
            result.error = makeProviderError(event.text.toString(), ProviderError::Kind::Auth);
            return result;
        }
        const QStringList fields = event.text.toString().split(u',');
        if (fields.size() != 3) {
            ++result.malformed;
            return result;
        }
        result.ticks.append({fields.at(0), u"csv"_s, fields.at(1).toLongLong(), fields.at(2).toDouble(), 0.0, -1, event.nowMs});
        return result;
    }
};

FeedStatus lastStatus(const QSignalSpy &spy)
{
    return spy.isEmpty() ? FeedStatus{} : spy.last().at(0).value<FeedStatus>();
}

} // namespace

class TestSseFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void eventsBecomeTicks();
    void setSymbolsReconnectsWithTheNewList();
    void providerErrorFails();

private:
    [[nodiscard]] std::unique_ptr<SseFeed> makeFeed(const QStringList &symbols) const;

    std::unique_ptr<FakeProviderServer> m_server;
};

void TestSseFeed::init()
{
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
    m_server->setRoute(u"/quotes"_s, FakeResponse::eventStream());
}

std::unique_ptr<SseFeed> TestSseFeed::makeFeed(const QStringList &symbols) const
{
    FeedConfig config;
    config.provider = u"csv"_s;
    config.symbols = symbols;
    config.endpoint = m_server->httpUrl(u"/quotes"_s);
    SseOptions options;
    options.reconnect.backoff.baseMs = 20;
    options.reconnect.backoff.capMs = 50;
    return std::make_unique<SseFeed>(config, SystemClock::instance(), std::make_unique<CsvEventAdapter>(), options);
}

void TestSseFeed::eventsBecomeTicks()
{
    auto feed = makeFeed({u"AAPL"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(m_server->eventStreamCount(), 1);
    m_server->sendEvents(FakeProviderServer::sseEvent("AAPL,1672348887666,129.58", "1")
                         + FakeProviderServer::sseEvent("not a quote", "2"));
    QTRY_COMPARE(tickSpy.size(), 1);
    QCOMPARE(tickSpy.first().at(0).value<TickBatch>().first().price, 129.58);
    QCOMPARE(lastStatus(statusSpy).state, FeedState::Live);
    QTRY_COMPARE_WITH_TIMEOUT(lastStatus(statusSpy).malformedFrames, quint64(1), 3000);
}

void TestSseFeed::setSymbolsReconnectsWithTheNewList()
{
    auto feed = makeFeed({u"AAPL"_s});
    feed->start();
    QTRY_COMPARE(m_server->eventStreamCount(), 1);
    feed->setSymbols({u"AAPL"_s});   // same request: the stream stays
    feed->setSymbols({u"AAPL"_s, u"MSFT"_s});
    QTRY_COMPARE(m_server->requests(u"/quotes"_s).size(), 2);
    QCOMPARE(QUrlQuery(m_server->requests(u"/quotes"_s).last().query).queryItemValue(u"symbols"_s), u"AAPL,MSFT"_s);
}

void TestSseFeed::providerErrorFails()
{
    auto feed = makeFeed({u"AAPL"_s});
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(m_server->eventStreamCount(), 1);
    m_server->sendEvents(FakeProviderServer::sseEvent("Invalid API key", {}, "error"));
    QTRY_COMPARE(lastStatus(statusSpy).state, FeedState::Failed);
    QCOMPARE(lastStatus(statusSpy).message, u"Invalid API key"_s);
    QTRY_COMPARE(m_server->eventStreamCount(), 0);
    QCOMPARE(m_server->requests(u"/quotes"_s).size(), 1);
}

QTEST_GUILESS_MAIN(TestSseFeed)
#include "tst_ssefeed.moc"
