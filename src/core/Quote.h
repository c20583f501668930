#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>

namespace tickerline {

// The latest state of one symbol, as the watchlist shows it. Built by the hub
// from ticks; cheap to copy.
struct Quote
{
    QString symbol;
    double last = 0.0;
    double previousClose = 0.0;   // 0 when unknown
    double volume = 0.0;          // sum of tick sizes since the session start seen
    qint64 timeMs = 0;
    quint64 tickCount = 0;

    [[nodiscard]] double change() const { return previousClose > 0 ? last - previousClose : 0.0; }
    [[nodiscard]] double changePercent() const
    {
        return previousClose > 0 ? (last - previousClose) / previousClose * 100.0 : 0.0;
    }
    friend bool operator==(const Quote &, const Quote &) = default;
};

using QuoteMap = QHash<QString, Quote>;

} // namespace tickerline

Q_DECLARE_METATYPE(tickerline::Quote)
