#include "SseTransport.h"

#include "Clock.h"
#include "HttpReply.h"
#include "Redaction.h"

#include <QDebug>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

namespace tickerline {

SseTransport::SseTransport(SseOptions options, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_supervisor(m_options.reconnect, clock, this)
    , m_parser(m_options.maxEventBytes)
{
    connect(&m_supervisor, &ConnectionSupervisor::connectRequested, this, &SseTransport::connectNow);
    connect(&m_supervisor, &ConnectionSupervisor::staleDetected, this,
            [this] { linkDown(m_supervisor.state().message); });
}

SseTransport::~SseTransport()
{
    discardReply();
}

void SseTransport::open(const QNetworkRequest &request)
{
    m_request = request;
    if (!isHttpUrl(request.url())) {
        fail(QStringLiteral("Refused: only http and https URLs are fetched (%1)").arg(redactedUrl(request.url())));
        return;
    }
    m_supervisor.start();
}

void SseTransport::close()
{
    discardReply();
    m_supervisor.stop();
}

void SseTransport::fail(const QString &reason)
{
    const bool hadLink = m_reply != nullptr;
    discardReply();
    m_supervisor.fail(reason);
    if (hadLink)
        Q_EMIT disconnected(reason);
}

void SseTransport::reconnectAfter(qint64 minDelayMs, const QString &reason)
{
    linkDown(reason, minDelayMs);
}

void SseTransport::connectNow()
{
    discardReply();
    m_parser.reset();
    if (!m_manager) {
        m_manager = new QNetworkAccessManager(this);
        m_manager->setTransferTimeout(0);   // a quiet stream is the stale timer's business
    }
    QNetworkRequest request = m_request;
    request.setRawHeader("Accept", "text/event-stream");
    request.setRawHeader("Cache-Control", "no-cache");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (const QString id = m_parser.lastEventId(); !id.isEmpty())
        request.setRawHeader("Last-Event-ID", id.toUtf8());
    applySafeRedirects(request, m_options.maxRedirects);
    m_reply = m_manager->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &SseTransport::handleMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &SseTransport::handleReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &SseTransport::handleFinished);
}

bool SseTransport::isEventStream() const
{
    return m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200
        && m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().trimmed().startsWith("text/event-stream");
}

void SseTransport::handleMetaData()
{
    if (isEventStream()) {
        m_supervisor.noteConnected();
        Q_EMIT connected();
    }
    // Anything else is judged when the reply finishes, with its body at hand.
}

void SseTransport::handleReadyRead()
{
    if (!isEventStream())
        return;   // an error body or a web page: left for handleFinished()
    const QByteArray bytes = m_reply->readAll();
    if (bytes.isEmpty())
        return;
    m_supervisor.noteActivity();   // comments included: a keep-alive is proof of life
    const int droppedBefore = m_parser.malformed();
    const QList<SseEvent> events = m_parser.feed(bytes);
    if (m_parser.malformed() > droppedBefore)
        Q_EMIT eventsDropped(m_parser.malformed() - droppedBefore);
    if (!events.isEmpty())
        Q_EMIT eventsReceived(events);
}

void SseTransport::handleFinished()
{
    const HttpReply reply = toHttpReply(*m_reply, m_reply->readAll(), false, m_clock.nowMs());
    const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QString where = redactedUrl(m_request.url());
    if (reply.status == 401 || reply.status == 403) {
        fail(reply.message);
    } else if (reply.status == 204) {
        fail(QStringLiteral("The server asked not to reconnect (HTTP 204): %1").arg(where));
    } else if (reply.error == HttpReply::Error::RateLimited) {
        linkDown(reply.message, std::max(serverRetryMs(), reply.retryAfterMs.value_or(0)));
    } else if (!reply.isOk()) {
        linkDown(reply.message, serverRetryMs());
    } else if (reply.status == 200 && !type.trimmed().startsWith("text/event-stream")) {
        fail(QStringLiteral("Not an event stream (Content-Type \"%1\"): %2")
                 .arg(QString::fromLatin1(type).left(100), where));
    } else {
        linkDown(QStringLiteral("Stream ended: %1").arg(where), serverRetryMs());
    }
}

void SseTransport::linkDown(const QString &reason, qint64 minDelayMs)
{
    if (!m_supervisor.isAttempting())
        return;
    discardReply();
    qDebug().noquote() << "SseTransport:" << reason;
    Q_EMIT disconnected(reason);
    m_supervisor.noteDown(reason, minDelayMs);
}

void SseTransport::discardReply()
{
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    m_reply->abort();
    m_reply->deleteLater();
    m_reply = nullptr;
}

} // namespace tickerline
