#pragma once

namespace tickerline {

// Registers the types feeds send through queued connections (Tick, TickBatch,
// Bar, BarBatch, Instrument, InstrumentList, FeedStatus) under their typedef
// names, for string-based lookups. Call once before moving a feed to a thread;
// calling again is harmless.
void registerFeedMetaTypes();

} // namespace tickerline
