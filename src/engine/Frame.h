#pragma once

#include "FeedStatus.h"
#include "Quote.h"
#include "SeriesPoint.h"

#include <QMetaType>

namespace tickerline {

// What the GUI receives at most once per display frame: the latest quote of
// every symbol that changed, and the new chart points since the last frame.
struct Frame
{
    QuoteMap quotes;
    SeriesMap points;
    quint64 ticks = 0;   // ticks folded into this frame
};

} // namespace tickerline

Q_DECLARE_METATYPE(tickerline::Frame)
