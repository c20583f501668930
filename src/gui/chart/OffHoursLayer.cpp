#include "OffHoursLayer.h"

#include "TimeUnits.h"

#include <QBrush>
#include <QChart>
#include <QGraphicsRectItem>
#include <QPen>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace tickerline {

using calendar::MarketState;

namespace {

// Above the plot's background, below Qt Charts' grid (2) and series.
constexpr qreal BandZ = 0.5;
constexpr qint64 CoverMarginMs = 7 * MsPerDay;

void addBand(std::vector<OffHoursBand> &out, qint64 start, qint64 end, bool extended)
{
    if (end <= start)
        return;
    // Adjacent closed stretches (a night after a lunch break …) read as one band.
    if (!out.empty() && out.back().endMs == start && out.back().extendedHours == extended)
        out.back().endMs = end;
    else
        out.push_back({start, end, extended});
}

} // namespace

std::vector<OffHoursBand> offHoursBands(const calendar::MarketCalendar &venue, qint64 fromMs, qint64 toMs)
{
    std::vector<OffHoursBand> out;
    if (venue.venue().alwaysOpen || toMs <= fromMs)
        return out;
    const QTimeZone zone(venue.venue().timeZone);
    const QDate first = QDateTime::fromMSecsSinceEpoch(fromMs, zone).date().addDays(-1);
    const QDate last = QDateTime::fromMSecsSinceEpoch(toMs, zone).date().addDays(1);
    qint64 cursor = fromMs;   // everything before it is accounted for
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        for (const calendar::Session &session : venue.tradingDay(day).sessions) {
            if (session.endMs <= cursor)
                continue;
            if (session.startMs >= toMs)
                break;
            addBand(out, cursor, std::min(session.startMs, toMs), false);   // closed before it
            if (session.state != MarketState::Open) {
                const bool extended = session.state == MarketState::PreMarket || session.state == MarketState::AfterHours;
                addBand(out, std::max(cursor, session.startMs), std::min(session.endMs, toMs), extended);
            }
            cursor = std::min(session.endMs, toMs);
        }
    }
    addBand(out, cursor, toMs, false);
    return out;
}

OffHoursLayer::OffHoursLayer(const ChartSurface &surface)
    : m_surface(surface)
{
}

OffHoursLayer::~OffHoursLayer() = default;

void OffHoursLayer::setVenue(std::optional<calendar::VenueId> venue)
{
    if (venue == m_venue)
        return;
    m_venue = venue;
    if (venue)
        m_calendar.emplace(*venue);
    else
        m_calendar.reset();
    m_bands.clear();
    m_coveredFromMs = m_coveredToMs = 0;
    m_moved = true;
}

void OffHoursLayer::setShown(bool shown)
{
    if (shown == m_shown)
        return;
    m_shown = shown;
    m_moved = true;
}

int OffHoursLayer::shownBandCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const QGraphicsRectItem *i) { return i->isVisible(); }));
}

void OffHoursLayer::render(const ChartFrame &frame, ChartExtents &extents)
{
    Q_UNUSED(extents)
    if (!m_calendar || !m_shown)
        return;
    const auto from = qint64(frame.fromX);
    const auto to = qint64(std::ceil(frame.toX));
    if (from >= m_coveredFromMs && to <= m_coveredToMs)
        return;
    m_coveredFromMs = from - CoverMarginMs;
    m_coveredToMs = to + CoverMarginMs;
    m_bands = offHoursBands(*m_calendar, m_coveredFromMs, m_coveredToMs);
    m_moved = true;
}

void OffHoursLayer::place(const ChartFrame &frame)
{
    if (!frame.viewChanged && !m_moved)
        return;
    m_moved = false;
    const QRectF plot = m_surface.chart->plotArea();
    const double span = frame.toX - frame.fromX;
    std::size_t used = 0;
    if (m_calendar && m_shown && span > 0 && plot.width() > 1.0) {
        const auto xOf = [&](qint64 ms) { return plot.left() + (double(ms) - frame.fromX) / span * plot.width(); };
        for (const OffHoursBand &band : m_bands) {
            const double left = std::max(plot.left(), xOf(band.startMs));
            const double right = std::min(plot.right(), xOf(band.endMs));
            if (right - left < 0.5)
                continue;
            if (used == m_items.size()) {
                auto *item = new QGraphicsRectItem(m_surface.chart);
                item->setZValue(BandZ);
                item->setPen(Qt::NoPen);
                item->setAcceptedMouseButtons(Qt::NoButton);
                item->setData(ChartItemNameKey, QStringLiteral("offHours"));
                m_items.push_back(item);
                m_itemExtended.push_back(false);
            }
            m_itemExtended[used] = band.extendedHours;
            QGraphicsRectItem *item = m_items[used++];
            item->setRect(QRectF(QPointF(left, plot.top()), QPointF(right, plot.bottom())));
            item->show();
        }
    }
    for (std::size_t i = used; i < m_items.size(); ++i)
        m_items[i]->hide();
    restyle();
}

void OffHoursLayer::applyTheme(bool dark, const QFont &font)
{
    Q_UNUSED(font)
    m_dark = dark;
    restyle();
}

void OffHoursLayer::restyle()
{
    // A light wash that the lines and the 52-week bands stay readable over.
    QColor closed = m_dark ? QColor(255, 255, 255) : QColor(60, 70, 90);
    closed.setAlphaF(m_dark ? 0.07f : 0.08f);
    QColor extended = closed;
    extended.setAlphaF(closed.alphaF() / 2);
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const QBrush brush(m_itemExtended[i] ? extended : closed);
        if (m_items[i]->brush() != brush)
            m_items[i]->setBrush(brush);
    }
}

} // namespace tickerline
