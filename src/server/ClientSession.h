#pragma once

#include "AccessTokens.h"
#include "Protocol.h"
#include "StreamCursor.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace tickerline {

class ClientLink;
struct ServerLimits;

// One connected /v1/stream or /v1/events client: its link (ClientLink), what it may do, what it is
// subscribed to, where it is in the stream (StreamCursor), its heartbeats
// and its bounds. Sending never blocks and never grows without limit: the
// bytes handed to the socket and not yet written are the send queue, and a
// client whose queue passes its bound is reported (slowConsumer) for the
// server to cut. Decoded messages go to the handler; the server decides.
class ClientSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientSession)
public:
    using Handler = std::function<void(ClientSession &, const protocol::ClientMessage &)>;

    ClientSession(std::unique_ptr<ClientLink> link, const Access &access, const ServerLimits &limits, Handler handler,
                  QObject *parent = nullptr);
    ~ClientSession() override;

    // False once the session is closing or over its bound (then it closes).
    bool send(const QByteArray &text);
    // A ticks message (protocol::encodeTicks) accounting for everything up to upTo.
    bool sendTicks(const QByteArray &text, qint64 upTo);
    void close(quint16 code, const QString &reason);
    [[nodiscard]] bool isClosing() const { return m_closing; }

    [[nodiscard]] const Access &access() const { return m_access; }
    [[nodiscard]] QSet<QString> &subscriptions() { return m_subscriptions; }
    [[nodiscard]] const QSet<QString> &subscriptions() const { return m_subscriptions; }
    [[nodiscard]] StreamCursor &cursor() { return m_cursor; }
    [[nodiscard]] qint64 queuedBytes() const;
    [[nodiscard]] QString peer() const;

    // Resume bookkeeping (the server's): the subscribe being replayed.
    QString replayId;
    qsizetype replayedTicks = 0;
    bool replayPageAsked = false;   // one page in flight at a time
    bool hasSubscribed = false;

    // Publish rate: takes `ticks` from a bucket refilled at the limit's rate
    // with a one-second burst; false when the client is over it.
    [[nodiscard]] bool takePublishBudget(qsizetype ticks);

Q_SIGNALS:
    void slowConsumer();
    // The queue fell below half its bound: a paused replay may go on.
    void drained();
    void closed();

private:
    void handleText(const QByteArray &text);
    void handleBinary();
    void handleBytesWritten();
    bool sent(qint64 unsentBefore);

    ClientLink *const m_link;   // a child: goes with the session
    const Access m_access;
    const ServerLimits &m_limits;
    Handler m_handler;
    QSet<QString> m_subscriptions;
    StreamCursor m_cursor;
    QTimer m_heartbeat;
    QTimer m_idle;
    QElapsedTimer m_budgetClock;
    double m_budget = 0;
    bool m_closing = false;
    bool m_wasFull = false;
};

} // namespace tickerline
