#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslServer>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>
#include <QWebSocketProtocol>
#include <QWebSocketServer>

#include <optional>

class QTcpSocket;
class QWebSocket;

namespace tickerline::test {

// What one HTTP route answers.
struct FakeResponse
{
    enum class Kind {
        Body,                  // status, headers, body, then close
        EventStream,           // text/event-stream, chunked, open until ended or dropped
        EventStreamUntilClose, // text/event-stream without length: the close ends the body
    };

    Kind kind = Kind::Body;
    int status = 200;
    QByteArray body;                                 // Body: all of it; streams: the first bytes
    QList<QPair<QByteArray, QByteArray>> headers;    // e.g. {"Retry-After", "2"}; Content-Type overrides the default
    qint64 delayMs = 0;                              // wait before answering at all
    qint64 trickleIntervalMs = 0;                    // Body: one byte per interval (slowloris)

    [[nodiscard]] static FakeResponse json(QByteArray body, int status = 200);
    [[nodiscard]] static FakeResponse eventStream(Kind kind = Kind::EventStream);
    [[nodiscard]] FakeResponse withHeader(QByteArray name, QByteArray value) const;
};

// A text the server insists on hearing from every WebSocket client, as
// providers that close idle links do (OKX: "ping" at least every 30 s, else
// close 4004 "No data received in 30s").
struct FakeKeepAlive
{
    QString text;                          // the frame a client must send, exactly
    qint64 withinMs = 30'000;              // after connecting, and after each such frame
    // A number, not QWebSocketProtocol::CloseCode: providers' own codes
    // (4004) are outside that enum's values.
    quint16 closeCode = QWebSocketProtocol::CloseCodePolicyViolated;
    QString closeReason;
    QString reply;                         // sent back for each such frame ("pong"); empty: nothing
};

// One request as the server saw it.
struct FakeRequest
{
    QString path;
    QString query;
    QHash<QByteArray, QByteArray> headers;   // names in lower case
    qint64 receivedMs = 0;                   // since the server was made (monotonic)
};

// The one loopback fake provider every network test uses. On 127.0.0.1 with
// an ephemeral port it serves, on the same port:
// * HTTP routes with canned status, headers and bodies (a list of responses
//   is served in order, the last one repeating), optionally late or trickled;
// * Server-Sent Event streams, written on demand, ended or dropped;
// * a WebSocket endpoint (any path with an Upgrade header) that records what
//   clients send, pushes frames to them, can go silent without closing,
//   close abnormally, or refuse the handshake with an HTTP status.
// listenTls() adds the same routes over TLS with a self-signed certificate,
// which clients must refuse. Unknown paths get 404.
class FakeProviderServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeProviderServer)
public:
    explicit FakeProviderServer(QObject *parent = nullptr);
    ~FakeProviderServer() override;

    // port 0: an ephemeral one; a port given again after close(): the server comes back where it was.
    [[nodiscard]] bool listen(quint16 port = 0);
    // The provider dies: no more connections accepted (the client sees "connection refused").
    void close();
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] bool listenTls();
    [[nodiscard]] QUrl httpUrl(const QString &pathAndQuery = {}) const;
    [[nodiscard]] QUrl httpsUrl(const QString &pathAndQuery = {}) const;
    [[nodiscard]] QUrl wsUrl(const QString &pathAndQuery = QStringLiteral("/ws")) const;

    // HTTP and SSE
    void setRoute(const QString &path, const FakeResponse &response);
    // The route a provider's symbol search (or instrument list) is asked on:
    // yahoo /v1/finance/search, finnhub /api/v1/search, twelvedata
    // /symbol_search, coinbase /products, binance /api/v3/exchangeInfo,
    // kraken /0/public/AssetPairs.
    void setSymbolSearchRoute(const QString &provider, const FakeResponse &response);
    [[nodiscard]] static QString symbolSearchPath(const QString &provider);
    void setRoute(const QString &path, const QList<FakeResponse> &responses);
    [[nodiscard]] QList<FakeRequest> requests(const QString &path = {}) const;
    [[nodiscard]] static QByteArray sseEvent(const QByteArray &data, const QByteArray &id = {},
                                             const QByteArray &type = {});
    void sendEvents(const QByteArray &bytes);   // raw stream bytes, as one chunk, to every open stream
    void endEventStreams();                     // orderly end of body
    void dropEventStreams();                    // connection reset mid-stream
    [[nodiscard]] int eventStreamCount() const;

    // WebSocket
    void refuseHandshakes(int status, const QByteArray &body = {});   // status 0: accept again
    void sendText(const QString &message);
    void sendBinary(const QByteArray &message);
    void goSilent();        // current clients: no frames, no pongs, no close; the TCP link stays up
    void abortClients();    // no close frame: the client sees 1006
    void closeClients(QWebSocketProtocol::CloseCode code, const QString &reason = {});
    // From now on, for current and later clients: one that does not send
    // keepAlive.text within keepAlive.withinMs is closed with its code.
    void expectKeepAlive(const FakeKeepAlive &keepAlive);
    [[nodiscard]] int keepAliveClosures() const { return m_keepAliveClosures; }   // clients closed for silence
    [[nodiscard]] int webSocketConnections() const { return m_webSocketConnections; }   // accepted so far
    [[nodiscard]] int refusedHandshakes() const { return m_refusedHandshakes; }
    [[nodiscard]] int webSocketClientCount() const { return int(m_clients.size() + m_silentClients.size()); }
    [[nodiscard]] QStringList receivedMessages() const { return m_messages; }

Q_SIGNALS:
    void requestReceived(const QString &path, const QHash<QByteArray, QByteArray> &headers);
    void clientConnected(const QString &path);   // a WebSocket or an event stream
    void messageReceived(const QString &message);

private:
    struct Stream
    {
        QPointer<QTcpSocket> socket;
        bool chunked = true;
    };

    void accept(QTcpSocket *socket);
    void handleReadyRead(QTcpSocket *socket);
    void serve(QTcpSocket *socket, const FakeRequest &request);
    void upgrade(QTcpSocket *socket);
    void handleWebSocketConnection();
    void forgetClient(QWebSocket *client);
    void armKeepAlive(QWebSocket *client);
    void noteClientText(QWebSocket *client, const QString &message);
    void writeBody(QTcpSocket *socket, const FakeResponse &response);
    void openStream(QTcpSocket *socket, const FakeRequest &request, const FakeResponse &response);
    [[nodiscard]] QUrl url(const QString &scheme, quint16 port, const QString &pathAndQuery) const;

    QTcpServer m_server;
    QSslServer m_tlsServer;
    QWebSocketServer m_webSockets;
    QElapsedTimer m_clock;
    QHash<QString, QList<FakeResponse>> m_routes;
    QList<FakeRequest> m_requests;
    QList<Stream> m_streams;
    QList<QWebSocket *> m_clients;
    QList<QWebSocket *> m_silentClients;
    QList<QPointer<QTcpSocket>> m_upgradedSockets;
    QStringList m_messages;
    int m_refuseStatus = 0;
    QByteArray m_refuseBody;
    int m_webSocketConnections = 0;
    int m_refusedHandshakes = 0;
    std::optional<FakeKeepAlive> m_keepAlive;
    int m_keepAliveClosures = 0;
};

} // namespace tickerline::test
