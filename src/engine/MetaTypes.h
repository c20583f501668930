#pragma once

namespace tickerline {

// Registers every value type that crosses threads in a queued connection.
// Idempotent; the Engine calls it, tests that wire threads themselves may too.
void registerMetaTypes();

} // namespace tickerline
