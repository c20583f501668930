#include "StreamingFeed.h"

#include "Clock.h"
#include "Redaction.h"

#include <QDebug>

namespace tickerline {

namespace {

// A backfill answered with 429/503 is worth a second try after the wait; more
// would only keep a rate-limited provider busy.
constexpr int MaxBackfillAttempts = 2;
constexpr qint64 DefaultBackfillRetryMs = 2'000;

HttpPollerOptions historyOptions(const StreamingAdapter &adapter)
{
    HttpPollerOptions options;
    options.budget = adapter.backfillBudget();
    return options;
}

WebSocketOptions effectiveOptions(WebSocketOptions options, const FeedConfig &config)
{
    if (config.staleTimeoutMs > 0)
        options.reconnect.staleTimeoutMs = config.staleTimeoutMs;
    return options;
}

} // namespace

StreamingFeed::StreamingFeed(FeedConfig config, const Clock &clock, std::unique_ptr<StreamingAdapter> adapter,
                             WebSocketOptions options, ProviderParts parts, QObject *parent)
    : NetworkFeed(std::move(config), clock, std::move(parts), parent)
    , m_adapter(std::move(adapter))
    , m_transport(effectiveOptions(std::move(options), m_config), clock, this)
    , m_history(historyOptions(*m_adapter), clock, this)
{
    m_connectionAge.setSingleShot(true);
    connect(&m_connectionAge, &QTimer::timeout, this, &StreamingFeed::handleConnectionAged);
    connect(&m_transport, &WebSocketTransport::disconnected, &m_connectionAge, &QTimer::stop);
    connect(&m_history, &HttpPoller::finished, this, &StreamingFeed::handleBackfillReply);
    connect(&m_transport, &WebSocketTransport::connected, this, &StreamingFeed::handleConnected);
    connect(&m_transport.supervisor(), &ConnectionSupervisor::stateChanged, &m_status, &FeedStatusTracker::setState);
    connect(&m_transport, &WebSocketTransport::textReceived, this, [this](const QString &message) {
        handleResult(m_adapter->parse({{}, message, {}, {}, this->clock().nowMs()}));
    });
    connect(&m_transport, &WebSocketTransport::binaryReceived, this, [this](const QByteArray &message) {
        handleResult(m_adapter->parse({message, {}, {}, {}, this->clock().nowMs()}));
    });
}

StreamingFeed::~StreamingFeed() = default;

void StreamingFeed::startTransport()
{
    m_status.start();
    m_transport.open(m_adapter->url(m_config), m_adapter->bearerToken(m_config));
}

void StreamingFeed::stopTransport()
{
    m_connectionAge.stop();
    m_history.cancelAll();
    m_backfills.clear();
    m_transport.close();
    m_status.stop();
}

void StreamingFeed::updateTransport(const QStringList &previousSymbols)
{
    QStringList removed;
    QStringList added;
    for (const QString &symbol : previousSymbols) {
        if (!m_config.symbols.contains(symbol))
            removed.append(symbol);
    }
    for (const QString &symbol : std::as_const(m_config.symbols)) {
        if (!previousSymbols.contains(symbol))
            added.append(symbol);
    }
    // Failed (every symbol unknown, say): a new list is a new chance, one attempt per user action.
    if (m_transport.state().state == FeedState::Failed) {
        m_transport.open(m_adapter->url(m_config), m_adapter->bearerToken(m_config));
        return;
    }
    // Not connected: the next connect subscribes the new list anyway.
    if (!m_transport.isConnected())
        return;
    if (!removed.isEmpty())
        sendAll(m_adapter->unsubscribeMessages(removed));
    if (!added.isEmpty())
        sendAll(m_adapter->subscribeMessages(added));
}

void StreamingFeed::handleConnected()
{
    if (const qint64 maxAge = m_adapter->maxConnectionMs(); maxAge > 0)
        m_connectionAge.start(std::chrono::milliseconds(maxAge));
    m_adapter->noteConnected(clock().nowMs());
    if (!m_config.symbols.isEmpty())
        sendAll(m_adapter->subscribeMessages(m_config.symbols));
    requestBackfill();
}

void StreamingFeed::handleConnectionAged()
{
    // Before the provider cuts it mid-trade; connected() resubscribes and backfills the moment between.
    m_transport.reconnectAfter(0, tr("Renewing the connection before the provider's time limit"));
}

void StreamingFeed::requestBackfill()
{
    for (PollRequest &request : m_adapter->takeBackfillRequests(m_config)) {
        const quint64 id = m_history.get(request.request);
        m_backfills.insert(id, {std::move(request)});
    }
}

void StreamingFeed::handleBackfillReply(quint64 id, const HttpReply &reply)
{
    const auto it = m_backfills.constFind(id);
    if (it == m_backfills.cend())
        return;
    const Backfill backfill = *it;
    m_backfills.erase(it);
    using Error = HttpReply::Error;
    if (reply.error == Error::RateLimited && backfill.attempts < MaxBackfillAttempts) {
        m_history.deferUntil(clock().nowMs() + reply.retryAfterMs.value_or(DefaultBackfillRetryMs));
        m_backfills.insert(m_history.get(backfill.request.request), {backfill.request, backfill.attempts + 1});
        return;
    }
    if (reply.error == Error::Timeout || reply.error == Error::Network || reply.error == Error::Tls
        || reply.error == Error::RateLimited) {
        qWarning().noquote() << m_config.provider << "backfill" << backfill.request.symbols.join(u',') << "-"
                             << reply.message;
        return;
    }
    const ParseResult result = m_adapter->parse(replyPayload(backfill.request, reply, clock().nowMs()));
    publish(result);
    if (result.error)
        qWarning().noquote() << m_config.provider << "backfill" << backfill.request.symbols.join(u',') << "-"
                             << providerMessage(*result.error);
    else if (!reply.isOk())
        qWarning().noquote() << m_config.provider << "backfill:" << reply.message;
}

void StreamingFeed::handleResult(const ParseResult &result)
{
    publish(result);
    if (deliversData(result))
        m_transport.noteDelivered();
    if (result.control == ParseResult::Control::Reconnect) {
        // One socket at a time: the moment between is filled by the reconnect's backfill,
        // and what both links carry is dropped as a repeat.
        m_transport.reconnectAfter(0, tr("The provider asked for a new connection"));
        return;
    }
    sendAll(m_adapter->repliesTo(result));
    requestBackfill();
    if (!result.error)
        return;
    switch (applyProviderError(*result.error)) {
    case ErrorReaction::Fail:
        m_transport.fail(providerMessage(*result.error));
        break;
    case ErrorReaction::BackOff:
        m_transport.reconnectAfter(result.error->retryAfterMs.value_or(0), providerMessage(*result.error));
        break;
    case ErrorReaction::SymbolsDropped:
        // The provider's words stay visible beside the symbols it refused.
        m_status.setNotice(QStringLiteral("%1: %2").arg(result.error->symbols.join(u", "), providerMessage(*result.error)));
        break;
    case ErrorReaction::Log:
        break;
    }
}

void StreamingFeed::sendAll(const QStringList &messages)
{
    for (const QString &message : messages) {
        if (!m_transport.sendText(message))
            qDebug().noquote() << m_config.provider << "not connected, dropped:"
                               << redactedText(message, m_config.apiKey).left(200);
    }
}

} // namespace tickerline
