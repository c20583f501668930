#include "MetaTypes.h"

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
    qRegisterMetaType<StoreStatus>();
}

} // namespace tickerline
