#include "CandleLayer.h"

#include "CandleData.h"
#include "CandleSets.h"
#include "MarketColors.h"
#include "PriceText.h"
#include "TimeTicks.h"
#include "VolumePane.h"

#include <QCandlestickSeries>
#include <QChart>
#include <QCoreApplication>
#include <QValueAxis>
#include <QWidget>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tickerline {

namespace {
// Of the interval's width: a gap between neighbours.
constexpr qreal BodyWidth = 0.7;
constexpr qreal MinimumBodyPixels = 1.0;
} // namespace

CandleLayer::CandleLayer(const ChartSurface &surface, const CandleData &data, VolumePane *volume, QWidget *owner)
    : m_surface(surface)
    , m_data(data)
    , m_volume(volume)
    , m_owner(owner)
    , m_series(new QCandlestickSeries)
    , m_crosshair(surface.chart)
{
    m_series->setCapsVisible(false);
    m_series->setBodyWidth(BodyWidth);
    m_series->setMinimumColumnWidth(MinimumBodyPixels);
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
    // Qt sizes a candle by the gap to its neighbour (by the whole range when
    // it is alone): one candle, or candles with gaps between them (a quiet
    // symbol, a session's close), would be drawn wider than their interval.
    // The widest a body may be is its interval's share of the plot.
    const double span = frame.toX - frame.fromX;
    const qreal intervalPixels = span > 0.0 ? qreal(double(interval) / span * frame.width) : 0.0;
    const qreal widest = std::max(MinimumBodyPixels, intervalPixels * BodyWidth);
    if (std::abs(m_series->maximumColumnWidth() - widest) > 0.01)
        m_series->setMaximumColumnWidth(widest);
    syncCandleSets(m_series, bodies);
    m_volume->setBars(bars, intervalPixels);
}

void CandleLayer::place(const ChartFrame &frame)
{
    m_frame = frame;
    updateCrosshair();
}

void CandleLayer::hover(QPointF chartPos)
{
    m_hoverPos = chartPos;
    updateCrosshair();
}

void CandleLayer::hoverEnded()
{
    m_hoverPos.reset();
    m_crosshair.hide();
}

void CandleLayer::updateCrosshair()
{
    const QRectF plot = m_surface.chart->plotArea();
    if (!m_hoverPos || !m_frame || !plot.contains(*m_hoverPos) || plot.width() < 1.0) {
        m_crosshair.hide();
        return;
    }
    const double at = m_frame->fromX + (m_hoverPos->x() - plot.left()) / plot.width() * (m_frame->toX - m_frame->fromX);
    const qint64 interval = m_data.intervalMs();
    const CandleSeries &candles = m_data.candles(m_symbol);
    // The candle whose bucket holds the time under the mouse.
    const auto after = std::upper_bound(candles.cbegin(), candles.cend(), at,
                                        [](double t, const Candle &c) { return t < double(c.timeMs); });
    if (after == candles.cbegin() || double((after - 1)->timeMs + interval) <= at) {
        m_crosshair.hide();
        return;
    }
    const Candle &c = *(after - 1);
    const QLocale locale = m_owner->locale();
    const QColor color = c.close >= c.open ? upColor(m_owner->palette()) : downColor(m_owner->palette());
    // The instrument's precision, as the watchlist shows its price now, for
    // every number of every candle, the change included.
    const double reference = candles.constLast().close;
    const auto price = [&](double v) { return chartPriceText(v, locale, reference).toHtmlEscaped(); };
    const double change = c.close - c.open;
    const QString sign = change > 0 ? locale.positiveSign() : QString();
    const QString percent = c.open != 0.0 ? u" ("_s + sign + locale.toString(change / c.open * 100.0, 'f', 2) + u" %)"_s
                                          : QString();
    QString html = u"<b>"_s + crosshairTimeLabel(c.timeMs, m_frame->zone, locale).toHtmlEscaped() + u"</b> "_s
        + m_symbol.toHtmlEscaped();
    //: The candle read-out's labels: open, high, low, close (one letter each where the language allows).
    html += u"<br/>"_s
        + QCoreApplication::translate("CandleChart", "O %1 H %2 L %3 C %4")
              .arg(price(c.open), price(c.high), price(c.low), price(c.close));
    html += u"<br/><span style=\"color:"_s + color.name() + u"\">"_s + sign + price(change) + percent.toHtmlEscaped()
        + u"</span> "_s + QCoreApplication::translate("CandleChart", "Vol %1").arg(locale.toString(c.volume, 'f', 0));
    m_crosshair.showAt(*m_hoverPos, plot, html);
}

void CandleLayer::applyTheme(bool dark, const QFont &font)
{
    m_series->setCapsVisible(false);
    m_volume->applyTheme(dark, font);
    m_crosshair.applyStyle(dark);
}

std::optional<qint64> CandleLayer::latestMs() const
{
    const CandleSeries &c = m_data.candles(m_symbol);
    if (c.isEmpty())
        return std::nullopt;
    return c.constLast().timeMs + m_data.intervalMs() - 1;
}

} // namespace tickerline
