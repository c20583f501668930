#include "MetaTypes.h"

#include "AlertEvent.h"
#include "FeedMetaTypes.h"
#include "Frame.h"
#include "StoreTypes.h"

#include <QMetaType>

namespace tickerline {

void registerMetaTypes()
{
    registerFeedMetaTypes();
    qRegisterMetaType<Frame>();
    qRegisterMetaType<SeriesMap>();
    qRegisterMetaType<HistoryRequest>();
    qRegisterMetaType<HistoryResult>();
    qRegisterMetaType<CandleSeries>();
    qRegisterMetaType<StoreStatus>();
    qRegisterMetaType<AlertRuleList>();
    qRegisterMetaType<AlertEvent>();
}

} // namespace tickerline
