#include "MisconfiguredFeed.h"

#include <QDebug>

namespace tickerline {

MisconfiguredFeed::MisconfiguredFeed(FeedConfig config, const Clock &clock, QString reason, QObject *parent)
    : Feed(std::move(config), clock, parent)
    , m_reason(std::move(reason))
{
}

MisconfiguredFeed::~MisconfiguredFeed() = default;

void MisconfiguredFeed::start()
{
    qWarning().noquote() << m_config.provider << "failed:" << m_reason;
    report(FeedState::Failed, m_reason);
}

void MisconfiguredFeed::stop()
{
    report(FeedState::Idle, {});
}

void MisconfiguredFeed::setSymbols(const QStringList &symbols)
{
    // Symbols cannot mend the configuration; they are kept for whoever reads config().
    m_config.symbols = symbols;
}

void MisconfiguredFeed::report(FeedState state, const QString &message)
{
    FeedStatus status;
    status.feed = m_config.provider;
    status.state = state;
    status.message = message;
    Q_EMIT statusChanged(status);
}

} // namespace tickerline
