#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>
#include <QWebSocketServer>

#include <atomic>

class QWebSocket;

namespace tickerline::bench {

// The provider end of the pipeline figures: a loopback WebSocket server that,
// once a client has subscribed, pushes Finnhub trade frames of TicksPerFrame
// trades for `durationMs`, either as fast as the client takes them (rate 0;
// at most a few MB ever wait in the socket) or paced at `ticksPerSecond`.
// Trade n has price 1 + n and time firstTimeMs + n, so every tick is distinct
// and the last price a model shows tells which tick it is. Like the servers
// of market-data providers (Go's net, Node's ws and nginx all default to it)
// it writes with TCP_NODELAY: with Nagle's algorithm, each small frame would
// wait for the client's delayed ACK, and the loopback link would deliver the
// stream in ~12 ms bursts that no client could see through. Lives on its own
// thread; start() and results are for the owning thread once finished().
class FramePusher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FramePusher)
public:
    static constexpr int TicksPerFrame = 10;
    static constexpr qint64 FirstTimeMs = 1'764'000'000'000;

    struct Plan
    {
        QString symbol;
        qint64 durationMs = 5'000;
        double ticksPerSecond = 0;   // 0: as fast as the client reads
    };

    explicit FramePusher(Plan plan, QObject *parent = nullptr);

    // On the pusher's thread: listens on 127.0.0.1; the port, 0 on failure.
    quint16 listen();

    // Valid after finished(): ticks sent, when the first frame went out, and
    // for paced runs when each frame went (wallMs()).
    [[nodiscard]] qint64 ticksSent() const { return m_sent; }
    [[nodiscard]] double firstSendMs() const { return m_firstSendMs; }
    [[nodiscard]] const QList<double> &frameSendMs() const { return m_frameSendMs; }

Q_SIGNALS:
    void finished();

private:
    void handleTcpConnection();
    void handleConnection();
    void push();
    void sendFrame();

    Plan m_plan;
    QByteArray m_symbol;
    QTcpServer m_tcp;            // accepts; m_server only does the WebSocket handshake
    QWebSocketServer m_server;
    QPointer<QWebSocket> m_client;
    QTimer m_timer;
    QByteArray m_frame;
    qint64 m_sent = 0;
    double m_firstSendMs = 0;
    QList<double> m_frameSendMs;
};

} // namespace tickerline::bench
