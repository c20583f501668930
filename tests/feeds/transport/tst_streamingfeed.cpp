#include "FakeProviderServer.h"
#include "StreamingFeed.h"

#include <Clock.h>
#include <CoreMetaTypes.h>
#include <ProviderError.h>

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace tickerline;
using namespace Qt::StringLiterals;
using tickerline::test::FakeProviderServer;

namespace {

// A tiny text protocol: "sub:SYM" / "unsub:SYM" out; in "T,SYM,timeMs,price"
// trades, "E,auth,message" and "E,unknown,SYM" errors, "P" an application
// ping that wants "pong", "R" the server asking for a new connection.
class TextAdapter final : public StreamingAdapter
{
public:
    [[nodiscard]] QUrl url(const FeedConfig &config) const override
    {
        QUrl url = config.endpoint;
        url.setQuery(u"token="_s + config.apiKey);
        return url;
    }
    [[nodiscard]] QStringList subscribeMessages(const QStringList &symbols) override { return prefixed(u"sub:", symbols); }
    [[nodiscard]] QStringList unsubscribeMessages(const QStringList &symbols) override
    {
        return prefixed(u"unsub:", symbols);
    }
    [[nodiscard]] ParseResult parse(const Payload &frame) override
    {
        ParseResult result;
        const QString text = frame.isText() ? frame.text.toString() : QString::fromUtf8(frame.bytes);
        const QStringList fields = text.split(u',');
        if (fields.value(0) == u"P") {
            result.control = ParseResult::Control::Ping;
        } else if (fields.value(0) == u"R") {
            result.control = ParseResult::Control::Reconnect;
        } else if (fields.value(0) == u"E" && fields.size() == 3) {
            const bool auth = fields.at(1) == u"auth";
            result.error = makeProviderError(auth ? fields.at(2) : u"Unknown symbol"_s,
                                             auth ? ProviderError::Kind::Auth : ProviderError::Kind::UnknownSymbol);
            if (!auth)
                result.error->symbols = {fields.at(2)};
        } else if (fields.value(0) == u"T" && fields.size() == 4) {
            Tick tick{fields.at(1), u"text"_s, fields.at(2).toLongLong(), fields.at(3).toDouble(), 1.0, -1, frame.nowMs};
            result.ticks.append(tick);
        } else {
            ++result.malformed;
        }
        return result;
    }
    [[nodiscard]] QStringList repliesTo(const ParseResult &result) override
    {
        return result.control == ParseResult::Control::Ping ? QStringList{u"pong"_s} : QStringList{};
    }

private:
    static QStringList prefixed(QStringView prefix, const QStringList &symbols)
    {
        QStringList out;
        for (const QString &symbol : symbols)
            out.append(prefix + symbol);
        return out;
    }
};

FeedStatus lastStatus(const QSignalSpy &spy)
{
    return spy.isEmpty() ? FeedStatus{} : spy.last().at(0).value<FeedStatus>();
}

QList<FeedState> states(const QSignalSpy &spy)
{
    QList<FeedState> out;
    for (const QList<QVariant> &call : spy)
        out.append(call.at(0).value<FeedStatus>().state);
    return out;
}

// Each entry into BackingOff (not the once-a-second reports while it lasts),
// with the retry delay as announced at the moment the link was written off.
struct BackoffRecorder
{
    explicit BackoffRecorder(Feed &feed)
    {
        QObject::connect(&feed, &Feed::statusChanged, &feed, [this](const FeedStatus &status) {
            const bool entered = status.state == FeedState::BackingOff && previous != FeedState::BackingOff;
            previous = status.state;
            if (!entered)
                return;
            entries.append(status);
            plannedDelays.append(status.nextRetryMs - SystemClock::instance().nowMs());
        });
    }
    QList<FeedStatus> entries;
    QList<qint64> plannedDelays;
    FeedState previous = FeedState::Idle;
};

} // namespace

class TestStreamingFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void subscribesOnEveryConnect();
    void setSymbolsResubscribesLive();
    void ticksAndMalformedFramesAreCounted();
    void controlFramesGetReplies();
    void providerHeartbeat();
    void badKeyFailsWithoutRetrying();
    void unknownSymbols();
    void staleTimeoutComesFromConfig();
    void runsOnAFeedThread();
    void droppedLinkComesStraightBack();
    void reconnectsWhenTheServerAsks();
    void refusedConnectionsBackOffExponentially();

private:
    [[nodiscard]] std::unique_ptr<StreamingFeed> makeFeed(const QStringList &symbols, qint64 staleTimeoutMs = 30'000,
                                                          QString heartbeat = {},
                                                          std::optional<BackoffPolicy> backoff = std::nullopt) const;

    std::unique_ptr<FakeProviderServer> m_server;
};

void TestStreamingFeed::init()
{
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
}

std::unique_ptr<StreamingFeed> TestStreamingFeed::makeFeed(const QStringList &symbols, qint64 staleTimeoutMs,
                                                           QString heartbeat, std::optional<BackoffPolicy> backoff) const
{
    FeedConfig config;
    config.provider = u"text"_s;
    config.symbols = symbols;
    config.endpoint = m_server->wsUrl();
    config.apiKey = u"SUPERSECRET"_s;
    config.staleTimeoutMs = staleTimeoutMs;
    auto adapter = std::make_unique<TextAdapter>();
    WebSocketOptions options;
    options.reconnect.backoff.baseMs = 20;
    options.reconnect.backoff.capMs = 50;
    if (backoff)
        options.reconnect.backoff = *backoff;
    options.pingIntervalMs = 0;
    options.heartbeatMessage = std::move(heartbeat);
    options.heartbeatIntervalMs = 50;
    return std::make_unique<StreamingFeed>(config, SystemClock::instance(), std::move(adapter), options);
}

void TestStreamingFeed::subscribesOnEveryConnect()
{
    auto feed = makeFeed({u"AAPL"_s, u"MSFT"_s, u"AAPL"_s});
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages(), (QStringList{u"sub:AAPL"_s, u"sub:MSFT"_s}));
    QCOMPARE(m_server->requests(u"/ws"_s).first().query, u"token=SUPERSECRET"_s);
    m_server->abortClients();
    QTRY_COMPARE(m_server->receivedMessages().size(), 4);
    QCOMPARE(m_server->receivedMessages().mid(2), (QStringList{u"sub:AAPL"_s, u"sub:MSFT"_s}));
    QCOMPARE(m_server->webSocketConnections(), 2);
}

void TestStreamingFeed::setSymbolsResubscribesLive()
{
    auto feed = makeFeed({u"AAPL"_s, u"MSFT"_s});
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 2);
    feed->setSymbols({u"AAPL"_s, u"TSLA"_s});
    QTRY_COMPARE(m_server->receivedMessages().size(), 4);
    QCOMPARE(m_server->receivedMessages().mid(2), (QStringList{u"unsub:MSFT"_s, u"sub:TSLA"_s}));
    QCOMPARE(m_server->webSocketConnections(), 1);
    QCOMPARE(feed->config().symbols, (QStringList{u"AAPL"_s, u"TSLA"_s}));
}

void TestStreamingFeed::ticksAndMalformedFramesAreCounted()
{
    auto feed = makeFeed({u"AAPL"_s});
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    QCOMPARE(lastStatus(statusSpy).state, FeedState::Connecting);
    m_server->sendText(u"T,AAPL,1672348887666,129.58"_s);
    m_server->sendText(u"{truncated"_s);
    m_server->sendText(u"T,AAPL,1672348887667,129.6"_s);
    QTRY_COMPARE(tickSpy.size(), 2);
    QCOMPARE(tickSpy.at(0).at(0).value<TickBatch>().first().price, 129.58);
    QVERIFY(states(statusSpy).contains(FeedState::Live));
    QTRY_COMPARE_WITH_TIMEOUT(lastStatus(statusSpy).malformedFrames, quint64(1), 3000);
    QCOMPARE(lastStatus(statusSpy).totalTicks, quint64(2));
    QCOMPARE(lastStatus(statusSpy).state, FeedState::Live);   // a bad frame is never fatal
    QCOMPARE(lastStatus(statusSpy).feed, u"text"_s);
}

void TestStreamingFeed::controlFramesGetReplies()
{
    auto feed = makeFeed({u"AAPL"_s});
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    m_server->sendText(u"P"_s);
    QTRY_COMPARE(m_server->receivedMessages().size(), 2);
    QCOMPARE(m_server->receivedMessages().last(), u"pong"_s);
}

void TestStreamingFeed::providerHeartbeat()
{
    auto feed = makeFeed({}, 30'000, uR"({"action":"heartbeat"})"_s);
    feed->start();
    QTRY_VERIFY(m_server->receivedMessages().size() >= 2);
    QCOMPARE(m_server->receivedMessages().first(), uR"({"action":"heartbeat"})"_s);
}

void TestStreamingFeed::badKeyFailsWithoutRetrying()
{
    auto feed = makeFeed({u"AAPL"_s});
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    m_server->sendText(u"E,auth,Invalid API key SUPERSECRET"_s);
    QTRY_COMPARE(lastStatus(statusSpy).state, FeedState::Failed);
    QCOMPARE(lastStatus(statusSpy).message, u"Invalid API key ***"_s);
    QVERIFY(!states(statusSpy).contains(FeedState::BackingOff));
    QTRY_COMPARE(m_server->webSocketClientCount(), 0);
    QCOMPARE(m_server->webSocketConnections(), 1);
}

void TestStreamingFeed::unknownSymbols()
{
    auto feed = makeFeed({u"AAPL"_s, u"NOPE"_s});
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 2);
    m_server->sendText(u"E,unknown,NOPE"_s);
    QTRY_COMPARE(feed->config().symbols, QStringList{u"AAPL"_s});
    QVERIFY(!states(statusSpy).contains(FeedState::Failed));

    m_server->sendText(u"E,unknown,AAPL"_s);
    QTRY_COMPARE(lastStatus(statusSpy).state, FeedState::Failed);
    QCOMPARE(lastStatus(statusSpy).message, u"Unknown symbol"_s);

    // A new list is a new chance.
    feed->setSymbols({u"MSFT"_s});
    QTRY_COMPARE(m_server->receivedMessages().last(), u"sub:MSFT"_s);
    QCOMPARE(m_server->webSocketConnections(), 2);
}

void TestStreamingFeed::staleTimeoutComesFromConfig()
{
    auto feed = makeFeed({u"AAPL"_s}, 500);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    m_server->sendText(u"T,AAPL,1672348887666,129.58"_s);
    QTRY_COMPARE(lastStatus(statusSpy).state, FeedState::Live);
    m_server->goSilent();
    QTRY_VERIFY(states(statusSpy).contains(FeedState::Stale));
    QTRY_COMPARE(m_server->webSocketConnections(), 2);
    const QList<FeedState> seen = states(statusSpy);
    QCOMPARE(seen.mid(seen.indexOf(FeedState::Live), 4),
             (QList<FeedState>{FeedState::Live, FeedState::Stale, FeedState::BackingOff, FeedState::Connecting}));
}

void TestStreamingFeed::runsOnAFeedThread()
{
    registerCoreMetaTypes();
    QThread thread;
    StreamingFeed *feed = makeFeed({u"AAPL"_s}).release();
    feed->moveToThread(&thread);
    connect(&thread, &QThread::finished, feed, &QObject::deleteLater);
    TickBatch received;
    QList<FeedState> seen;
    // Queued onto this thread, as the engine's hub receives them.
    connect(feed, &Feed::ticksArrived, this, [&](const TickBatch &ticks) { received += ticks; });
    connect(feed, &Feed::statusChanged, this, [&](const FeedStatus &status) { seen.append(status.state); });
    thread.start();
    QMetaObject::invokeMethod(feed, &Feed::start);

    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    m_server->sendText(u"T,AAPL,1672348887666,129.58"_s);
    QTRY_COMPARE(received.size(), 1);
    m_server->abortClients();
    QTRY_COMPARE(m_server->receivedMessages().size(), 2);   // resubscribed from the feed thread
    QMetaObject::invokeMethod(feed, &Feed::stop, Qt::BlockingQueuedConnection);
    thread.quit();
    QVERIFY(thread.wait(5000));
    QTRY_COMPARE(seen.last(), FeedState::Idle);   // statuses are still queued to this thread
    QCOMPARE(seen.first(), FeedState::Connecting);
    QVERIFY(seen.contains(FeedState::BackingOff));
}

// Issue #12 §2b: a provider that drops the link every so often (Finnhub,
// Binance) must not push the wait towards the minute-long ceiling: a link
// that delivered data ends the run of failures, so each drop is retried
// after a draw within floor … base (100–500 ms with the real defaults), and
// the status counts the reconnects.
void TestStreamingFeed::droppedLinkComesStraightBack()
{
    const BackoffPolicy defaults;
    auto feed = makeFeed({u"AAPL"_s}, 30'000, {}, defaults);
    int connections = 0;
    connect(m_server.get(), &FakeProviderServer::messageReceived, this, [&](const QString &message) {
        if (message == u"sub:AAPL")
            m_server->sendText(u"T,AAPL,%1,10"_s.arg(++connections));
    });
    const BackoffRecorder recorder(*feed);
    const QList<FeedStatus> &backingOff = recorder.entries;
    const QList<qint64> &plannedDelays = recorder.plannedDelays;
    QSignalSpy ticks(feed.get(), &Feed::ticksArrived);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    constexpr int Drops = 6;
    for (int drop = 1; drop <= Drops; ++drop) {
        QTRY_COMPARE(ticks.size(), drop);   // this link delivered a trade
        m_server->closeClients(QWebSocketProtocol::CloseCodeGoingAway, u"bye"_s);
        QTRY_COMPARE(backingOff.size(), drop);
    }
    QTRY_COMPARE(ticks.size(), Drops + 1);
    for (int i = 0; i < Drops; ++i) {
        QCOMPARE(backingOff.at(i).failures, 1);
        QVERIFY2(plannedDelays.at(i) >= defaults.floorMs - 5 && plannedDelays.at(i) <= defaults.baseMs,
                 qPrintable(u"drop %1: retry planned in %2 ms"_s.arg(i + 1).arg(plannedDelays.at(i))));
    }
    QTRY_COMPARE(lastStatus(statusSpy).reconnects, quint64(Drops));
    QVERIFY(lastStatus(statusSpy).disconnectedMs > 0);
}

void TestStreamingFeed::reconnectsWhenTheServerAsks()
{
    auto feed = makeFeed({u"AAPL"_s});
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(m_server->receivedMessages(), QStringList{u"sub:AAPL"_s});
    m_server->sendText(u"R"_s);
    // The feed leaves the old link itself and subscribes again on the new one.
    QTRY_COMPARE(m_server->webSocketConnections(), 2);
    QTRY_COMPARE(m_server->receivedMessages(), (QStringList{u"sub:AAPL"_s, u"sub:AAPL"_s}));
    QTRY_COMPARE(m_server->webSocketClientCount(), 1);
    QVERIFY(std::any_of(statusSpy.cbegin(), statusSpy.cend(), [](const QList<QVariant> &call) {
        return call.at(0).value<FeedStatus>().message.contains(u"asked for a new connection"_s);
    }));
    QVERIFY(!states(statusSpy).contains(FeedState::Failed));
}

// A server that refuses every handshake sees the attempts spaced by a
// growing ceiling: consecutive failures count up, never reset.
void TestStreamingFeed::refusedConnectionsBackOffExponentially()
{
    BackoffPolicy policy;
    policy.baseMs = 40;
    policy.floorMs = 10;
    m_server->refuseHandshakes(503);
    auto feed = makeFeed({u"AAPL"_s}, 30'000, {}, policy);
    const BackoffRecorder recorder(*feed);
    const QList<FeedStatus> &backingOff = recorder.entries;
    const QList<qint64> &plannedDelays = recorder.plannedDelays;
    feed->start();
    QTRY_VERIFY_WITH_TIMEOUT(backingOff.size() >= 6, 15'000);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(backingOff.at(i).failures, i + 1);
        const qint64 ceiling = policy.baseMs << i;
        QVERIFY2(plannedDelays.at(i) <= ceiling, qPrintable(u"attempt %1: %2 ms above %3"_s.arg(i + 1)
                                                                .arg(plannedDelays.at(i)).arg(ceiling)));
    }
    QCOMPARE(m_server->webSocketConnections(), 0);
}

QTEST_GUILESS_MAIN(TestStreamingFeed)
#include "tst_streamingfeed.moc"
