#include "FakeProviderServer.h"
#include "SseTransport.h"

#include <Clock.h>

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace tickerline;
using namespace Qt::StringLiterals;
using tickerline::test::FakeProviderServer;
using tickerline::test::FakeResponse;

namespace {

SseOptions fastOptions()
{
    SseOptions options;
    options.reconnect.backoff.baseMs = 20;
    options.reconnect.backoff.capMs = 50;
    options.reconnect.staleTimeoutMs = 5000;
    return options;
}

QList<SseEvent> allEvents(const QSignalSpy &spy)
{
    QList<SseEvent> out;
    for (const QList<QVariant> &call : spy)
        out += call.at(0).value<QList<SseEvent>>();
    return out;
}

QList<FeedState> states(const QSignalSpy &spy)
{
    QList<FeedState> out;
    for (const QList<QVariant> &call : spy)
        out.append(call.at(0).value<ConnectionState>().state);
    return out;
}

} // namespace

class TestSseTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void eventsAcrossChunks_data();
    void eventsAcrossChunks();
    void reconnectSendsLastEventId();
    void retryFieldSetsMinimumDelay();
    void commentsKeepTheStreamAlive();
    void retryAfterOn503();
    void permanentAnswersFail_data();
    void permanentAnswersFail();
    void sendsRequestHeaders();
    void oversizedEventsAreDropped();
    void selfSignedTlsIsRefused();

private:
    std::unique_ptr<FakeProviderServer> m_server;
};

void TestSseTransport::init()
{
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
}

void TestSseTransport::eventsAcrossChunks_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("chunked") << int(FakeResponse::Kind::EventStream);
    QTest::newRow("until close") << int(FakeResponse::Kind::EventStreamUntilClose);
}

void TestSseTransport::eventsAcrossChunks()
{
    QFETCH(int, kind);
    m_server->setRoute(u"/stream"_s, FakeResponse::eventStream(FakeResponse::Kind(kind)));
    SseTransport transport(fastOptions(), SystemClock::instance());
    QSignalSpy eventSpy(&transport, &SseTransport::eventsReceived);
    QSignalSpy upSpy(&transport, &SseTransport::connected);
    transport.open(QNetworkRequest(m_server->httpUrl(u"/stream?symbols=AAPL"_s)));
    QTRY_COMPARE(upSpy.size(), 1);

    m_server->sendEvents("event: quote\nid: 41\ndata: {\"s\":\"AAPL\",");
    QTRY_COMPARE(transport.state().state, FeedState::Live);   // bytes arrived, no event yet
    QCOMPARE(eventSpy.size(), 0);
    m_server->sendEvents("\ndata: \"p\":1}\n\nid: 42\ndata: second\r\n\r");
    m_server->sendEvents("\n");
    QTRY_COMPARE(allEvents(eventSpy).size(), 2);
    const QList<SseEvent> events = allEvents(eventSpy);
    QCOMPARE(events.at(0), (SseEvent{u"quote"_s, u"{\"s\":\"AAPL\",\n\"p\":1}"_s, u"41"_s}));
    QCOMPARE(events.at(1), (SseEvent{u"message"_s, u"second"_s, u"42"_s}));
    QCOMPARE(transport.lastEventId(), u"42"_s);
}

void TestSseTransport::reconnectSendsLastEventId()
{
    m_server->setRoute(u"/stream"_s, FakeResponse::eventStream());
    SseTransport transport(fastOptions(), SystemClock::instance());
    QSignalSpy eventSpy(&transport, &SseTransport::eventsReceived);
    QSignalSpy downSpy(&transport, &SseTransport::disconnected);
    transport.open(QNetworkRequest(m_server->httpUrl(u"/stream"_s)));
    QTRY_COMPARE(m_server->eventStreamCount(), 1);
    m_server->sendEvents(FakeProviderServer::sseEvent("a", "7") + FakeProviderServer::sseEvent("b", "8"));
    QTRY_COMPARE(allEvents(eventSpy).size(), 2);

    m_server->dropEventStreams();
    QTRY_COMPARE(downSpy.size(), 1);
    QTRY_COMPARE(m_server->requests(u"/stream"_s).size(), 2);
    const auto requests = m_server->requests(u"/stream"_s);
    QVERIFY(!requests.at(0).headers.contains("last-event-id"));
    QCOMPARE(requests.at(1).headers.value("last-event-id"), QByteArray("8"));

    // An orderly end of the body is a reconnect too, with the latest id.
    QTRY_COMPARE(m_server->eventStreamCount(), 1);
    m_server->sendEvents(FakeProviderServer::sseEvent("c", "9"));
    QTRY_COMPARE(allEvents(eventSpy).size(), 3);
    m_server->endEventStreams();
    QTRY_COMPARE(m_server->requests(u"/stream"_s).size(), 3);
    QCOMPARE(m_server->requests(u"/stream"_s).at(2).headers.value("last-event-id"), QByteArray("9"));
}

void TestSseTransport::retryFieldSetsMinimumDelay()
{
    m_server->setRoute(u"/stream"_s, FakeResponse::eventStream());
    SseTransport transport(fastOptions(), SystemClock::instance());
    QSignalSpy stateSpy(&transport.supervisor(), &ConnectionSupervisor::stateChanged);
    QSignalSpy eventSpy(&transport, &SseTransport::eventsReceived);
    transport.open(QNetworkRequest(m_server->httpUrl(u"/stream"_s)));
    QTRY_COMPARE(m_server->eventStreamCount(), 1);
    m_server->sendEvents("retry: 400\n\n" + FakeProviderServer::sseEvent("x", "1"));
    QTRY_COMPARE(eventSpy.size(), 1);

    const qint64 dropMs = SystemClock::instance().nowMs();
    m_server->dropEventStreams();
    QTRY_COMPARE(transport.state().state, FeedState::BackingOff);
    // The backoff alone would wait at most 50 ms.
    QVERIFY2(transport.state().nextRetryMs >= dropMs + 400,
             qPrintable(QString::number(transport.state().nextRetryMs - dropMs)));
    QTRY_COMPARE(m_server->requests(u"/stream"_s).size(), 2);
    QVERIFY(m_server->requests(u"/stream"_s).at(1).receivedMs - m_server->requests(u"/stream"_s).at(0).receivedMs >= 400);
}

void TestSseTransport::commentsKeepTheStreamAlive()
{
    m_server->setRoute(u"/stream"_s, FakeResponse::eventStream());
    SseOptions options = fastOptions();
    options.reconnect.staleTimeoutMs = 600;
    SseTransport transport(options, SystemClock::instance());
    QSignalSpy stateSpy(&transport.supervisor(), &ConnectionSupervisor::stateChanged);
    transport.open(QNetworkRequest(m_server->httpUrl(u"/stream"_s)));
    QTRY_COMPARE(m_server->eventStreamCount(), 1);

    // Fifteen keep-alives 100 ms apart span more than two stale timeouts.
    int sent = 0;
    QTimer keepAlive;
    connect(&keepAlive, &QTimer::timeout, this, [&] {
        m_server->sendEvents(": keep-alive\n\n");
        ++sent;
    });
    keepAlive.start(100);
    QTRY_VERIFY_WITH_TIMEOUT(sent >= 15, 10'000);
    QVERIFY(!states(stateSpy).contains(FeedState::Stale));
    QCOMPARE(m_server->requests(u"/stream"_s).size(), 1);
    QCOMPARE(transport.state().state, FeedState::Live);

    keepAlive.stop();
    QTRY_VERIFY(states(stateSpy).contains(FeedState::Stale));
    QTRY_COMPARE(m_server->requests(u"/stream"_s).size(), 2);
}

void TestSseTransport::retryAfterOn503()
{
    m_server->setRoute(u"/stream"_s, {FakeResponse::json("busy", 503).withHeader("Retry-After", "1"),
                                       FakeResponse::eventStream()});
    SseTransport transport(fastOptions(), SystemClock::instance());
    QSignalSpy upSpy(&transport, &SseTransport::connected);
    const qint64 startMs = SystemClock::instance().nowMs();
    transport.open(QNetworkRequest(m_server->httpUrl(u"/stream"_s)));
    QTRY_COMPARE(transport.state().state, FeedState::BackingOff);
    QVERIFY(transport.state().nextRetryMs >= startMs + 1000);
    QVERIFY(transport.state().message.contains(u"503"));
    QTRY_COMPARE_WITH_TIMEOUT(upSpy.size(), 1, 5000);
}

void TestSseTransport::permanentAnswersFail_data()
{
    QTest::addColumn<FakeResponse>("response");
    QTest::addColumn<QString>("expected");
    QTest::newRow("401") << FakeResponse::json(R"({"error":"bad key"})", 401) << u"401"_s;
    QTest::newRow("403") << FakeResponse::json({}, 403) << u"403"_s;
    QTest::newRow("204 stop") << FakeResponse::json({}, 204) << u"204"_s;
    QTest::newRow("not a stream") << FakeResponse::json("<html>", 200).withHeader("Content-Type", "text/html")
                                  << u"text/html"_s;
}

void TestSseTransport::permanentAnswersFail()
{
    QFETCH(FakeResponse, response);
    QFETCH(QString, expected);
    m_server->setRoute(u"/stream"_s, response);
    SseTransport transport(fastOptions(), SystemClock::instance());
    QSignalSpy stateSpy(&transport.supervisor(), &ConnectionSupervisor::stateChanged);
    transport.open(QNetworkRequest(m_server->httpUrl(u"/stream?apikey=SUPERSECRET"_s)));
    QTRY_COMPARE(transport.state().state, FeedState::Failed);
    QVERIFY2(transport.state().message.contains(expected), qPrintable(transport.state().message));
    QVERIFY(!transport.state().message.contains(u"SUPERSECRET"));
    QVERIFY(!states(stateSpy).contains(FeedState::BackingOff));
    QCOMPARE(m_server->requests(u"/stream"_s).size(), 1);
}

void TestSseTransport::sendsRequestHeaders()
{
    m_server->setRoute(u"/stream"_s, FakeResponse::eventStream());
    SseTransport transport(fastOptions(), SystemClock::instance());
    QNetworkRequest request(m_server->httpUrl(u"/stream"_s));
    request.setRawHeader("Authorization", "Bearer t0k");
    transport.open(request);
    QTRY_COMPARE(m_server->requests(u"/stream"_s).size(), 1);
    const auto headers = m_server->requests(u"/stream"_s).first().headers;
    QCOMPARE(headers.value("accept"), QByteArray("text/event-stream"));
    QCOMPARE(headers.value("authorization"), QByteArray("Bearer t0k"));
    QVERIFY(!headers.contains("last-event-id"));
}

void TestSseTransport::oversizedEventsAreDropped()
{
    m_server->setRoute(u"/stream"_s, FakeResponse::eventStream());
    SseOptions options = fastOptions();
    options.maxEventBytes = 1024;
    SseTransport transport(options, SystemClock::instance());
    QSignalSpy eventSpy(&transport, &SseTransport::eventsReceived);
    QSignalSpy droppedSpy(&transport, &SseTransport::eventsDropped);
    transport.open(QNetworkRequest(m_server->httpUrl(u"/stream"_s)));
    QTRY_COMPARE(m_server->eventStreamCount(), 1);
    m_server->sendEvents(FakeProviderServer::sseEvent(QByteArray(4096, 'x'), "1")
                         + FakeProviderServer::sseEvent("fits", "2"));
    QTRY_COMPARE(allEvents(eventSpy).size(), 1);
    QCOMPARE(allEvents(eventSpy).first().data, u"fits"_s);
    QCOMPARE(droppedSpy.size(), 1);
    QCOMPARE(droppedSpy.first().at(0).toInt(), 1);
    QCOMPARE(transport.state().state, FeedState::Live);
}

void TestSseTransport::selfSignedTlsIsRefused()
{
    QVERIFY(m_server->listenTls());
    m_server->setRoute(u"/stream"_s, FakeResponse::eventStream());
    SseTransport transport(fastOptions(), SystemClock::instance());
    QSignalSpy stateSpy(&transport.supervisor(), &ConnectionSupervisor::stateChanged);
    QSignalSpy eventSpy(&transport, &SseTransport::eventsReceived);
    QSignalSpy upSpy(&transport, &SseTransport::connected);
    transport.open(QNetworkRequest(m_server->httpsUrl(u"/stream?apikey=SUPERSECRET"_s)));
    QTRY_VERIFY(states(stateSpy).contains(FeedState::BackingOff));
    QString message;
    for (const QList<QVariant> &call : std::as_const(stateSpy)) {
        const auto state = call.at(0).value<ConnectionState>();
        if (state.state == FeedState::BackingOff) {
            message = state.message;
            break;
        }
    }
    QVERIFY2(message.contains(u"SSL"_s) || message.contains(u"TLS"_s)
                 || message.contains(u"certificate"_s, Qt::CaseInsensitive),
             qPrintable(message));
    QVERIFY(!message.contains(u"SUPERSECRET"));
    QVERIFY(!states(stateSpy).contains(FeedState::Live));
    QCOMPARE(upSpy.size(), 0);
    QCOMPARE(eventSpy.size(), 0);
    QCOMPARE(m_server->eventStreamCount(), 0);
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestSseTransport)
#include "tst_ssetransport.moc"
