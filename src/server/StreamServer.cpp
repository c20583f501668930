#include "StreamServer.h"

#include "ClientSession.h"
#include "Engine.h"
#include "FeedStatus.h"
#include "SseLink.h"
#include "WebSocketLink.h"

#include <QDateTime>
#include <QPointer>
#include <QTcpSocket>
#include <QWebSocket>

#include <algorithm>

namespace tickerline {

namespace {

constexpr qsizetype kTicksPerMessage = 2'000;
// Live ticks held for one client while its replay runs; past this it is
// too far behind to catch up and is cut like a slow consumer.
constexpr qsizetype kMaxHeldTicks = 1'000'000;

QList<QByteArray> chunkEncode(const QList<protocol::ServedTick> &ticks)
{
    QList<QByteArray> encoded;
    encoded.reserve(ticks.size());
    for (const protocol::ServedTick &tick : ticks)
        encoded.append(protocol::encodeTick(tick));
    return encoded;
}

} // namespace

StreamServer::StreamServer(Engine &engine, ServerConfig config, QObject *parent)
    : QObject(parent),
      m_engine(engine),
      m_config(std::move(config)),
      m_listener(m_config.tls),
      // TLS, when on, is the listener's: the WebSocket handshake reads decrypted bytes.
      m_websockets(QStringLiteral("tickerline"), QWebSocketServer::NonSecureMode),
      m_front(engine, m_config)
{
    for (const QString &symbol : m_config.symbols)
        m_known.insert(symbol);
    for (const QString &symbol : m_engine.symbols())
        m_known.insert(symbol);
    connect(&m_listener, &Listener::accepted, this, &StreamServer::handleTcpConnection);
    connect(&m_listener, &Listener::plainClientRefused, this, [this](const QString &peer) {
        ++m_counters.clientsRefused;
        Q_EMIT notice(tr("refused a plain-text client from %1: this server speaks TLS only").arg(peer));
    });
    connect(&m_websockets, &QWebSocketServer::newConnection, this, &StreamServer::handleWebSocket);
    connect(&m_front, &HttpFront::webSocketArrived, this,
            [this](QTcpSocket *socket) { m_websockets.handleConnection(socket); });
    connect(&m_front, &HttpFront::eventsRequested, this, &StreamServer::handleEvents);
    connect(&m_front, &HttpFront::refused, this, [this] { ++m_counters.clientsRefused; });
    connect(&m_front, &HttpFront::notice, this, &StreamServer::notice);
    connect(&m_engine, &Engine::ticksCommitted, this, &StreamServer::handleCommitted);
    connect(&m_engine, &Engine::instrumentsChanged, this, &StreamServer::handleInstruments);
    connect(&m_engine, &Engine::feedStatusChanged, this, &StreamServer::handleFeedStatus);
}

StreamServer::~StreamServer()
{
    close();
    // Before the members go: a session's socket says "disconnected" as it
    // is destroyed, and nothing here may hear it any more.
    for (ClientSession *session : std::exchange(m_sessions, {})) {
        disconnect(session, nullptr, this, nullptr);
        delete session;
    }
    m_websockets.disconnect(this);
    m_listener.disconnect(this);
    m_front.disconnect(this);
}

bool StreamServer::listen()
{
    return m_listener.listen(m_config.host, m_config.port);
}

QAbstractSocket::SocketError StreamServer::error() const
{
    return m_listener.serverError();
}

QString StreamServer::errorString() const
{
    return m_listener.errorString();
}

quint16 StreamServer::port() const
{
    return m_listener.serverPort();
}

void StreamServer::close()
{
    m_listener.close();
    for (ClientSession *session : sessionsNow())
        session->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server stopping"));
}

void StreamServer::handleTcpConnection(QTcpSocket *socket)
{
    // Ticks are small and latency matters more than packet count.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_front.take(socket);
}

void StreamServer::handleWebSocket()
{
    while (QWebSocket *socket = m_websockets.nextPendingConnection()) {
        const auto refuse = [this, socket](quint16 code, const QString &reason) {
            ++m_counters.clientsRefused;
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            socket->close(QWebSocketProtocol::CloseCode(code), reason);
        };
        if (socket->requestUrl().path() != QLatin1String(protocol::kStreamPath)) {
            refuse(protocol::CloseUnknownPath, QStringLiteral("unknown path: use /v1/stream"));
            continue;
        }
        const QByteArray token = bearerToken(socket->request().rawHeader("Authorization"));
        const Access access = accessFor(m_config.tokens, token, m_config.host.isLoopback());
        if (!access.authenticated) {
            refuse(protocol::CloseUnauthorized, QStringLiteral("unauthorized: bad token"));
            Q_EMIT notice(tr("refused a client from %1: bad token").arg(socket->peerAddress().toString()));
            continue;
        }
        if (!access.canRead && !access.canPublish) {
            refuse(protocol::CloseUnauthorized,
                   QStringLiteral("unauthorized: this server needs a token (Authorization: Bearer ...)"));
            continue;
        }
        if (m_sessions.size() >= m_config.limits.maxClients) {
            refuse(protocol::CloseTooManyClients,
                   QStringLiteral("too many clients (limit %1)").arg(m_config.limits.maxClients));
            Q_EMIT notice(tr("refused a client: %1 clients already connected").arg(m_sessions.size()));
            continue;
        }
        addSession(std::make_unique<WebSocketLink>(socket, m_config.limits.maxMessageBytes), access);
    }
}

void StreamServer::handleEvents(QTcpSocket *socket, const Access &access, const http::EventsQuery &query,
                                const QByteArray &corsHeaders)
{
    const auto refuse = [this, socket, &corsHeaders](int status, const QString &reason) {
        ++m_counters.clientsRefused;
        HttpFront::reply(socket, http::encodeError({status, reason}, corsHeaders));
    };
    if (m_sessions.size() >= m_config.limits.maxClients) {
        refuse(503, QStringLiteral("too many clients (limit %1)").arg(m_config.limits.maxClients));
        Q_EMIT notice(tr("refused a client: %1 clients already connected").arg(m_sessions.size()));
        return;
    }
    QStringList unknown;
    for (const QString &symbol : query.symbols) {
        if (!m_known.contains(symbol))
            unknown.append(symbol);
    }
    if (!unknown.isEmpty()) {
        refuse(400, QStringLiteral("unknown symbol: %1").arg(unknown.join(u',').left(200)));
        return;
    }
    if (query.symbols.size() > m_config.limits.maxSubscriptionsPerClient) {
        refuse(400, QStringLiteral("limit reached: at most %1 subscriptions per client")
                        .arg(m_config.limits.maxSubscriptionsPerClient));
        return;
    }
    // From here on exactly what a WebSocket client's first subscribe does.
    ClientSession &session = addSession(std::make_unique<SseLink>(socket, corsHeaders), access);
    protocol::Subscribe subscribe;
    subscribe.id = QStringLiteral("events");
    subscribe.symbols = query.symbols;
    subscribe.resumeAfter = query.lastEventId;
    handleSubscribe(session, subscribe);
}

ClientSession &StreamServer::addSession(std::unique_ptr<ClientLink> link, const Access &access)
{
    ++m_counters.clientsAccepted;
    auto *session = new ClientSession(
        std::move(link), access, m_config.limits,
        [this](ClientSession &s, const protocol::ClientMessage &message) { handleMessage(s, message); }, this);
    m_sessions.append(session);
    connect(session, &ClientSession::closed, this, [this, session] { removeSession(session); });
    connect(session, &ClientSession::slowConsumer, this, [this, session] {
        cutSlow(*session, QStringLiteral("send queue over %1 bytes").arg(m_config.limits.sendQueueBytes));
    });
    connect(session, &ClientSession::drained, this, [this, session] {
        if (session->cursor().isReplaying() && !session->replayId.isEmpty() && !session->replayPageAsked)
            requestReplayPage(*session, nullptr);
    });
    protocol::Welcome welcome;
    welcome.canRead = access.canRead;
    welcome.canPublish = access.canPublish;
    welcome.heartbeatMs = m_config.limits.heartbeatMs;
    welcome.maxMessageBytes = m_config.limits.maxMessageBytes;
    welcome.symbols = knownSymbols();
    session->send(protocol::encodeWelcome(welcome));
    if (!m_lastStatus.isEmpty())
        session->send(m_lastStatus);
    return *session;
}

QList<ClientSession *> StreamServer::sessionsNow() const
{
    // A copy: a send can cut a client, and a close can end it at once,
    // either of which takes it out of m_sessions while the caller loops.
    QList<ClientSession *> sessions = m_sessions;
    sessions.removeIf([](const ClientSession *session) { return session->isClosing(); });
    return sessions;
}

void StreamServer::removeSession(ClientSession *session)
{
    m_sessions.removeOne(session);
    session->deleteLater();
}

void StreamServer::cutSlow(ClientSession &session, const QString &why)
{
    if (session.isClosing())
        return;
    ++m_counters.slowConsumersCut;
    Q_EMIT notice(tr("cut slow client %1 (%2); %3 cut so far")
                      .arg(session.peer(), why)
                      .arg(m_counters.slowConsumersCut));
    session.close(protocol::CloseSlowConsumer, QStringLiteral("slow consumer: %1").arg(why));
}

QStringList StreamServer::knownSymbols() const
{
    QStringList symbols(m_known.cbegin(), m_known.cend());
    std::sort(symbols.begin(), symbols.end());
    return symbols;
}

void StreamServer::handleMessage(ClientSession &session, const protocol::ClientMessage &message)
{
    if (const auto *subscribe = std::get_if<protocol::Subscribe>(&message))
        handleSubscribe(session, *subscribe);
    else if (const auto *unsubscribe = std::get_if<protocol::Unsubscribe>(&message))
        handleUnsubscribe(session, *unsubscribe);
    else if (const auto *publish = std::get_if<protocol::Publish>(&message))
        handlePublish(session, *publish);
    else if (const auto *ping = std::get_if<protocol::Ping>(&message))
        session.send(protocol::encodePong(ping->timeMs, QDateTime::currentMSecsSinceEpoch()));
    else
        handleMalformed(session, std::get<protocol::Malformed>(message));
}

void StreamServer::handleMalformed(ClientSession &session, const protocol::Malformed &malformed)
{
    if (!malformed.id.isEmpty()) {
        session.send(protocol::encodeRefused({malformed.id, malformed.reason, {}}));
        return;
    }
    // Without an id there is nothing to answer: the client does not speak the protocol.
    const bool notJson = malformed.reason.startsWith(QLatin1String("not JSON"))
                         || malformed.reason.startsWith(QLatin1String("not a JSON"));
    session.close(notJson ? QWebSocketProtocol::CloseCodeWrongDatatype : QWebSocketProtocol::CloseCodePolicyViolated,
                  QStringLiteral("malformed message: %1").arg(malformed.reason));
}

void StreamServer::handleSubscribe(ClientSession &session, const protocol::Subscribe &subscribe)
{
    if (!session.access().canRead) {
        session.send(protocol::encodeRefused({subscribe.id, QStringLiteral("reading needs the read token"), {}}));
        return;
    }
    const bool resume = subscribe.resumeAfter || subscribe.resumeSinceMs;
    if (resume && session.hasSubscribed) {
        session.send(protocol::encodeRefused(
            {subscribe.id, QStringLiteral("resume is only allowed on a connection's first subscribe"), {}}));
        return;
    }
    QStringList unknown;
    QStringList added;
    for (const QString &symbol : subscribe.symbols) {
        if (!m_known.contains(symbol))
            unknown.append(symbol);
        else if (!session.subscriptions().contains(symbol))
            added.append(symbol);
    }
    if (!unknown.isEmpty()) {
        session.send(protocol::encodeRefused({subscribe.id, QStringLiteral("unknown symbol"), unknown}));
        return;
    }
    const int limit = m_config.limits.maxSubscriptionsPerClient;
    if (session.subscriptions().size() + added.size() > limit) {
        session.send(protocol::encodeRefused(
            {subscribe.id, QStringLiteral("limit reached: at most %1 subscriptions per client").arg(limit), added}));
        return;
    }
    for (const QString &symbol : std::as_const(added))
        session.subscriptions().insert(symbol);
    session.hasSubscribed = true;
    session.send(protocol::encodeSubscribed(subscribe.id, subscribe.symbols));
    InstrumentList instruments;
    for (const QString &symbol : subscribe.symbols) {
        if (const auto it = m_instruments.constFind(symbol); it != m_instruments.cend())
            instruments.append(*it);
    }
    if (!instruments.isEmpty())
        session.send(protocol::encodeInstruments(instruments));
    if (!resume) {
        // Live from the next commit on.
        session.cursor() = StreamCursor(m_lastSequence);
        return;
    }
    session.cursor() = StreamCursor(subscribe.resumeAfter.value_or(0));
    session.cursor().beginReplay();
    session.replayId = subscribe.id.isEmpty() ? QStringLiteral("resume") : subscribe.id;
    session.replayedTicks = 0;
    requestReplayPage(session, &subscribe);
}

void StreamServer::requestReplayPage(ClientSession &session, const protocol::Subscribe *first)
{
    StreamRequest request;
    request.afterSequence = session.cursor().covered();
    if (first && first->resumeSinceMs)
        request.sinceReceivedMs = *first->resumeSinceMs;
    request.symbols = QStringList(session.subscriptions().cbegin(), session.subscriptions().cend());
    request.maxTicks = m_config.limits.replayPageTicks;
    session.replayPageAsked = true;
    const QPointer<ClientSession> guard(&session);
    m_engine.requestStream(request, &session, [this, guard](const StreamResult &result) {
        if (guard)
            handleReplayPage(*guard, result);
    });
}

void StreamServer::handleReplayPage(ClientSession &session, const StreamResult &result)
{
    session.replayPageAsked = false;
    if (session.isClosing())
        return;
    if (!result.error.isEmpty()) {
        session.close(QWebSocketProtocol::CloseCodeBadOperation,
                      QStringLiteral("cannot read the stored stream"));
        return;
    }
    QList<protocol::ServedTick> served;
    for (qsizetype i = 0; i < result.ticks.size(); ++i) {
        // Symbols subscribed while the page was read are in the next one; drop the rest.
        if (session.subscriptions().contains(result.ticks.at(i).symbol))
            served.append({result.sequences.at(i), &result.ticks.at(i)});
    }
    for (qsizetype at = 0; at < served.size(); at += kTicksPerMessage) {
        const QList<protocol::ServedTick> part = served.mid(at, kTicksPerMessage);
        const bool last = at + kTicksPerMessage >= served.size();
        const qint64 upTo = last ? result.coveredSequence : part.constLast().sequence;
        if (!session.sendTicks(protocol::encodeTicks(chunkEncode(part), upTo, true), upTo))
            return;
    }
    session.replayedTicks += served.size();
    const QList<StreamCursor::Release> released = session.cursor().replayed(result.coveredSequence, result.complete);
    if (!result.complete) {
        // Paced by the client: the next page once its queue has room (drained).
        if (!session.replayPageAsked && session.queuedBytes() <= m_config.limits.sendQueueBytes / 2)
            requestReplayPage(session, nullptr);
        return;
    }
    session.send(protocol::encodeReplayed(session.replayId, result.coveredSequence, session.replayedTicks));
    session.replayId.clear();
    for (const StreamCursor::Release &release : released) {
        QList<QByteArray> encoded;
        if (!sendLive(session, *release.batch, release.from, encoded))
            return;
    }
}

void StreamServer::handleUnsubscribe(ClientSession &session, const protocol::Unsubscribe &unsubscribe)
{
    for (const QString &symbol : unsubscribe.symbols)
        session.subscriptions().remove(symbol);
    session.send(protocol::encodeUnsubscribed(unsubscribe.id, unsubscribe.symbols));
}

void StreamServer::handlePublish(ClientSession &session, const protocol::Publish &publish)
{
    if (!session.access().canPublish) {
        session.send(protocol::encodeRefused({publish.id, QStringLiteral("publishing needs the publish token"), {}}));
        return;
    }
    if (!session.takePublishBudget(publish.ticks.size())) {
        session.close(protocol::CloseRateLimited,
                      QStringLiteral("publish rate limit exceeded (%1 ticks/s)")
                          .arg(m_config.limits.publishTicksPerSecond));
        return;
    }
    TickBatch ticks = publish.ticks;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (Tick &tick : ticks) {
        tick.receivedMs = now;
        m_known.insert(tick.symbol);
    }
    const QPointer<ClientSession> guard(&session);
    const QString id = publish.id;
    const qsizetype count = ticks.size();
    m_engine.publishTicks(ticks, &session, [this, guard, id, count](bool committed) {
        if (!guard)
            return;
        if (!committed) {
            guard->send(protocol::encodeRefused({id, QStringLiteral("not stored: the database is not keeping up"), {}}));
            return;
        }
        m_counters.ticksPublished += quint64(count);
        guard->send(protocol::encodeAck({id, count}));
    });
}

bool StreamServer::sendLive(ClientSession &session, const StreamBatch &batch, qsizetype from, QList<QByteArray> &encoded)
{
    if (encoded.isEmpty())
        encoded.resize(batch.ticks.size());
    QList<QByteArray> part;
    for (qsizetype i = from; i < batch.ticks.size(); ++i) {
        const Tick &tick = batch.ticks.at(i);
        if (!session.subscriptions().contains(tick.symbol))
            continue;
        if (encoded.at(i).isEmpty())
            encoded[i] = protocol::encodeTick({batch.firstSequence + i, &tick});
        part.append(encoded.at(i));
        if (part.size() == kTicksPerMessage) {
            const qint64 upTo = batch.firstSequence + i;
            if (!session.sendTicks(protocol::encodeTicks(part, upTo, false), upTo))
                return false;
            part.clear();
        }
    }
    if (!part.isEmpty())
        return session.sendTicks(protocol::encodeTicks(part, batch.lastSequence(), false), batch.lastSequence());
    return true;
}

void StreamServer::handleCommitted(const StreamBatch &committed)
{
    m_lastSequence = std::max(m_lastSequence, committed.lastSequence());
    for (const Tick &tick : committed.ticks)
        m_known.insert(tick.symbol);
    const auto batch = std::make_shared<const StreamBatch>(committed);
    // Each tick is encoded once, for whichever clients want it.
    QList<QByteArray> encoded;
    for (ClientSession *session : sessionsNow()) {
        if (session->isClosing() || session->subscriptions().isEmpty())
            continue;
        const std::optional<qsizetype> from = session->cursor().live(batch);
        if (!from) {
            if (session->cursor().heldTicks() > kMaxHeldTicks)
                cutSlow(*session, QStringLiteral("more than %1 live ticks behind while resuming").arg(kMaxHeldTicks));
            continue;
        }
        sendLive(*session, *batch, *from, encoded);
    }
}

void StreamServer::handleInstruments(const InstrumentList &instruments)
{
    QHash<QString, InstrumentList> changed;
    for (const Instrument &instrument : instruments) {
        if (m_instruments.value(instrument.symbol) == instrument)
            continue;
        m_instruments.insert(instrument.symbol, instrument);
        m_known.insert(instrument.symbol);
        changed[instrument.symbol].append(instrument);
    }
    for (ClientSession *session : sessionsNow()) {
        InstrumentList theirs;
        for (const QString &symbol : session->subscriptions())
            theirs += changed.value(symbol);
        if (!theirs.isEmpty())
            session->send(protocol::encodeInstruments(theirs));
    }
}

void StreamServer::handleFeedStatus(const FeedStatus &status)
{
    const QByteArray encoded = protocol::encodeStatus(status);
    if (encoded == m_lastStatus)
        return;
    m_lastStatus = encoded;
    for (ClientSession *session : sessionsNow())
        session->send(encoded);
}

} // namespace tickerline
