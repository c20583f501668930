#include "ChartViewState.h"

#include "ChartAxes.h"

#include <algorithm>

namespace tickerline {

void ChartViewState::setWindowMs(qint64 windowMs)
{
    m_windowMs = std::clamp(windowMs, MinSpanMs, MaxSpanMs);
}

void ChartViewState::follow(qint64 latestMs)
{
    if (!m_following)
        return;
    m_toX = double(liveWindowEnd(latestMs, m_windowMs));
    m_fromX = m_toX - double(m_windowMs);
}

void ChartViewState::goLive(qint64 latestMs)
{
    m_following = true;
    m_manualPrice.reset();
    follow(latestMs);
}

void ChartViewState::zoomTime(double factor, double anchor)
{
    anchor = std::clamp(anchor, 0.0, 1.0);
    const double at = m_fromX + anchor * (m_toX - m_fromX);
    const double span = std::clamp((m_toX - m_fromX) * factor, double(MinSpanMs), double(MaxSpanMs));
    m_fromX = at - anchor * span;
    m_toX = m_fromX + span;
    m_following = false;
}

void ChartViewState::zoomPrice(double factor, double anchor, PriceRange shown)
{
    const PriceRange from = m_manualPrice.value_or(shown);
    anchor = std::clamp(anchor, 0.0, 1.0);
    const double at = from.low + anchor * (from.high - from.low);
    const double span = (from.high - from.low) * factor;
    m_manualPrice = PriceRange{at - anchor * span, at - anchor * span + span};
}

void ChartViewState::pan(QPointF delta)
{
    const double shift = delta.x() * (m_toX - m_fromX);
    m_fromX += shift;
    m_toX += shift;
    m_following = false;
    // An automatic price range keeps fitting the data; a manual one moves.
    if (m_manualPrice) {
        const double priceShift = delta.y() * (m_manualPrice->high - m_manualPrice->low);
        m_manualPrice = PriceRange{m_manualPrice->low + priceShift, m_manualPrice->high + priceShift};
    }
}

void ChartViewState::zoomToBox(const QRectF &box, PriceRange shown)
{
    const double span = m_toX - m_fromX;
    const double from = m_fromX + box.left() * span;
    m_toX = std::max(m_fromX + box.right() * span, from + double(MinSpanMs));
    m_fromX = from;
    const double priceSpan = shown.high - shown.low;
    m_manualPrice = PriceRange{shown.low + box.top() * priceSpan, shown.low + box.bottom() * priceSpan};
    m_following = false;
}

void ChartViewState::keepEndBefore(double endX)
{
    if (m_toX <= endX)
        return;
    m_fromX -= m_toX - endX;
    m_toX = endX;
}

} // namespace tickerline
