#include "CandleLayer.h"

#include "CandleData.h"
#include "CandleSets.h"
#include "MarketColors.h"
#include "VolumePane.h"

#include <QCandlestickSeries>
#include <QChart>
#include <QValueAxis>
#include <QWidget>

namespace tickerline {

CandleLayer::CandleLayer(const ChartSurface &surface, const CandleData &data, VolumePane *volume, QWidget *owner)
    : m_data(data)
    , m_volume(volume)
    , m_owner(owner)
    , m_series(new QCandlestickSeries)
{
    m_series->setCapsVisible(false);
    m_series->setBodyWidth(0.7);
    m_series->setMinimumColumnWidth(1.0);
    surface.chart->addSeries(m_series);
    m_series->attachAxis(surface.x);
    m_series->attachAxis(surface.price);
}

void CandleLayer::setSymbol(const QString &symbol)
{
    m_symbol = symbol;
    m_series->setName(symbol);
}

void CandleLayer::render(const ChartFrame &frame, ChartExtents &extents)
{
    const qint64 interval = m_data.intervalMs();
    const QPalette palette = m_owner->palette();
    const QColor up = upColor(palette);
    const QColor down = downColor(palette);
    QList<CandleShape> bodies;
    QList<CandleShape> bars;
    for (const Candle &c : m_data.candles(m_symbol)) {
        if (double(c.timeMs + interval) <= frame.fromX || double(c.timeMs) >= frame.toX)
            continue;
        const qreal mid = qreal(c.timeMs) + qreal(interval) / 2;
        const bool rising = c.close >= c.open;
        const QColor color = rising ? up : down;
        bodies.append({mid, c.open, c.high, c.low, c.close, color});
        // A bar from 0 up for a rising candle, from the volume down for a
        // falling one: the series colours it as rising or falling.
        bars.append({mid, rising ? 0.0 : c.volume, c.volume, 0.0, rising ? c.volume : 0.0, color});
        extents.primary.include(c.low);
        extents.primary.include(c.high);
    }
    // Bodies take the series' rising and falling colours; wicks their set's pen.
    if (m_series->increasingColor() != up || m_series->decreasingColor() != down) {
        m_series->setIncreasingColor(up);
        m_series->setDecreasingColor(down);
        m_volume->setColors(up, down);
    }
    syncCandleSets(m_series, bodies);
    m_volume->setBars(bars);
}

void CandleLayer::applyTheme(bool dark, const QFont &font)
{
    m_series->setCapsVisible(false);
    m_volume->applyTheme(dark, font);
}

std::optional<qint64> CandleLayer::latestMs() const
{
    const CandleSeries &c = m_data.candles(m_symbol);
    if (c.isEmpty())
        return std::nullopt;
    return c.constLast().timeMs + m_data.intervalMs() - 1;
}

} // namespace tickerline
