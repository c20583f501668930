#include "FramePusher.h"

#include "BenchSupport.h"

#include <QTcpSocket>
#include <QWebSocket>

#include <charconv>
#include <iterator>

namespace tickerline::bench {

namespace {
// Backpressure: stop writing while this much is queued in the socket.
constexpr qint64 MaxQueuedBytes = 4 * 1024 * 1024;
} // namespace

FramePusher::FramePusher(Plan plan, QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_symbol(m_plan.symbol.toLatin1())
    , m_tcp(this)
    , m_server(QStringLiteral("tickerline-bench"), QWebSocketServer::NonSecureMode, this)
    , m_timer(this)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &FramePusher::push);
    connect(&m_tcp, &QTcpServer::newConnection, this, &FramePusher::handleTcpConnection);
    connect(&m_server, &QWebSocketServer::newConnection, this, &FramePusher::handleConnection);
}

quint16 FramePusher::listen()
{
    return m_tcp.listen(QHostAddress::LocalHost, 0) ? m_tcp.serverPort() : 0;
}

void FramePusher::handleTcpConnection()
{
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_server.handleConnection(socket);
    }
}

void FramePusher::handleConnection()
{
    QWebSocket *client = m_server.nextPendingConnection();
    if (m_client) {   // one feed per run; a reconnect would be a bug in the bench
        client->close();
        client->deleteLater();
        return;
    }
    m_client = client;
    client->setParent(this);
    // The feed subscribes on connect; the first trade goes out after that.
    connect(client, &QWebSocket::textMessageReceived, this, [this] {
        if (m_sent == 0 && !m_timer.isActive()) {
            m_firstSendMs = wallMs();
            m_timer.start(m_plan.ticksPerSecond > 0 ? 1 : 0);
        }
    });
}

void FramePusher::sendFrame()
{
    // Written in place, without a temporary per field: the server shares the
    // machine's cores with the pipeline it feeds, so its own cost is kept low.
    const auto appendNumber = [this](qint64 value) {
        char digits[24];
        const auto [end, error] = std::to_chars(std::begin(digits), std::end(digits), value);
        Q_UNUSED(error);
        m_frame.append(digits, end - digits);
    };
    m_frame.clear();
    m_frame += R"({"data":[)";
    for (int k = 0; k < TicksPerFrame; ++k) {
        const qint64 n = m_sent + k;
        if (k > 0)
            m_frame += ',';
        m_frame += R"({"c":null,"p":)";
        appendNumber(1 + n);
        m_frame += R"(,"s":")";
        m_frame += m_symbol;
        m_frame += R"(","t":)";
        appendNumber(FirstTimeMs + n);
        m_frame += R"(,"v":1})";
    }
    m_frame += R"(],"type":"trade"})";
    if (m_plan.ticksPerSecond > 0)
        m_frameSendMs.append(wallMs());
    m_client->sendTextMessage(QString::fromLatin1(m_frame));
    m_sent += TicksPerFrame;
}

void FramePusher::push()
{
    if (!m_client || m_client->state() != QAbstractSocket::ConnectedState) {
        m_timer.stop();
        Q_EMIT finished();
        return;
    }
    const double elapsed = wallMs() - m_firstSendMs;
    if (elapsed >= double(m_plan.durationMs)) {
        m_timer.stop();
        m_client->flush();
        Q_EMIT finished();
        return;
    }
    if (m_plan.ticksPerSecond > 0) {
        const auto due = qint64(elapsed / 1000.0 * m_plan.ticksPerSecond);
        while (m_sent + TicksPerFrame <= due)
            sendFrame();
        return;
    }
    for (int i = 0; i < 256 && m_client->bytesToWrite() < MaxQueuedBytes; ++i)
        sendFrame();
}

} // namespace tickerline::bench
