#include "MetaTypes.h"

#include "AlertEvent.h"
#include "CoreMetaTypes.h"
#include "Frame.h"
#include "StoreTypes.h"
#include "StreamTypes.h"

#include <QMetaType>

namespace tickerline {

void registerMetaTypes()
{
    registerCoreMetaTypes();
    qRegisterMetaType<Frame>();
    qRegisterMetaType<HistoryRequest>();
    qRegisterMetaType<HistoryResult>();
    qRegisterMetaType<CandleSeries>();
    qRegisterMetaType<StoreStatus>();
    qRegisterMetaType<StreamBatch>();
    qRegisterMetaType<StreamResult>();
    qRegisterMetaType<AlertRuleList>();
    qRegisterMetaType<AlertEvent>();
}

} // namespace tickerline
