#include "HttpPoller.h"

#include "Clock.h"
#include "Redaction.h"

#include <QDebug>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace tickerline {

namespace {

// No spacing: a zero-length window.
constexpr BudgetPolicy Unlimited{1, 0};

} // namespace

HttpPoller::HttpPoller(HttpPollerOptions options, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_budget(m_options.budget.value_or(Unlimited))
{
    m_dispatchTimer.setSingleShot(true);
    m_dispatchTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_dispatchTimer, &QTimer::timeout, this, &HttpPoller::dispatch);
}

HttpPoller::~HttpPoller()
{
    cancelAll();
}

quint64 HttpPoller::get(const QNetworkRequest &request)
{
    const quint64 id = m_nextId++;
    if (!isHttpUrl(request.url())) {
        HttpReply refused;
        refused.error = HttpReply::Error::Network;
        refused.message = QStringLiteral("Refused: only http and https URLs are fetched (%1)")
                              .arg(redactedUrl(request.url()));
        finishLater(id, std::move(refused));
        return id;
    }
    m_queue.append({id, request});
    dispatch();
    return id;
}

void HttpPoller::cancelAll()
{
    m_queue.clear();
    m_dispatchTimer.stop();
    const auto replies = m_inFlight.keys();
    m_inFlight.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void HttpPoller::deferUntil(qint64 wallMs)
{
    m_budget.deferUntil(wallMs);
}

qint64 HttpPoller::nextSlotMs() const
{
    return m_budget.nextSlotMs(m_clock.nowMs());
}

BudgetState HttpPoller::budgetState() const
{
    BudgetState state = m_budget.state(m_clock.nowMs());
    if (!m_options.budget) {
        const qint64 limitedUntil = state.limitedUntilMs;
        state = {};
        state.limitedUntilMs = limitedUntil;
        state.nextSlotMs = limitedUntil;
    }
    return state;
}

void HttpPoller::dispatch()
{
    while (!m_queue.isEmpty()) {
        const qint64 now = m_clock.nowMs();
        const qint64 slot = m_budget.nextSlotMs(now);
        if (slot > now) {
            m_dispatchTimer.start(std::chrono::milliseconds(slot - now));
            return;
        }
        m_budget.noteSent(now);
        send(m_queue.takeFirst());
    }
}

void HttpPoller::send(const Queued &queued)
{
    QNetworkRequest request = queued.request;
    applySafeRedirects(request, m_options.maxRedirects);
    if (!m_options.userAgent.isEmpty() && !request.hasRawHeader("User-Agent"))
        request.setRawHeader("User-Agent", m_options.userAgent);
    // Each poll wants the provider's answer now, never a cached one.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    QNetworkReply *reply = manager().get(request);
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    deadline->start(std::chrono::milliseconds(m_options.deadlineMs));
    m_inFlight.insert(reply, {queued.id, deadline});
    connect(deadline, &QTimer::timeout, this, [this, reply] { handleDeadline(reply); });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply](qint64 received, qint64) { handleProgress(reply, received); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { handleFinished(reply); });
}

void HttpPoller::handleDeadline(QNetworkReply *reply)
{
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    it->timedOut = true;
    reply->abort();   // finished() follows, synchronously
}

void HttpPoller::handleProgress(QNetworkReply *reply, qint64 received)
{
    if (received <= m_options.maxBodyBytes)
        return;
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end() || it->tooLarge)
        return;
    it->tooLarge = true;
    reply->abort();
}

void HttpPoller::handleFinished(QNetworkReply *reply)
{
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    const InFlight inFlight = *it;
    m_inFlight.erase(it);
    reply->deleteLater();
    inFlight.deadline->stop();

    const qint64 now = m_clock.nowMs();
    // We aborted it: a partial body is no body (and a closed reply would make Qt warn).
    const bool aborted = inFlight.timedOut || inFlight.tooLarge;
    QByteArray body = aborted || !reply->isOpen() ? QByteArray() : reply->readAll();
    HttpReply result = toHttpReply(*reply, std::move(body), inFlight.timedOut, now);
    if (inFlight.tooLarge) {
        result.error = HttpReply::Error::Network;
        result.message = QStringLiteral("Refused: body larger than %1 bytes (%2)")
                             .arg(m_options.maxBodyBytes)
                             .arg(redactedUrl(reply->request().url()));
    }
    if (result.error == HttpReply::Error::RateLimited && result.retryAfterMs) {
        m_budget.deferUntil(now + *result.retryAfterMs);
        dispatch();   // re-arms the dispatch timer for the later slot
    }
    if (!result.isOk())
        qDebug().noquote() << "HttpPoller:" << result.message;
    Q_EMIT finished(inFlight.id, result);
}

void HttpPoller::finishLater(quint64 id, HttpReply reply)
{
    QMetaObject::invokeMethod(this, [this, id, reply = std::move(reply)] { Q_EMIT finished(id, reply); },
                              Qt::QueuedConnection);
}

QNetworkAccessManager &HttpPoller::manager()
{
    if (!m_manager) {
        m_manager = new QNetworkAccessManager(this);
        // Our deadline rules; Qt's inactivity timer would only muddy the error kind.
        m_manager->setTransferTimeout(0);
    }
    return *m_manager;
}

} // namespace tickerline
