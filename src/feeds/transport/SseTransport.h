#pragma once

#include "ConnectionSupervisor.h"
#include "SseParser.h"

#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;

namespace tickerline {

class Clock;

struct SseOptions
{
    ReconnectPolicy reconnect;
    int maxRedirects = 3;
    qsizetype maxEventBytes = SseParser::DefaultMaxEventBytes;   // larger events are dropped and counted
};

// A Server-Sent Events stream over a streaming GET: parses text/event-stream
// as it arrives, reconnects with Last-Event-ID after any end or error, never
// sooner than the server's "retry:" nor its Retry-After. Comments count as
// proof of life for the stale timeout. HTTP 401/403, 204 ("stop") and a body
// that is not an event stream end in Failed, as the standard asks.
class SseTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SseTransport)
public:
    explicit SseTransport(SseOptions options, const Clock &clock, QObject *parent = nullptr);
    ~SseTransport() override;

    // Headers of `request` (auth) are sent on every attempt.
    void open(const QNetworkRequest &request);
    void close();
    void fail(const QString &reason);
    void reconnectAfter(qint64 minDelayMs, const QString &reason);
    // The feed found valid provider data on this link: the failure run is over.
    void noteDelivered() { m_supervisor.noteDelivered(); }

    [[nodiscard]] const ConnectionState &state() const { return m_supervisor.state(); }
    // Its stateChanged() is the link's state: connect to it directly.
    [[nodiscard]] const ConnectionSupervisor &supervisor() const { return m_supervisor; }
    [[nodiscard]] QString lastEventId() const { return m_parser.lastEventId(); }

Q_SIGNALS:
    void connected();
    void eventsReceived(const QList<tickerline::SseEvent> &events);
    void eventsDropped(int count);   // over options.maxEventBytes
    void disconnected(const QString &reason);

private:
    void connectNow();
    void handleMetaData();
    void handleReadyRead();
    void handleFinished();
    void linkDown(const QString &reason, qint64 minDelayMs = 0);
    void discardReply();
    [[nodiscard]] qint64 serverRetryMs() const { return m_parser.retryMs().value_or(0); }
    [[nodiscard]] bool isEventStream() const;

    SseOptions m_options;
    const Clock &m_clock;
    ConnectionSupervisor m_supervisor;
    SseParser m_parser;
    QNetworkRequest m_request;
    QNetworkAccessManager *m_manager = nullptr;   // child, made on first use on the feed thread
    QNetworkReply *m_reply = nullptr;
};

} // namespace tickerline
