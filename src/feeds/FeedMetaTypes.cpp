#include "FeedMetaTypes.h"

#include "Bar.h"
#include "FeedStatus.h"
#include "Instrument.h"
#include "Tick.h"

namespace tickerline {

void registerFeedMetaTypes()
{
    qRegisterMetaType<Tick>();
    qRegisterMetaType<TickBatch>();
    qRegisterMetaType<Bar>();
    qRegisterMetaType<BarBatch>();
    qRegisterMetaType<Instrument>();
    qRegisterMetaType<InstrumentList>();
    qRegisterMetaType<FeedStatus>();
}

} // namespace tickerline
