#pragma once

#include "HttpFront.h"
#include "Instrument.h"
#include "Listener.h"
#include "Protocol.h"
#include "ServerConfig.h"
#include "StreamCursor.h"

#include <QAbstractSocket>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QWebSocketServer>

#include <memory>

namespace tickerline {

class ClientLink;
class ClientSession;
class Engine;
struct FeedStatus;

struct ServerCounters
{
    quint64 clientsAccepted = 0;
    quint64 clientsRefused = 0;      // bad token, too many clients, unknown path, bad request
    quint64 slowConsumersCut = 0;
    quint64 ticksPublished = 0;      // acknowledged to publishers
};

// The collector's /v1/stream and /v1/events server (docs/server-protocol.md) over one
// engine: fans out every tick the store commits (Engine::ticksCommitted,
// numbered by the stream log) to the clients subscribed to its symbol,
// resumes clients from the database (StreamCursor is the seam), takes
// publishers' ticks into the same store and acknowledges each batch once it
// is committed, and serves instruments and feed status. Lives on the
// engine's thread; every socket is non-blocking, every client bounded.
class StreamServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamServer)
public:
    StreamServer(Engine &engine, ServerConfig config, QObject *parent = nullptr);
    ~StreamServer() override;

    // Binds; false with error() / errorString() when it cannot.
    bool listen();
    [[nodiscard]] QAbstractSocket::SocketError error() const;
    [[nodiscard]] QString errorString() const;
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] bool isTls() const { return m_listener.isTls(); }
    // Closes every client (going away) and stops listening.
    void close();

    [[nodiscard]] const ServerCounters &counters() const { return m_counters; }
    [[nodiscard]] qsizetype clientCount() const { return m_sessions.size(); }

Q_SIGNALS:
    // A line worth logging (a client cut, refused); never holds a token.
    void notice(const QString &line);

private:
    void handleTcpConnection(QTcpSocket *socket);
    void handleWebSocket();
    void handleEvents(QTcpSocket *socket, const tickerline::Access &access, const tickerline::http::EventsQuery &query,
                      const QByteArray &corsHeaders);
    ClientSession &addSession(std::unique_ptr<ClientLink> link, const Access &access);
    void handleMessage(ClientSession &session, const protocol::ClientMessage &message);
    void handleSubscribe(ClientSession &session, const protocol::Subscribe &subscribe);
    void handleUnsubscribe(ClientSession &session, const protocol::Unsubscribe &unsubscribe);
    void handlePublish(ClientSession &session, const protocol::Publish &publish);
    void handleMalformed(ClientSession &session, const protocol::Malformed &malformed);
    void handleCommitted(const tickerline::StreamBatch &batch);
    void handleInstruments(const tickerline::InstrumentList &instruments);
    void handleFeedStatus(const tickerline::FeedStatus &status);
    void requestReplayPage(ClientSession &session, const protocol::Subscribe *first);
    void handleReplayPage(ClientSession &session, const tickerline::StreamResult &result);
    // Sends batch's ticks from `from` on that session subscribes to.
    bool sendLive(ClientSession &session, const StreamBatch &batch, qsizetype from, QList<QByteArray> &encoded);
    void cutSlow(ClientSession &session, const QString &why);
    void removeSession(ClientSession *session);
    [[nodiscard]] QList<ClientSession *> sessionsNow() const;
    [[nodiscard]] QStringList knownSymbols() const;

    Engine &m_engine;
    const ServerConfig m_config;
    Listener m_listener;
    QWebSocketServer m_websockets;
    HttpFront m_front;
    QList<ClientSession *> m_sessions;
    QSet<QString> m_known;                       // symbols one may subscribe to
    QHash<QString, Instrument> m_instruments;
    QByteArray m_lastStatus;                     // encoded, for clients that connect later
    qint64 m_lastSequence = 0;
    ServerCounters m_counters;
};

} // namespace tickerline
