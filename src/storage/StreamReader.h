#pragma once

#include "StreamTypes.h"

class QSqlDatabase;

namespace tickerline {

// Reads the stream log (StreamTypes.h) after request.afterSequence, or from
// the first tick received at or after request.sinceReceivedMs, in sequence
// order, keeping the requested symbols. Scans at most request.maxTicks rows;
// when fewer remain, the answer covers everything up to lastCommitted (the
// writer's last committed sequence), so that a caller merging live batches
// knows that none before it is missing.
[[nodiscard]] StreamResult readStream(const QSqlDatabase &db, const StreamRequest &request, qint64 lastCommitted);

} // namespace tickerline
