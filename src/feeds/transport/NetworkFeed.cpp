#include "NetworkFeed.h"

#include "Redaction.h"

#include <QDebug>

namespace tickerline {

NetworkFeed::NetworkFeed(FeedConfig config, const Clock &clock, QObject *parent)
    : Feed(std::move(config), clock, parent)
    , m_status(m_config.provider, clock, this)
{
    m_config.symbols = uniqueSymbols(m_config.symbols);
    connect(&m_status, &FeedStatusTracker::statusChanged, this, &Feed::statusChanged);
}

NetworkFeed::~NetworkFeed() = default;

void NetworkFeed::publish(const ParseResult &result)
{
    if (result.malformed > 0)
        m_status.addMalformed(result.malformed);
    if (!result.ticks.isEmpty()) {
        // One result is one provider message, poll reply or backfill page:
        // the unit within which identical prints are told apart.
        TickBatch ticks = result.ticks;
        numberIdenticalTicks(ticks);
        m_status.addTicks(ticks.size());
        Q_EMIT ticksArrived(ticks);
    }
    if (!result.bars.isEmpty())
        Q_EMIT barsArrived(result.bars);
    if (!result.instruments.isEmpty())
        Q_EMIT instrumentsArrived(result.instruments);
}

bool NetworkFeed::deliversData(const ParseResult &result)
{
    return !result.error
        && (!result.ticks.isEmpty() || !result.bars.isEmpty() || !result.instruments.isEmpty()
            || result.control != ParseResult::Control::None);
}

NetworkFeed::ErrorReaction NetworkFeed::reactTo(const ProviderError &error, const QStringList &fallbackSymbols)
{
    switch (error.kind) {
    case ProviderError::Kind::Auth:
        return ErrorReaction::Fail;
    case ProviderError::Kind::RateLimited:
        return ErrorReaction::BackOff;
    case ProviderError::Kind::UnknownSymbol: {
        const QStringList unknown = error.symbols.isEmpty() ? fallbackSymbols : error.symbols;
        // With several symbols and no names, nobody knows which one is meant.
        if (unknown.isEmpty() && m_config.symbols.size() != 1)
            return ErrorReaction::Log;
        const QStringList gone = unknown.isEmpty() ? m_config.symbols : unknown;
        for (const QString &symbol : gone)
            m_config.symbols.removeAll(symbol);
        qWarning().noquote() << m_config.provider << "dropped unknown symbols" << gone.join(u',') << "-"
                             << providerMessage(error);
        return m_config.symbols.isEmpty() ? ErrorReaction::Fail : ErrorReaction::SymbolsDropped;
    }
    case ProviderError::Kind::Other:
        break;
    }
    qWarning().noquote() << m_config.provider << "error:" << providerMessage(error);
    return ErrorReaction::Log;
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
