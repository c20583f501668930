#pragma once

#include "SeriesPoint.h"

#include <QColor>
#include <QList>
#include <QString>

namespace tickerline {

// An extra line over the price lines (an indicator, a derived series): drawn
// like them (reduced per pixel column), on the price axis — rebased in
// percent-compare mode — or on a second right-hand axis of its own scale.
struct ChartOverlay
{
    QString id;
    QString label;               // legend text
    Series points;               // in time order
    QColor color;
    Qt::PenStyle style = Qt::SolidLine;
    bool secondaryAxis = false;
};

} // namespace tickerline
