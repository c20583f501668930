#include "NetworkFeed.h"

#include "ProviderUrls.h"
#include "Redaction.h"

#include <QDebug>

#include <algorithm>

#include <utility>

namespace tickerline {

namespace {

LogoOptions withEndpoint(LogoOptions options, const FeedConfig &config)
{
    if (options.symbolBase.isEmpty() && !config.endpoint.isEmpty())
        options.symbolBase = withPath(httpOrigin(config.endpoint), u"/logos/symbol");
    return options;
}

} // namespace

NetworkFeed::NetworkFeed(FeedConfig config, const Clock &clock, ProviderParts parts, QObject *parent)
    : Feed(std::move(config), clock, parent)
    , m_status(m_config.provider, clock, this)
    , m_keyVariable(std::move(parts.keyVariable))
    , m_metadata(std::move(parts.metadata))
{
    m_config.symbols = uniqueSymbols(m_config.symbols);
    connect(&m_status, &FeedStatusTracker::statusChanged, this, &Feed::statusChanged);
    if (parts.logos) {
        m_logos = std::make_unique<LogoFetcher>(m_config.provider, clock, withEndpoint(*parts.logos, m_config), this);
        connect(m_logos.get(), &LogoFetcher::instrumentsArrived, this, &Feed::instrumentsArrived);
    }
    if (m_metadata) {
        // As a child it follows this feed to its thread.
        m_metadata->setParent(this);
        connect(m_metadata.get(), &MetadataPoller::instrumentsArrived, this, [this](const InstrumentList &list) {
            Q_EMIT instrumentsArrived(list);
            requestLogos(list);
        });
        // Logos follow each symbol's metadata, which may name one.
        if (m_logos)
            connect(m_metadata.get(), &MetadataPoller::symbolRefreshed, m_logos.get(),
                    [this](const QString &symbol) { m_logos->request(symbol); });
    }
}

NetworkFeed::~NetworkFeed() = default;

void NetworkFeed::start()
{
    if (!m_keyVariable.isEmpty() && m_config.apiKey.isEmpty()) {
        const QString message = tr("No API key: set %1 or add one in Settings \u2192 Providers.").arg(m_keyVariable);
        qWarning().noquote() << m_config.provider << "failed:" << message;
        m_status.setState({FeedState::Failed, message});
        return;
    }
    m_running = true;
    startTransport();
    if (m_metadata) {
        m_metadata->start();
        return;
    }
    if (m_logos) {
        for (const QString &symbol : std::as_const(m_config.symbols))
            m_logos->request(symbol);
    }
}

void NetworkFeed::stop()
{
    m_running = false;
    stopTransport();
    if (m_metadata)
        m_metadata->stop();
    if (m_logos)
        m_logos->cancelAll();
}

void NetworkFeed::setSymbols(const QStringList &symbols)
{
    const QStringList previous = std::exchange(m_config.symbols, uniqueSymbols(symbols));
    updateTransport(previous);
    if (m_metadata) {
        m_metadata->setSymbols(m_config.symbols);
        return;
    }
    if (!m_running || !m_logos)
        return;
    for (const QString &symbol : std::as_const(m_config.symbols)) {
        if (!previous.contains(symbol))
            m_logos->request(symbol);
    }
}

void NetworkFeed::publish(const ParseResult &result)
{
    if (result.malformed > 0)
        m_status.addMalformed(result.malformed);
    if (result.upstream)
        m_status.setUpstream(*result.upstream);
    if (!result.ticks.isEmpty()) {
        // One result is one provider message, poll reply or backfill page:
        // the unit within which identical prints are told apart.
        TickBatch ticks = result.ticks;
        if (!result.keysAssigned)
            numberIdenticalTicks(ticks);
        m_status.addTicks(ticks.size());
        Q_EMIT ticksArrived(ticks);
    }
    if (!result.bars.isEmpty())
        Q_EMIT barsArrived(result.bars);
    if (!result.instruments.isEmpty()) {
        Q_EMIT instrumentsArrived(result.instruments);
        requestLogos(result.instruments);
    }
}

void NetworkFeed::requestLogos(const InstrumentList &instruments)
{
    if (!m_logos)
        return;
    for (const Instrument &instrument : instruments) {
        if (!instrument.logoUrl.isEmpty() && instrument.logo.isEmpty())
            m_logos->request(instrument.symbol, instrument.logoUrl);
    }
}

bool NetworkFeed::deliversData(const ParseResult &result)
{
    return !result.error
        && (!result.ticks.isEmpty() || !result.bars.isEmpty() || !result.instruments.isEmpty()
            || result.control != ParseResult::Control::None);
}

QStringList NetworkFeed::unknownSymbols(const ProviderError &error, const QStringList &fallbackSymbols) const
{
    if (error.kind != ProviderError::Kind::UnknownSymbol)
        return {};
    const QStringList named = error.symbols.isEmpty() ? fallbackSymbols : error.symbols;
    // With several symbols and no names, nobody knows which one is meant.
    if (named.isEmpty() && m_config.symbols.size() == 1)
        return m_config.symbols;
    return named;
}

NetworkFeed::ErrorReaction NetworkFeed::reactionTo(const ProviderError &error, const QStringList &unknown) const
{
    switch (error.kind) {
    case ProviderError::Kind::Auth:
        return ErrorReaction::Fail;
    case ProviderError::Kind::RateLimited:
        return ErrorReaction::BackOff;
    case ProviderError::Kind::UnknownSymbol: {
        if (unknown.isEmpty())
            return ErrorReaction::Log;
        const bool noneLeft = std::all_of(m_config.symbols.cbegin(), m_config.symbols.cend(),
                                          [&](const QString &symbol) { return unknown.contains(symbol); });
        return noneLeft ? ErrorReaction::Fail : ErrorReaction::SymbolsDropped;
    }
    case ProviderError::Kind::Other:
        break;
    }
    return ErrorReaction::Log;
}

NetworkFeed::ErrorReaction NetworkFeed::applyProviderError(const ProviderError &error,
                                                           const QStringList &fallbackSymbols)
{
    const QStringList unknown = unknownSymbols(error, fallbackSymbols);
    const ErrorReaction reaction = reactionTo(error, unknown);
    if (error.kind == ProviderError::Kind::Other)
        qWarning().noquote() << m_config.provider << "error:" << providerMessage(error);
    if (unknown.isEmpty())
        return reaction;
    for (const QString &symbol : unknown)
        m_config.symbols.removeAll(symbol);
    m_status.addRefused(unknown);
    qWarning().noquote() << m_config.provider << "dropped unknown symbols" << unknown.join(u',') << "-"
                         << providerMessage(error);
    return reaction;
}

QString NetworkFeed::providerMessage(const ProviderError &error) const
{
    return redactedText(error.message, m_config.apiKey);
}

QStringList uniqueSymbols(const QStringList &symbols)
{
    QStringList out;
    for (const QString &symbol : symbols) {
        const QString trimmed = symbol.trimmed();
        if (!trimmed.isEmpty() && !out.contains(trimmed))
            out.append(trimmed);
    }
    return out;
}

} // namespace tickerline
