#pragma once

#include "Backoff.h"
#include "Tick.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

class QWebSocket;

namespace tickerline {

struct PublisherConfig
{
    QUrl url;                      // ws://host:port/v1/stream, or wss:// with tls
    QByteArray token;              // the publish token; empty: none
    int maxInFlight = 64;          // messages sent and not yet acknowledged
    qint64 giveUpMs = 30'000;      // no acknowledgement for this long: give up
    std::optional<QSslConfiguration> tls;   // wss://: whom to trust (clientTlsConfiguration)
};

// The publishing side of /v1/stream (tickerline-collector push): sends tick
// batches, each with an id, and forgets one only when the server acks it
// (after its commit). On a lost connection it reconnects with backoff and
// sends every unacknowledged batch again, unchanged, so the store's
// exactly-once keys make the repeats harmless: at-least-once delivery into an
// idempotent store is exactly once.
class Publisher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Publisher)
public:
    explicit Publisher(PublisherConfig config, QObject *parent = nullptr);
    ~Publisher() override;

    void start();
    // One message; its ticks keep their occurrences as given.
    void enqueue(const TickBatch &ticks);
    // No more batches: finished() once every one is acknowledged (or refused).
    void endOfInput();

    [[nodiscard]] qsizetype unackedTicks() const;
    [[nodiscard]] qsizetype unackedMessages() const { return m_pending.size(); }
    [[nodiscard]] qsizetype refusedTicks() const { return m_refusedTicks; }

Q_SIGNALS:
    void acknowledged(const QString &id, qsizetype ticks);
    void refused(const QString &id, const QString &reason);
    void connectionChanged(bool connected, const QString &reason);
    // ok: every batch acknowledged. Otherwise why not (unauthorised, gave up).
    void finished(bool ok, const QString &reason);

private:
    struct Message
    {
        QString id;
        TickBatch ticks;
        bool inFlight = false;
    };

    void connectNow();
    void sendMore();
    void handleText(const QString &text);
    void handleDisconnected();
    void handleSslErrors(const QList<QSslError> &errors);
    void checkDone();
    void finish(bool ok, const QString &reason);

    const PublisherConfig m_config;
    std::unique_ptr<QWebSocket> m_socket;
    QList<Message> m_pending;   // in order; acknowledged ones removed
    quint64 m_nextId = 1;
    qsizetype m_refusedTicks = 0;
    QString m_lastFailure;      // why the last connection attempt did not get in
    bool m_ready = false;       // welcomed on the current connection
    bool m_inputDone = false;
    bool m_finished = false;
    Backoff m_backoff;
    QTimer m_reconnect;
    QTimer m_ping;
    QTimer m_giveUp;
};

} // namespace tickerline
