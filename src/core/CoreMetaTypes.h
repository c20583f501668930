#pragma once

namespace tickerline {

// Registers the core types that cross threads in queued connections (Tick,
// TickBatch, Bar, BarBatch, Instrument, InstrumentList, FeedStatus,
// SeriesMap) under their typedef names, for string-based lookups
// (QMetaObject::invokeMethod with Q_ARG, QSignalSpy). The one list of them:
// the store and the engine add only their own types. Call once before moving
// a feed or store to a thread; calling again is harmless.
void registerCoreMetaTypes();

} // namespace tickerline
