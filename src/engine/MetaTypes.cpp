#include "MetaTypes.h"

#include "Bar.h"
#include "FeedStatus.h"
#include "Frame.h"
#include "Instrument.h"
#include "StoreTypes.h"
#include "Tick.h"

#include <QMetaType>

namespace tickerline {

void registerMetaTypes()
{
    qRegisterMetaType<Tick>();
    qRegisterMetaType<TickBatch>("tickerline::TickBatch");
    qRegisterMetaType<Bar>();
    qRegisterMetaType<BarBatch>("tickerline::BarBatch");
    qRegisterMetaType<Instrument>();
    qRegisterMetaType<InstrumentList>("tickerline::InstrumentList");
    qRegisterMetaType<FeedStatus>();
    qRegisterMetaType<Frame>();
    qRegisterMetaType<SeriesMap>("tickerline::SeriesMap");
    qRegisterMetaType<HistoryRequest>();
    qRegisterMetaType<HistoryResult>();
    qRegisterMetaType<StoreStatus>();
}

} // namespace tickerline
