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

} // namespace tickerline
