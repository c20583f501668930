#include "FakeProviderServer.h"
#include "WebSocketTransport.h"

#include <Clock.h>

#include <QSignalSpy>
#include <QTest>

using namespace tickerline;
using namespace Qt::StringLiterals;
using tickerline::test::FakeProviderServer;

namespace {

WebSocketOptions fastOptions()
{
    WebSocketOptions options;
    options.reconnect.backoff.baseMs = 20;
    options.reconnect.backoff.capMs = 100;
    options.reconnect.staleTimeoutMs = 5000;
    options.pingIntervalMs = 0;
    return options;
}

QList<FeedState> states(const QSignalSpy &spy)
{
    QList<FeedState> out;
    for (const QList<QVariant> &call : spy)
        out.append(call.at(0).value<ConnectionState>().state);
    return out;
}

std::optional<ConnectionState> firstIn(const QSignalSpy &spy, FeedState state)
{
    for (const QList<QVariant> &call : spy) {
        const auto value = call.at(0).value<ConnectionState>();
        if (value.state == state)
            return value;
    }
    return std::nullopt;
}

} // namespace

class TestWebSocketTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void subscribesOnEveryConnect();
    void receivesFrames();
    void pongsCountAndSilenceGoesStale();
    void serverCloseBacksOffThenReconnects();
    void refusedHandshakeFails_data();
    void refusedHandshakeFails();
    void oversizedMessageIsRejected();
    void sendsProviderHeartbeat();
    void reconnectAfterHonoursMinimumDelay();
    void failStopsRetrying();
    void closeGoesIdle();
    void selfSignedTlsIsRefused();

private:
    std::unique_ptr<FakeProviderServer> m_server;
};

void TestWebSocketTransport::init()
{
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
}

void TestWebSocketTransport::subscribesOnEveryConnect()
{
    WebSocketTransport transport(fastOptions(), SystemClock::instance());
    QSignalSpy stateSpy(&transport.supervisor(), &ConnectionSupervisor::stateChanged);
    connect(&transport, &WebSocketTransport::connected, this,
            [&transport] { transport.sendText(uR"({"type":"subscribe","symbol":"AAPL"})"_s); });
    transport.open(m_server->wsUrl());
    QTRY_COMPARE(m_server->receivedMessages().size(), 1);
    QCOMPARE(states(stateSpy).first(), FeedState::Connecting);

    const qint64 dropMs = SystemClock::instance().nowMs();
    m_server->abortClients();
    QTRY_COMPARE(m_server->webSocketConnections(), 2);
    QTRY_COMPARE(m_server->receivedMessages().size(), 2);
    QCOMPARE(m_server->receivedMessages().at(1), uR"({"type":"subscribe","symbol":"AAPL"})"_s);
    const auto backingOff = firstIn(stateSpy, FeedState::BackingOff);
    QVERIFY(backingOff.has_value());
    QVERIFY(backingOff->nextRetryMs >= dropMs);
    QVERIFY(backingOff->nextRetryMs <= SystemClock::instance().nowMs() + 100);
}

void TestWebSocketTransport::receivesFrames()
{
    WebSocketTransport transport(fastOptions(), SystemClock::instance());
    QSignalSpy textSpy(&transport, &WebSocketTransport::textReceived);
    QSignalSpy binarySpy(&transport, &WebSocketTransport::binaryReceived);
    QSignalSpy stateSpy(&transport.supervisor(), &ConnectionSupervisor::stateChanged);
    transport.open(m_server->wsUrl(u"/ws?token=abc"_s));
    QTRY_COMPARE(m_server->webSocketClientCount(), 1);
    QCOMPARE(m_server->requests(u"/ws"_s).first().query, u"token=abc"_s);
    QCOMPARE(transport.state().state, FeedState::Connecting);   // Live comes with data, not with the handshake

    m_server->sendText(uR"({"type":"trade","data":[{"s":"AAPL","p":129.58,"t":1672348887666,"v":1}]})"_s);
    m_server->sendBinary(QByteArray("\x01\x02", 2));
    QTRY_COMPARE(textSpy.size(), 1);
    QTRY_COMPARE(binarySpy.size(), 1);
    QVERIFY(textSpy.at(0).at(0).toString().contains(u"129.58"));
    QCOMPARE(binarySpy.at(0).at(0).toByteArray(), QByteArray("\x01\x02", 2));
    QCOMPARE(transport.state().state, FeedState::Live);
}

void TestWebSocketTransport::pongsCountAndSilenceGoesStale()
{
    WebSocketOptions options = fastOptions();
    options.pingIntervalMs = 50;
    options.reconnect.staleTimeoutMs = 400;
    WebSocketTransport transport(options, SystemClock::instance());
    QSignalSpy stateSpy(&transport.supervisor(), &ConnectionSupervisor::stateChanged);
    QSignalSpy downSpy(&transport, &WebSocketTransport::disconnected);
    transport.open(m_server->wsUrl());
    // The server sends nothing of its own: only its pongs can make the link Live.
    QTRY_COMPARE(transport.state().state, FeedState::Live);

    m_server->goSilent();
    QTRY_VERIFY(states(stateSpy).contains(FeedState::Stale));
    const QList<FeedState> seen = states(stateSpy);
    QCOMPARE(seen.at(seen.indexOf(FeedState::Stale) + 1), FeedState::BackingOff);
    QVERIFY(downSpy.first().at(0).toString().contains(u"No data"));
    QTRY_COMPARE(m_server->webSocketConnections(), 2);
    QTRY_COMPARE(transport.state().state, FeedState::Live);
}

void TestWebSocketTransport::serverCloseBacksOffThenReconnects()
{
    WebSocketTransport transport(fastOptions(), SystemClock::instance());
    QSignalSpy stateSpy(&transport.supervisor(), &ConnectionSupervisor::stateChanged);
    QSignalSpy downSpy(&transport, &WebSocketTransport::disconnected);
    QSignalSpy upSpy(&transport, &WebSocketTransport::connected);
    transport.open(m_server->wsUrl());
    QTRY_COMPARE(upSpy.size(), 1);

    m_server->closeClients(QWebSocketProtocol::CloseCodeGoingAway, u"restarting"_s);
    QTRY_COMPARE(downSpy.size(), 1);
    const QString reason = downSpy.first().at(0).toString();
    QVERIFY2(reason.contains(u"1001") && reason.contains(u"restarting"), qPrintable(reason));
    const auto backingOff = firstIn(stateSpy, FeedState::BackingOff);
    QVERIFY(backingOff.has_value());
    QCOMPARE(backingOff->message, reason);
    QVERIFY(backingOff->nextRetryMs > 0);
    QTRY_COMPARE(upSpy.size(), 2);
    QCOMPARE(m_server->webSocketConnections(), 2);
}

void TestWebSocketTransport::refusedHandshakeFails_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("401") << 401;
    QTest::newRow("403") << 403;
}

void TestWebSocketTransport::refusedHandshakeFails()
{
    QFETCH(int, status);
    m_server->refuseHandshakes(status, R"({"error":"Invalid API key"})");
    WebSocketOptions options = fastOptions();
    options.reconnect.backoff.baseMs = 1;
    options.reconnect.backoff.capMs = 1;
    WebSocketTransport transport(options, SystemClock::instance());
    QSignalSpy stateSpy(&transport.supervisor(), &ConnectionSupervisor::stateChanged);
    transport.open(m_server->wsUrl(u"/ws?token=SUPERSECRET"_s));
    QTRY_COMPARE(transport.state().state, FeedState::Failed);
    QVERIFY2(transport.state().message.contains(QString::number(status)), qPrintable(transport.state().message));
    QVERIFY(!transport.state().message.contains(u"SUPERSECRET"));
    QVERIFY(!states(stateSpy).contains(FeedState::BackingOff));
    // An absence cannot be awaited: give a 1 ms backoff ample time to retry, then check it did not.
    QTest::qWait(300);
    QCOMPARE(m_server->refusedHandshakes(), 1);
    QCOMPARE(transport.state().state, FeedState::Failed);
}

void TestWebSocketTransport::oversizedMessageIsRejected()
{
    WebSocketOptions options = fastOptions();
    options.maxMessageBytes = 1024;
    WebSocketTransport transport(options, SystemClock::instance());
    QSignalSpy textSpy(&transport, &WebSocketTransport::textReceived);
    QSignalSpy downSpy(&transport, &WebSocketTransport::disconnected);
    transport.open(m_server->wsUrl());
    QTRY_COMPARE(m_server->webSocketClientCount(), 1);

    m_server->sendText(u"small"_s);
    m_server->sendText(QString(4096, u'x'));
    QTRY_COMPARE(downSpy.size(), 1);
    QVERIFY2(downSpy.first().at(0).toString().contains(u"1009"), qPrintable(downSpy.first().at(0).toString()));
    QCOMPARE(textSpy.size(), 1);
    QCOMPARE(textSpy.first().at(0).toString(), u"small"_s);
    QTRY_COMPARE(m_server->webSocketConnections(), 2);   // a provider glitch, not a reason to give up
}

void TestWebSocketTransport::sendsProviderHeartbeat()
{
    WebSocketOptions options = fastOptions();
    options.heartbeatMessage = uR"({"action":"heartbeat"})"_s;
    options.heartbeatIntervalMs = 50;
    WebSocketTransport transport(options, SystemClock::instance());
    transport.open(m_server->wsUrl());
    QTRY_VERIFY(m_server->receivedMessages().size() >= 3);
    for (const QString &message : m_server->receivedMessages())
        QCOMPARE(message, uR"({"action":"heartbeat"})"_s);
}

void TestWebSocketTransport::reconnectAfterHonoursMinimumDelay()
{
    WebSocketTransport transport(fastOptions(), SystemClock::instance());
    QSignalSpy upSpy(&transport, &WebSocketTransport::connected);
    transport.open(m_server->wsUrl());
    QTRY_COMPARE(upSpy.size(), 1);
    const qint64 before = SystemClock::instance().nowMs();
    transport.reconnectAfter(300, u"rate limited"_s);
    QCOMPARE(transport.state().state, FeedState::BackingOff);
    QCOMPARE(transport.state().message, u"rate limited"_s);
    QVERIFY(transport.state().nextRetryMs >= before + 300);
    QTRY_COMPARE(upSpy.size(), 2);
}

void TestWebSocketTransport::failStopsRetrying()
{
    WebSocketTransport transport(fastOptions(), SystemClock::instance());
    QSignalSpy downSpy(&transport, &WebSocketTransport::disconnected);
    transport.open(m_server->wsUrl());
    QTRY_COMPARE(m_server->webSocketClientCount(), 1);
    transport.fail(u"Invalid API key"_s);
    QCOMPARE(transport.state().state, FeedState::Failed);
    QCOMPARE(transport.state().message, u"Invalid API key"_s);
    QCOMPARE(downSpy.size(), 1);
    QTRY_COMPARE(m_server->webSocketClientCount(), 0);
    QVERIFY(!transport.sendText(u"anything"_s));
}

void TestWebSocketTransport::closeGoesIdle()
{
    WebSocketTransport transport(fastOptions(), SystemClock::instance());
    transport.open(m_server->wsUrl());
    QTRY_COMPARE(m_server->webSocketClientCount(), 1);
    transport.close();
    QCOMPARE(transport.state().state, FeedState::Idle);
    QTRY_COMPARE(m_server->webSocketClientCount(), 0);
    QCOMPARE(m_server->webSocketConnections(), 1);
}

void TestWebSocketTransport::selfSignedTlsIsRefused()
{
    QVERIFY(m_server->listenTls());
    QUrl url = m_server->httpsUrl(u"/ws?token=SUPERSECRET"_s);
    url.setScheme(u"wss"_s);
    WebSocketTransport transport(fastOptions(), SystemClock::instance());
    QSignalSpy stateSpy(&transport.supervisor(), &ConnectionSupervisor::stateChanged);
    QSignalSpy textSpy(&transport, &WebSocketTransport::textReceived);
    transport.open(url);
    QTRY_VERIFY(firstIn(stateSpy, FeedState::BackingOff).has_value());
    const QString message = firstIn(stateSpy, FeedState::BackingOff)->message;
    QVERIFY2(message.contains(u"certificate"_s, Qt::CaseInsensitive) || message.contains(u"SSL"_s)
                 || message.contains(u"TLS"_s),
             qPrintable(message));
    QVERIFY(!message.contains(u"SUPERSECRET"));
    QVERIFY(!states(stateSpy).contains(FeedState::Live));
    QVERIFY(!transport.isConnected());
    QCOMPARE(m_server->webSocketConnections(), 0);
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(textSpy.size(), 0);
}

QTEST_GUILESS_MAIN(TestWebSocketTransport)
#include "tst_websockettransport.moc"
