#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace tickerline {

// One point of a price line: what charts draw and history queries return.
struct SeriesPoint
{
    qint64 timeMs = 0;
    double value = 0.0;
    double size = 0.0;    // traded size behind the point (summed when points are merged)
    friend bool operator==(const SeriesPoint &, const SeriesPoint &) = default;
};

using Series = QList<SeriesPoint>;
using SeriesMap = QHash<QString, Series>;   // symbol -> points in time order

} // namespace tickerline

Q_DECLARE_METATYPE(tickerline::SeriesPoint)
Q_DECLARE_METATYPE(tickerline::SeriesMap)
