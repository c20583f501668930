#pragma once

#include <QColor>
#include <QList>

QT_BEGIN_NAMESPACE
class QCandlestickSeries;
QT_END_NAMESPACE

namespace tickerline {

// One body of a candlestick series: a price candle, or a volume bar drawn as
// a candle from 0 to the volume.
struct CandleShape
{
    qreal timestamp = 0;   // the x value of the body's centre
    qreal open = 0;
    qreal high = 0;
    qreal low = 0;
    qreal close = 0;
    QColor color;          // of the wick and outline; the series colours bodies rising or falling
    friend bool operator==(const CandleShape &, const CandleShape &) = default;
};

// Makes the series show exactly `shapes`, reusing its sets: the live frame
// that moves one candle's close touches one set instead of rebuilding all.
void syncCandleSets(QCandlestickSeries *series, const QList<CandleShape> &shapes);

} // namespace tickerline
