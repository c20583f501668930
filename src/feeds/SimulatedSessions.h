#pragma once

#include "Bar.h"
#include "MarketCalendar.h"
#include "Tick.h"

#include <QHash>
#include <QString>

#include <optional>

namespace tickerline {

// Keeps the simulated market's stocks to their exchanges' hours: a tick or
// bar counts only while its symbol's venue (the simulated profile's
// exchange) is in a session — pre-market, regular or after hours. Nights,
// weekends, holidays and lunch breaks stay quiet; crypto and symbols
// without a calendar trade on. Each symbol remembers the span its last
// answer holds for, so a tick costs a comparison, not a calendar lookup.
class SimulatedSessions final
{
public:
    [[nodiscard]] bool trades(const QString &symbol, qint64 utcMs);
    void filter(TickBatch &ticks);
    void filter(BarBatch &bars);

private:
    struct Known
    {
        std::optional<calendar::VenueId> venue;
        bool trading = true;
        qint64 fromMs = 0;   // `trading` holds in [fromMs, untilMs)
        qint64 untilMs = 0;
    };
    void refresh(Known &known, qint64 utcMs);

    QHash<QString, Known> m_symbols;
};

} // namespace tickerline
