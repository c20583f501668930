#include "FeedStatus.h"

#include <QCoreApplication>

namespace tickerline {

QString feedStateName(FeedState state)
{
    switch (state) {
    case FeedState::Idle: return QCoreApplication::translate("FeedStatus", "Idle");
    case FeedState::Connecting: return QCoreApplication::translate("FeedStatus", "Connecting");
    case FeedState::Live: return QCoreApplication::translate("FeedStatus", "Live");
    case FeedState::Stale: return QCoreApplication::translate("FeedStatus", "Stale");
    case FeedState::BackingOff: return QCoreApplication::translate("FeedStatus", "Backing off");
    case FeedState::Failed: return QCoreApplication::translate("FeedStatus", "Failed");
    }
    return {};
}

QString upstreamFeedText(const UpstreamFeed &upstream)
{
    QString text = QCoreApplication::translate("FeedStatus", "server: %1, %2").arg(feedStateName(upstream.state), upstream.feed);
    if (upstream.state != FeedState::Live && !upstream.message.isEmpty())
        text += QCoreApplication::translate("FeedStatus", " (%1)").arg(upstream.message);
    return text;
}

} // namespace tickerline
