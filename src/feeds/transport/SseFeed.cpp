#include "SseFeed.h"

#include "Clock.h"

namespace tickerline {

namespace {

SseOptions effectiveOptions(SseOptions options, const FeedConfig &config)
{
    if (config.staleTimeoutMs > 0)
        options.reconnect.staleTimeoutMs = config.staleTimeoutMs;
    return options;
}

} // namespace

SseFeed::SseFeed(FeedConfig config, const Clock &clock, std::unique_ptr<SseAdapter> adapter, SseOptions options,
                 ProviderParts parts, QObject *parent)
    : NetworkFeed(std::move(config), clock, std::move(parts), parent)
    , m_adapter(std::move(adapter))
    , m_transport(effectiveOptions(std::move(options), m_config), clock, this)
{
    connect(&m_transport.supervisor(), &ConnectionSupervisor::stateChanged, &m_status, &FeedStatusTracker::setState);
    connect(&m_transport, &SseTransport::eventsReceived, this, &SseFeed::handleEvents);
    connect(&m_transport, &SseTransport::eventsDropped, &m_status, &FeedStatusTracker::addMalformed);
}

SseFeed::~SseFeed() = default;

void SseFeed::startTransport()
{
    m_status.start();
    m_transport.open(m_adapter->request(m_config));
}

void SseFeed::stopTransport()
{
    m_transport.close();
    m_status.stop();
}

void SseFeed::updateTransport(const QStringList &previousSymbols)
{
    FeedConfig previous = m_config;
    previous.symbols = previousSymbols;
    const QUrl before = m_adapter->request(previous).url();
    const QNetworkRequest after = m_adapter->request(m_config);
    const FeedState state = m_transport.state().state;
    if (state == FeedState::Failed || (state != FeedState::Idle && after.url() != before))
        m_transport.open(after);
}

void SseFeed::handleEvents(const QList<SseEvent> &events)
{
    const qint64 now = clock().nowMs();
    for (const SseEvent &event : events) {
        const ParseResult result = m_adapter->parse({{}, event.data, event.type, {}, now});
        publish(result);
        if (deliversData(result))
            m_transport.noteDelivered();
        if (!result.error)
            continue;
        switch (applyProviderError(*result.error)) {
        case ErrorReaction::Fail:
            m_transport.fail(providerMessage(*result.error));
            return;
        case ErrorReaction::BackOff:
            m_transport.reconnectAfter(result.error->retryAfterMs.value_or(0), providerMessage(*result.error));
            return;
        case ErrorReaction::SymbolsDropped:
        case ErrorReaction::Log:
            break;
        }
    }
}

} // namespace tickerline
