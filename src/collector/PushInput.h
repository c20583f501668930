#pragma once

#include "Tick.h"

#include <QString>

#include <optional>

namespace tickerline {

struct PushInput
{
    TickBatch ticks;       // in file order, identical prints numbered (Tick::occurrence)
    QString error;         // FILE:LINE: reason; empty on success
};

// Reads ticks to publish: CSV as `export` writes it (symbol,time,price,volume,
// time ISO-8601 UTC) or JSON lines ({"symbol":…,"time":ms or ISO,"price":…,
// "size":…}); "-" is standard input. Identical rows in a run of equal times
// are numbered as the CSV import numbers them, so sending the file again
// (or importing it) maps onto the same stored rows.
[[nodiscard]] PushInput readPushInput(const QString &path, const QString &provider);

} // namespace tickerline
