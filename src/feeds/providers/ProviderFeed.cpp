#include "ProviderFeed.h"

#include "NetworkFeed.h"
#include "ProviderUrls.h"

#include <QDebug>

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

ProviderFeed::ProviderFeed(FeedConfig config, const Clock &clock, Parts parts, QObject *parent)
    : Feed(std::move(config), clock, parent)
    , m_keyVariable(std::move(parts.keyVariable))
    , m_ticks(std::move(parts.ticks))
    , m_metadata(std::move(parts.metadata))
    , m_logos(m_config.provider, clock, withEndpoint(std::move(parts.logos), m_config), this)
{
    m_config.symbols = uniqueSymbols(m_config.symbols);
    // As children they follow this feed to its thread.
    m_ticks->setParent(this);
    connect(m_ticks.get(), &Feed::ticksArrived, this, &Feed::ticksArrived);
    connect(m_ticks.get(), &Feed::barsArrived, this, &Feed::barsArrived);
    connect(m_ticks.get(), &Feed::statusChanged, this, &Feed::statusChanged);
    connect(m_ticks.get(), &Feed::instrumentsArrived, this, &ProviderFeed::handleInstruments);
    if (m_metadata) {
        m_metadata->setParent(this);
        connect(m_metadata.get(), &MetadataPoller::instrumentsArrived, this, &ProviderFeed::handleInstruments);
        connect(m_metadata.get(), &MetadataPoller::symbolRefreshed, this, &ProviderFeed::handleSymbolRefreshed);
    }
    connect(&m_logos, &LogoFetcher::instrumentsArrived, this, &Feed::instrumentsArrived);
}

ProviderFeed::~ProviderFeed() = default;

void ProviderFeed::start()
{
    if (!m_keyVariable.isEmpty() && m_config.apiKey.isEmpty()) {
        FeedStatus status;
        status.feed = m_config.provider;
        status.state = FeedState::Failed;
        status.message = tr("No API key: set %1 or add one in Settings \u2192 Providers.").arg(m_keyVariable);
        qWarning().noquote() << m_config.provider << "failed:" << status.message;
        Q_EMIT statusChanged(status);
        return;
    }
    m_running = true;
    m_ticks->start();
    if (m_metadata) {
        m_metadata->start();   // logos follow each symbol's metadata, which may name one
        return;
    }
    for (const QString &symbol : std::as_const(m_config.symbols))
        m_logos.request(symbol);
}

void ProviderFeed::stop()
{
    m_running = false;
    m_ticks->stop();
    if (m_metadata)
        m_metadata->stop();
    m_logos.cancelAll();
}

void ProviderFeed::setSymbols(const QStringList &symbols)
{
    const QStringList previous = std::exchange(m_config.symbols, uniqueSymbols(symbols));
    m_ticks->setSymbols(m_config.symbols);
    if (m_metadata) {
        m_metadata->setSymbols(m_config.symbols);
        return;
    }
    if (!m_running)
        return;
    for (const QString &symbol : std::as_const(m_config.symbols)) {
        if (!previous.contains(symbol))
            m_logos.request(symbol);
    }
}

void ProviderFeed::handleInstruments(const InstrumentList &instruments)
{
    Q_EMIT instrumentsArrived(instruments);
    for (const Instrument &instrument : instruments) {
        if (!instrument.logoUrl.isEmpty() && instrument.logo.isEmpty())
            m_logos.request(instrument.symbol, instrument.logoUrl);
    }
}

void ProviderFeed::handleSymbolRefreshed(const QString &symbol)
{
    m_logos.request(symbol);
}

} // namespace tickerline
