#include "MetadataPoller.h"

#include "Clock.h"
#include "NetworkFeed.h"
#include "Redaction.h"

#include <QDebug>

#include <utility>

namespace tickerline {

MetadataPoller::MetadataPoller(const FeedConfig &config, const Clock &clock, std::unique_ptr<MetadataAdapter> adapter,
                               MetadataOptions options, QObject *parent)
    : QObject(parent)
    , m_provider(config.provider)
    , m_secret(config.apiKey)
    , m_symbols(uniqueSymbols(config.symbols))
    , m_clock(clock)
    , m_adapter(std::move(adapter))
    , m_poller(std::move(options.http), clock, this)
    , m_intervalMs(options.intervalMs)
{
    connect(&m_poller, &HttpPoller::finished, this, &MetadataPoller::handleReply);
    connect(&m_timer, &QTimer::timeout, this, &MetadataPoller::refreshAll);
}

MetadataPoller::~MetadataPoller() = default;

void MetadataPoller::start()
{
    refreshAll();
    m_timer.start(std::chrono::milliseconds(m_intervalMs));
}

void MetadataPoller::stop()
{
    m_timer.stop();
    m_poller.cancelAll();
    m_pending.clear();
    m_outstanding.clear();
}

void MetadataPoller::setSymbols(const QStringList &symbols)
{
    const QStringList previous = std::exchange(m_symbols, uniqueSymbols(symbols));
    if (!m_timer.isActive())
        return;   // not started: start() asks for all of them
    for (const QString &symbol : std::as_const(m_symbols)) {
        if (!previous.contains(symbol))
            refresh(symbol);
    }
}

void MetadataPoller::refreshAll()
{
    for (const QString &symbol : std::as_const(m_symbols))
        refresh(symbol);
}

void MetadataPoller::refresh(const QString &symbol)
{
    // A cycle still queued behind a tight budget is not asked twice.
    if (m_outstanding.value(symbol) > 0)
        return;
    const QList<PollRequest> requests = m_adapter->requests(symbol);
    if (requests.isEmpty())
        return;
    m_outstanding.insert(symbol, int(requests.size()));
    for (const PollRequest &request : requests)
        m_pending.insert(m_poller.get(request.request), request);
}

void MetadataPoller::handleReply(quint64 id, const HttpReply &reply)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const PollRequest request = *it;
    m_pending.erase(it);

    using Error = HttpReply::Error;
    if (reply.error == Error::None || reply.error == Error::Http) {
        // 4xx bodies carry the provider's reason (a premium-only endpoint, a bad key).
        const ParseResult result = m_adapter->parse(replyPayload(request, reply, m_clock.nowMs()));
        if (!result.instruments.isEmpty())
            Q_EMIT instrumentsArrived(result.instruments);
        if (result.error) {
            log(request, result.error->message);
            if (result.error->kind == ProviderError::Kind::RateLimited && result.error->retryAfterMs)
                m_poller.deferUntil(m_clock.nowMs() + *result.error->retryAfterMs);
        } else if (!reply.isOk()) {
            log(request, reply.message);
        }
    } else {
        log(request, reply.message);   // 429 with Retry-After already holds the poller's queue back
    }

    for (const QString &symbol : request.symbols) {
        const auto outstanding = m_outstanding.find(symbol);
        if (outstanding != m_outstanding.end() && --*outstanding <= 0) {
            m_outstanding.erase(outstanding);
            Q_EMIT symbolRefreshed(symbol);
        }
    }
}

void MetadataPoller::log(const PollRequest &request, const QString &message) const
{
    qWarning().noquote() << m_provider << "metadata" << request.tag << request.symbols.join(u',') << "-"
                         << redactedText(message, m_secret);
}

} // namespace tickerline
