#include "CoreMetaTypes.h"

#include "Bar.h"
#include "FeedStatus.h"
#include "Instrument.h"
#include "SeriesPoint.h"
#include "Tick.h"

namespace tickerline {

void registerCoreMetaTypes()
{
    qRegisterMetaType<Tick>();
    qRegisterMetaType<TickBatch>();
    qRegisterMetaType<Bar>();
    qRegisterMetaType<BarBatch>();
    qRegisterMetaType<Instrument>();
    qRegisterMetaType<InstrumentList>();
    qRegisterMetaType<FeedStatus>();
    qRegisterMetaType<SeriesMap>();
}

} // namespace tickerline
