#include "PollingFeed.h"

#include "Clock.h"
#include "Redaction.h"

#include <QDebug>
#include <QLocale>

#include <algorithm>

namespace tickerline {

namespace {

HttpPollerOptions effectiveOptions(HttpPollerOptions options, const PollingAdapter &adapter)
{
    if (!options.budget)
        options.budget = adapter.budget();
    return options;
}

QString batchKey(const PollRequest &request)
{
    return request.tag + u'|' + request.symbols.join(u',');
}

} // namespace

PollingFeed::PollingFeed(FeedConfig config, const Clock &clock, std::unique_ptr<PollingAdapter> adapter,
                         PollingOptions options, ProviderParts parts, QObject *parent)
    : NetworkFeed(std::move(config), clock, std::move(parts), parent)
    , m_adapter(std::move(adapter))
    , m_poller(effectiveOptions(std::move(options.http), *m_adapter), clock, this)
    , m_backoff(options.backoff)
{
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer);   // a coarse timer may fire before a Retry-After ends
    connect(&m_poller, &HttpPoller::finished, this, &PollingFeed::handleReply);
    connect(&m_pollTimer, &QTimer::timeout, this, &PollingFeed::pollNow);
    connect(&m_metadataTimer, &QTimer::timeout, this, &PollingFeed::refreshMetadata);
    connect(&m_retryTimer, &QTimer::timeout, this, &PollingFeed::handleRetryDue);
}

PollingFeed::~PollingFeed() = default;

qint64 PollingFeed::pollIntervalMs() const
{
    // As asked: an explicit choice is honoured (noticeText() says when the provider advises otherwise).
    return std::max<qint64>(m_config.pollIntervalMs, 1);
}

namespace {

QString seconds(qint64 ms)
{
    return QLocale::c().toString(double(ms) / 1000.0, 'g', 4);
}

} // namespace

QString PollingFeed::noticeText() const
{
    const qint64 interval = pollIntervalMs();
    if (const std::optional<BudgetPolicy> budget = m_adapter->budget()) {
        // One cycle asks for every batch; the budget spaces each request.
        const qint64 requests = std::max(budget->requests, 1);
        const qint64 spacing = (std::max<qint64>(budget->windowMs, 0) + requests - 1) / requests;
        const qint64 batch = std::max(m_adapter->maxSymbolsPerRequest(), 1);
        const qint64 batches = (qint64(m_config.symbols.size()) + batch - 1) / batch;
        const qint64 cycle = spacing * std::max<qint64>(batches, 1);
        if (cycle > interval)
            return tr("polling every %1 s was asked, but the provider allows %2 requests per %3 s: "
                      "each symbol is quoted about every %4 s")
                .arg(seconds(interval), QString::number(requests), seconds(budget->windowMs), seconds(cycle));
    }
    if (const qint64 advised = m_adapter->advisedPollIntervalMs(); interval < advised)
        return tr("polling every %1 s as asked; the provider advises at least %2 s and may rate-limit (HTTP 429)")
            .arg(seconds(interval), seconds(advised));
    return {};
}

bool PollingFeed::isPolling() const
{
    return m_state.state == FeedState::Connecting || m_state.state == FeedState::Live;
}

void PollingFeed::startTransport()
{
    if (m_state.state != FeedState::Idle && m_state.state != FeedState::Failed)
        return;
    m_backoff.reset();
    m_status.start();
    updateNotice();
    reportBudget();
    setState(FeedState::Connecting);
    pollNow();
    refreshMetadata();
    m_pollTimer.start(std::chrono::milliseconds(pollIntervalMs()));
    m_metadataTimer.start(std::chrono::milliseconds(m_adapter->metadataIntervalMs()));
}

void PollingFeed::stopTransport()
{
    m_pollTimer.stop();
    m_metadataTimer.stop();
    m_retryTimer.stop();
    m_poller.cancelAll();
    m_pending.clear();
    m_batchesInFlight.clear();
    m_state = {};
    m_status.stop();
}

void PollingFeed::updateNotice()
{
    // Reported once through the status, which the status bar shows while it
    // holds and the collector logs when it changes.
    m_status.setNotice(noticeText());
}

void PollingFeed::updateTransport(const QStringList &previous)
{
    updateNotice();
    for (const QString &symbol : previous) {
        if (!m_config.symbols.contains(symbol))
            m_lastQuotes.remove(symbol);
    }
    if (m_state.state == FeedState::Failed) {
        startTransport();   // a new list is a new chance, one attempt per user action
        return;
    }
    if (!isPolling())
        return;
    // New symbols should not wait a whole interval (or hours) for their first quote.
    pollNow();
    for (const QString &symbol : std::as_const(m_config.symbols)) {
        if (previous.contains(symbol))
            continue;
        for (const PollRequest &request : m_adapter->metadataRequests(symbol, m_config))
            m_pending.insert(m_poller.get(request.request), {request, QString()});
    }
}

void PollingFeed::pollNow()
{
    if (!isPolling())
        return;
    const qsizetype batchSize = std::max(m_adapter->maxSymbolsPerRequest(), 1);
    for (qsizetype first = 0; first < m_config.symbols.size(); first += batchSize) {
        const PollRequest request = m_adapter->quoteRequest(m_config.symbols.mid(first, batchSize), m_config);
        const QString key = batchKey(request);
        if (m_batchesInFlight.contains(key))
            continue;
        m_batchesInFlight.insert(key);
        m_pending.insert(m_poller.get(request.request), {request, key});
    }
}

void PollingFeed::refreshMetadata()
{
    if (m_state.state == FeedState::Idle || m_state.state == FeedState::Failed)
        return;
    for (const QString &symbol : std::as_const(m_config.symbols)) {
        for (const PollRequest &request : m_adapter->metadataRequests(symbol, m_config))
            m_pending.insert(m_poller.get(request.request), {request, QString()});
    }
}

void PollingFeed::handleReply(quint64 id, const HttpReply &reply)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Pending pending = *it;
    m_pending.erase(it);
    // Before the state: a 429 has deferred the budget already, and whoever
    // watches the status learns that it was a rate limit along with the wait.
    reportBudget();
    if (pending.batchKey.isEmpty()) {
        handleMetadataReply(pending, reply);
    } else {
        m_batchesInFlight.remove(pending.batchKey);
        handleQuoteReply(pending, reply);
    }
    reportBudget();   // a "limit reached" text in a 200 body defers it in the handlers
}

void PollingFeed::reportBudget()
{
    m_status.setBudget(m_poller.budgetState());
}

void PollingFeed::handleQuoteReply(const Pending &pending, const HttpReply &reply)
{
    using Error = HttpReply::Error;
    if (reply.error == Error::Timeout || reply.error == Error::Network || reply.error == Error::Tls) {
        backOff(reply.message);
        return;
    }
    if (reply.error == Error::RateLimited) {
        backOff(reply.message, reply.retryAfterMs.value_or(0));
        return;
    }
    ParseResult result = m_adapter->parse(replyPayload(pending.request, reply, clock().nowMs()));
    result.ticks = changedQuotes(std::move(result.ticks));
    publish(result);

    if (reply.status == 401 || reply.status == 403) {
        failFeed(result.error ? providerMessage(*result.error) : reply.message);
        return;
    }
    if (result.error) {
        switch (applyProviderError(*result.error, pending.request.symbols)) {
        case ErrorReaction::Fail:
            failFeed(providerMessage(*result.error));
            return;
        case ErrorReaction::BackOff: {
            const qint64 wait = result.error->retryAfterMs.value_or(0);
            m_poller.deferUntil(clock().nowMs() + wait);
            backOff(providerMessage(*result.error), wait);
            return;
        }
        case ErrorReaction::SymbolsDropped:
            return;   // the other symbols poll on; a 404 for a delisted one is no outage
        case ErrorReaction::Log:
            break;
        }
    }
    if (reply.error == Error::Http)
        backOff(reply.message);
    else
        noteHealthy();
}

void PollingFeed::handleMetadataReply(const Pending &pending, const HttpReply &reply)
{
    if (reply.error == HttpReply::Error::Timeout || reply.error == HttpReply::Error::Network
        || reply.error == HttpReply::Error::Tls || reply.error == HttpReply::Error::RateLimited) {
        qWarning().noquote() << m_config.provider << "metadata:" << reply.message;
        return;
    }
    ParseResult result = m_adapter->parse(replyPayload(pending.request, reply, clock().nowMs()));
    result.ticks = changedQuotes(std::move(result.ticks));
    publish(result);
    if (result.error) {
        // A premium-only endpoint (Finnhub metric) must not fail a feed whose quotes work.
        qWarning().noquote() << m_config.provider << "metadata" << pending.request.tag << "-"
                             << providerMessage(*result.error);
        if (result.error->kind == ProviderError::Kind::RateLimited && result.error->retryAfterMs)
            m_poller.deferUntil(clock().nowMs() + *result.error->retryAfterMs);
    } else if (!reply.isOk()) {
        qWarning().noquote() << m_config.provider << "metadata:" << reply.message;
    }
}

void PollingFeed::noteHealthy()
{
    // A good reply ends the run of failures: the next one backs off from the start.
    m_backoff.reset();
    if (m_state.state == FeedState::Connecting)
        setState(FeedState::Live);
}

void PollingFeed::backOff(const QString &reason, qint64 minDelayMs)
{
    // Replies of requests sent before the first failure arrive during the wait: one draw is enough.
    if (!isPolling())
        return;
    m_pollTimer.stop();
    const qint64 delay = std::max(m_backoff.nextDelayMs(), minDelayMs);
    m_retryTimer.start(std::chrono::milliseconds(delay));
    qDebug().noquote() << m_config.provider << "backing off" << delay << "ms:" << reason;
    setState(FeedState::BackingOff, reason, clock().nowMs() + delay, m_backoff.attempts());
}

void PollingFeed::handleRetryDue()
{
    setState(FeedState::Connecting);
    pollNow();
    m_pollTimer.start(std::chrono::milliseconds(pollIntervalMs()));
}

void PollingFeed::failFeed(const QString &reason)
{
    m_pollTimer.stop();
    m_metadataTimer.stop();
    m_retryTimer.stop();
    m_poller.cancelAll();
    m_pending.clear();
    m_batchesInFlight.clear();
    qWarning().noquote() << m_config.provider << "failed:" << reason;
    setState(FeedState::Failed, reason);
}

void PollingFeed::setState(FeedState state, const QString &message, qint64 nextRetryMs, int failures)
{
    m_state = {state, message, nextRetryMs, failures};
    m_status.setState(m_state);
}

TickBatch PollingFeed::changedQuotes(TickBatch ticks)
{
    // Oldest first, so that a reply carrying a regular and a post-market quote keeps the later one as "last".
    std::stable_sort(ticks.begin(), ticks.end(), [](const Tick &a, const Tick &b) { return a.timeMs < b.timeMs; });
    TickBatch changed;
    for (const Tick &tick : std::as_const(ticks)) {
        const auto last = m_lastQuotes.constFind(tick.symbol);
        // An older quote than the last one emitted is a lagging replica, not news.
        const bool seen = last != m_lastQuotes.cend()
            && (tick.timeMs < last->timeMs || (tick.timeMs == last->timeMs && tick.price == last->price));
        if (seen)
            continue;
        m_lastQuotes.insert(tick.symbol, {tick.timeMs, tick.price});
        changed.append(tick);
    }
    return changed;
}

} // namespace tickerline
