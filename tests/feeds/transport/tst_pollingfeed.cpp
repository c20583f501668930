#include "FakeProviderServer.h"
#include "PollingFeed.h"

#include <Clock.h>
#include <CoreMetaTypes.h>
#include <ProviderError.h>

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

using namespace tickerline;
using namespace Qt::StringLiterals;
using tickerline::test::FakeProviderServer;
using tickerline::test::FakeResponse;

namespace {

// A tiny line protocol: GET /quote?symbols=A,B answers "SYM,timeMs,price"
// lines, GET /meta?symbol=A answers a name; "unknown:SYM" and "badkey" are
// provider errors in a 200 body.
class LineAdapter final : public PollingAdapter
{
public:
    int batchSize = 2;

    [[nodiscard]] PollRequest quoteRequest(const QStringList &batch, const FeedConfig &config) const override
    {
        QUrl url = config.endpoint.resolved(QUrl(u"/quote"_s));
        url.setQuery(u"symbols="_s + batch.join(u','));
        return {QNetworkRequest(url), u"quote"_s, batch};
    }

    [[nodiscard]] ParseResult parse(const Payload &payload) override
    {
        ParseResult result;
        const QString body = QString::fromUtf8(payload.bytes);
        if (body.startsWith(u"unknown:")) {
            result.error = makeProviderError(u"Unknown symbol", ProviderError::Kind::UnknownSymbol);
            result.error->symbols = body.mid(8).split(u',');
            return result;
        }
        if (body == u"badkey") {
            result.error = makeProviderError(u"Invalid API key", ProviderError::Kind::Auth);
            return result;
        }
        if (payload.tag == u"meta") {
            Instrument instrument;
            instrument.symbol = payload.symbols.first();
            instrument.name = body;
            result.instruments.append(instrument);
            return result;
        }
        for (const QString &line : body.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(u',');
            bool timeOk = false;
            bool priceOk = false;
            Tick tick;
            if (fields.size() == 3) {
                tick.symbol = fields.at(0);
                tick.timeMs = fields.at(1).toLongLong(&timeOk);
                tick.price = fields.at(2).toDouble(&priceOk);
            }
            if (!timeOk || !priceOk) {
                ++result.malformed;
                continue;
            }
            tick.provider = u"lines"_s;
            tick.receivedMs = payload.nowMs;
            result.ticks.append(tick);
        }
        return result;
    }

    [[nodiscard]] int maxSymbolsPerRequest() const override { return batchSize; }
    [[nodiscard]] qint64 advisedPollIntervalMs() const override { return 0; }

    [[nodiscard]] QList<PollRequest> metadataRequests(const QString &symbol, const FeedConfig &config) const override
    {
        QUrl url = config.endpoint.resolved(QUrl(u"/meta"_s));
        url.setQuery(u"symbol="_s + symbol);
        return {{QNetworkRequest(url), u"meta"_s, {symbol}}};
    }
};

PollingOptions fastOptions()
{
    PollingOptions options;
    options.backoff.baseMs = 20;
    options.backoff.capMs = 50;
    return options;
}

FeedStatus lastStatus(const QSignalSpy &spy)
{
    return spy.isEmpty() ? FeedStatus{} : spy.last().at(0).value<FeedStatus>();
}

FeedStatus firstIn(const QSignalSpy &spy, FeedState state)
{
    for (const QList<QVariant> &call : spy) {
        if (call.at(0).value<FeedStatus>().state == state)
            return call.at(0).value<FeedStatus>();
    }
    return {};
}

QList<FeedState> states(const QSignalSpy &spy)
{
    QList<FeedState> out;
    for (const QList<QVariant> &call : spy)
        out.append(call.at(0).value<FeedStatus>().state);
    return out;
}

QStringList tickKeys(const QSignalSpy &spy)
{
    QStringList out;
    for (const QList<QVariant> &call : spy) {
        for (const Tick &tick : call.at(0).value<TickBatch>())
            out.append(tick.symbol + u'@' + QString::number(tick.timeMs) + u'=' + QString::number(tick.price));
    }
    return out;
}

} // namespace

class TestPollingFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void unchangedQuotesAreNotReemitted();
    void batchesSymbols();
    void metadataCycleIsSeparate();
    void metadataFailureNeverStopsTicks();
    void rateLimitBacksOffWithRetryAfter();
    void networkErrorBacksOffThenRecovers();
    void badKeyFails_data();
    void badKeyFails();
    void unknownSymbolIsDropped();
    void explicitIntervalIsHonouredWithANotice();
    void budgetThatOverridesTheIntervalIsSaid();
    void runsOnAFeedThread();

private:
    [[nodiscard]] std::unique_ptr<PollingFeed> makeFeed(const QStringList &symbols, int batchSize = 2,
                                                        PollingOptions options = fastOptions()) const;
    // Polls once more as soon as the previous reply was handled (a batch in
    // flight is never asked twice), so "n requests seen" means n - 1 handled.
    void pollUntilRequests(PollingFeed &feed, int count);

    std::unique_ptr<FakeProviderServer> m_server;
};

void TestPollingFeed::init()
{
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
    m_server->setRoute(u"/meta"_s, FakeResponse::json("Some Company"));
}

std::unique_ptr<PollingFeed> TestPollingFeed::makeFeed(const QStringList &symbols, int batchSize,
                                                     PollingOptions options) const
{
    FeedConfig config;
    config.provider = u"lines"_s;
    config.symbols = symbols;
    config.endpoint = m_server->httpUrl();
    config.pollIntervalMs = 3'600'000;   // the test drives the cycles
    auto adapter = std::make_unique<LineAdapter>();
    adapter->batchSize = batchSize;
    return std::make_unique<PollingFeed>(config, SystemClock::instance(), std::move(adapter), options);
}

void TestPollingFeed::pollUntilRequests(PollingFeed &feed, int count)
{
    QTRY_VERIFY((feed.pollNow(), m_server->requests(u"/quote"_s).size() >= count));
}

void TestPollingFeed::unchangedQuotesAreNotReemitted()
{
    m_server->setRoute(u"/quote"_s, {
        FakeResponse::json("A,1000,10\nB,1000,20"),
        FakeResponse::json("A,1000,10\nB,1000,20"),      // nothing new
        FakeResponse::json("A,2000,11\nB,1000,20"),      // A traded
        FakeResponse::json("A,2000,11.5\nB,1000,20"),    // A's price moved within the same second
        FakeResponse::json("A,1500,9\nB,1000,20\ngarbage"),   // a lagging replica, and a bad line
        FakeResponse::json("A,2000,11.5\nB,1000,20"),
    });
    auto feed = makeFeed({u"A"_s, u"B"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    pollUntilRequests(*feed, 6);   // replies 1–5 handled
    QCOMPARE(tickKeys(tickSpy), (QStringList{u"A@1000=10"_s, u"B@1000=20"_s, u"A@2000=11"_s, u"A@2000=11.5"_s}));
    QCOMPARE(tickSpy.at(0).at(0).value<TickBatch>().size(), 2);
    // Counters reach the status with the next once-a-second report.
    QTRY_COMPARE_WITH_TIMEOUT(lastStatus(statusSpy).malformedFrames, quint64(1), 3000);
    QCOMPARE(lastStatus(statusSpy).totalTicks, quint64(4));
}

void TestPollingFeed::batchesSymbols()
{
    m_server->setRoute(u"/quote"_s, FakeResponse::json(""));
    auto feed = makeFeed({u"A"_s, u"B"_s, u"C"_s, u"A"_s});
    feed->start();
    QTRY_COMPARE(m_server->requests(u"/quote"_s).size(), 2);
    QStringList queries;
    for (const auto &request : m_server->requests(u"/quote"_s))
        queries.append(QUrlQuery(request.query).queryItemValue(u"symbols"_s));
    queries.sort();
    QCOMPARE(queries, (QStringList{u"A,B"_s, u"C"_s}));
}

void TestPollingFeed::metadataCycleIsSeparate()
{
    m_server->setRoute(u"/quote"_s, FakeResponse::json("A,1000,10"));
    auto feed = makeFeed({u"A"_s});
    QSignalSpy instrumentSpy(feed.get(), &Feed::instrumentsArrived);
    feed->start();
    QTRY_COMPARE(instrumentSpy.size(), 1);
    QCOMPARE(instrumentSpy.first().at(0).value<InstrumentList>().first().name, u"Some Company"_s);
    pollUntilRequests(*feed, 4);
    QCOMPARE(m_server->requests(u"/meta"_s).size(), 1);
    QCOMPARE(QUrlQuery(m_server->requests(u"/meta"_s).first().query).queryItemValue(u"symbol"_s), u"A"_s);
    feed->refreshMetadata();
    QTRY_COMPARE(m_server->requests(u"/meta"_s).size(), 2);
}

void TestPollingFeed::metadataFailureNeverStopsTicks()
{
    m_server->setRoute(u"/meta"_s, FakeResponse::json("badkey", 403));
    m_server->setRoute(u"/quote"_s, {FakeResponse::json("A,1000,10"), FakeResponse::json("A,2000,11")});
    auto feed = makeFeed({u"A"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(m_server->requests(u"/meta"_s).size(), 1);
    pollUntilRequests(*feed, 3);
    QCOMPARE(tickKeys(tickSpy), (QStringList{u"A@1000=10"_s, u"A@2000=11"_s}));
    QCOMPARE(lastStatus(statusSpy).state, FeedState::Live);
    QVERIFY(!states(statusSpy).contains(FeedState::Failed));
    QVERIFY(!states(statusSpy).contains(FeedState::BackingOff));
}

void TestPollingFeed::rateLimitBacksOffWithRetryAfter()
{
    m_server->setRoute(u"/quote"_s, {FakeResponse::json("A,1000,10"),
                                      FakeResponse::json("slow down", 429).withHeader("Retry-After", "1"),
                                      FakeResponse::json("A,2000,11")});
    auto feed = makeFeed({u"A"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(tickSpy.size(), 1);
    const qint64 limitedAt = SystemClock::instance().nowMs();
    feed->pollNow();
    QTRY_VERIFY(states(statusSpy).contains(FeedState::BackingOff));
    const FeedStatus backingOff = firstIn(statusSpy, FeedState::BackingOff);
    QVERIFY(backingOff.message.contains(u"429"));
    QVERIFY(backingOff.nextRetryMs >= limitedAt + 1000);
    // The same wait shows in the budget state, for meters and failover.
    QVERIFY(backingOff.budget.limitedUntilMs >= limitedAt + 1000);
    QVERIFY(backingOff.budget.isLimited(limitedAt));
    feed->pollNow();   // ignored while backing off
    QCOMPARE(m_server->requests(u"/quote"_s).size(), 2);

    QTRY_COMPARE_WITH_TIMEOUT(tickSpy.size(), 2, 5000);
    QVERIFY(m_server->requests(u"/quote"_s).at(2).receivedMs - m_server->requests(u"/quote"_s).at(1).receivedMs >= 900);
    QTRY_COMPARE(lastStatus(statusSpy).state, FeedState::Live);
}

void TestPollingFeed::networkErrorBacksOffThenRecovers()
{
    FakeResponse late = FakeResponse::json("A,1000,10");
    late.delayMs = 2000;
    m_server->setRoute(u"/quote"_s, {late, FakeResponse::json("A,1000,10")});
    PollingOptions options = fastOptions();
    options.http.deadlineMs = 200;
    auto feed = makeFeed({u"A"_s}, 2, options);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    feed->start();
    QTRY_VERIFY(states(statusSpy).contains(FeedState::BackingOff));
    QVERIFY(firstIn(statusSpy, FeedState::BackingOff).message.contains(u"Timed out"));
    QTRY_COMPARE(tickSpy.size(), 1);
    QCOMPARE(lastStatus(statusSpy).state, FeedState::Live);
}

void TestPollingFeed::badKeyFails_data()
{
    QTest::addColumn<FakeResponse>("response");
    QTest::addColumn<QString>("expected");
    QTest::newRow("HTTP 401") << FakeResponse::json("{}", 401) << u"401"_s;
    QTest::newRow("provider says so in a 200") << FakeResponse::json("badkey") << u"Invalid API key"_s;
}

void TestPollingFeed::badKeyFails()
{
    QFETCH(FakeResponse, response);
    QFETCH(QString, expected);
    m_server->setRoute(u"/quote"_s, response);
    auto feed = makeFeed({u"A"_s});
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(lastStatus(statusSpy).state, FeedState::Failed);
    QVERIFY2(lastStatus(statusSpy).message.contains(expected),
             qPrintable(lastStatus(statusSpy).message));
    QVERIFY(!states(statusSpy).contains(FeedState::BackingOff));
    feed->pollNow();
    QCOMPARE(m_server->requests(u"/quote"_s).size(), 1);
}

void TestPollingFeed::unknownSymbolIsDropped()
{
    m_server->setRoute(u"/quote"_s, FakeResponse::json("unknown:ZZZZ"));
    auto feed = makeFeed({u"A"_s, u"ZZZZ"_s}, 1);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_VERIFY(!feed->config().symbols.contains(u"ZZZZ"_s));
    QCOMPARE(feed->config().symbols, QStringList{u"A"_s});
    QVERIFY(!states(statusSpy).contains(FeedState::Failed));
    QCOMPARE(lastStatus(statusSpy).refusedSymbols, QStringList{u"ZZZZ"_s});   // said, for failover

    // The last symbol going too leaves nothing to poll: Failed, with the provider's words.
    m_server->setRoute(u"/quote"_s, FakeResponse::json("unknown:A"));
    QTRY_VERIFY((feed->pollNow(), lastStatus(statusSpy).state == FeedState::Failed));
    QCOMPARE(lastStatus(statusSpy).message, u"Unknown symbol"_s);
}

// Issue #12 §2: a user who asks for 1 s gets 1 s (and is told, once, what
// the provider advises), never a silent 15 s.
void TestPollingFeed::explicitIntervalIsHonouredWithANotice()
{
    class AdvisedAdapter final : public PollingAdapter
    {
    public:
        QUrl endpoint;
        [[nodiscard]] PollRequest quoteRequest(const QStringList &batch, const FeedConfig &) const override
        {
            return {QNetworkRequest(endpoint.resolved(QUrl(u"/quote"_s))), u"quote"_s, batch};
        }
        [[nodiscard]] ParseResult parse(const Payload &) override { return {}; }
        [[nodiscard]] qint64 advisedPollIntervalMs() const override { return 15'000; }
    };
    m_server->setRoute(u"/quote"_s, FakeResponse::json("A,1000,10"));
    const auto make = [this](qint64 intervalMs) {
        FeedConfig config;
        config.provider = u"advised"_s;
        config.symbols = {u"A"_s};
        config.pollIntervalMs = intervalMs;
        auto adapter = std::make_unique<AdvisedAdapter>();
        adapter->endpoint = m_server->httpUrl();
        return std::make_unique<PollingFeed>(config, SystemClock::instance(), std::move(adapter), fastOptions());
    };

    auto fast = make(50);
    QCOMPARE(fast->pollIntervalMs(), 50);
    QSignalSpy statusSpy(fast.get(), &Feed::statusChanged);
    fast->start();
    // Polled at the interval asked for: several requests where 15 s would allow one.
    QTRY_VERIFY(m_server->requests(u"/quote"_s).size() >= 4);
    const QString notice = lastStatus(statusSpy).notice;
    QVERIFY2(notice.contains(u"0.05 s"_s) && notice.contains(u"15 s"_s), qPrintable(notice));
    int noticesSaid = 0;   // status reports that changed the notice: once, not per poll
    QString previous;
    for (const QList<QVariant> &call : std::as_const(statusSpy)) {
        const QString current = call.at(0).value<FeedStatus>().notice;
        noticesSaid += current != previous ? 1 : 0;
        previous = current;
    }
    QCOMPARE(noticesSaid, 1);
    fast->stop();

    auto slow = make(60'000);
    QCOMPARE(slow->pollIntervalMs(), 60'000);
    QVERIFY(slow->noticeText().isEmpty());
}

void TestPollingFeed::budgetThatOverridesTheIntervalIsSaid()
{
    class BudgetAdapter final : public PollingAdapter
    {
    public:
        [[nodiscard]] PollRequest quoteRequest(const QStringList &, const FeedConfig &) const override { return {}; }
        [[nodiscard]] ParseResult parse(const Payload &) override { return {}; }
        [[nodiscard]] qint64 advisedPollIntervalMs() const override { return 0; }
        [[nodiscard]] std::optional<BudgetPolicy> budget() const override { return BudgetPolicy{25, 86'400'000}; }
    };
    FeedConfig config;
    config.symbols = {u"A"_s, u"B"_s};
    config.pollIntervalMs = 60'000;
    PollingFeed feed(config, SystemClock::instance(), std::make_unique<BudgetAdapter>());
    // 25 a day: one request every 3456 s, two symbols: each quoted every 6912 s.
    const QString notice = feed.noticeText();
    QVERIFY2(notice.contains(u"60 s"_s) && notice.contains(u"25 requests"_s) && notice.contains(u"6912 s"_s),
             qPrintable(notice));
    config.pollIntervalMs = 7'000'000;
    PollingFeed relaxed(config, SystemClock::instance(), std::make_unique<BudgetAdapter>());
    QVERIFY(relaxed.noticeText().isEmpty());
}

void TestPollingFeed::runsOnAFeedThread()
{
    registerCoreMetaTypes();
    m_server->setRoute(u"/quote"_s, FakeResponse::json("A,1000,10"));
    QThread thread;
    PollingFeed *feed = makeFeed({u"A"_s}).release();
    feed->moveToThread(&thread);
    connect(&thread, &QThread::finished, feed, &QObject::deleteLater);
    TickBatch received;
    InstrumentList instruments;
    connect(feed, &Feed::ticksArrived, this, [&](const TickBatch &ticks) { received += ticks; });
    connect(feed, &Feed::instrumentsArrived, this, [&](const InstrumentList &list) { instruments += list; });
    thread.start();
    QMetaObject::invokeMethod(feed, &Feed::start);
    QTRY_COMPARE(received.size(), 1);
    QTRY_COMPARE(instruments.size(), 1);
    QMetaObject::invokeMethod(feed, &Feed::stop, Qt::BlockingQueuedConnection);
    thread.quit();
    QVERIFY(thread.wait(5000));
}

QTEST_GUILESS_MAIN(TestPollingFeed)
#include "tst_pollingfeed.moc"
