#pragma once

#include "ChartLayer.h"
#include "MarketCalendar.h"

#include <QColor>

#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QGraphicsRectItem;
QT_END_NAMESPACE

namespace tickerline {

// One stretch of time a venue does not trade in its regular session, [startMs, endMs) UTC.
struct OffHoursBand
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool extendedHours = false;   // pre-market or after hours: some trading, shaded lighter

    friend bool operator==(const OffHoursBand &, const OffHoursBand &) = default;
};

// The off-hours of `venue` that overlap [fromMs, toMs): nights, weekends,
// holidays and lunch breaks, and the extended sessions around the regular
// one; none for venues that never close.
[[nodiscard]] std::vector<OffHoursBand> offHoursBands(const calendar::MarketCalendar &venue, qint64 fromMs,
                                                      qint64 toMs);

// Light bands behind the lines where the chart's venue is closed. The bands
// are worked out once for a span around the view (a week either side) and
// only moved when the view changes, so live ticks cost nothing here.
class OffHoursLayer final : public ChartLayer
{
public:
    explicit OffHoursLayer(const ChartSurface &surface);
    ~OffHoursLayer() override;
    Q_DISABLE_COPY_MOVE(OffHoursLayer)

    // The venue whose hours are shaded; none: no shading.
    void setVenue(std::optional<calendar::VenueId> venue);
    [[nodiscard]] std::optional<calendar::VenueId> venue() const { return m_venue; }
    void setShown(bool shown);
    // The bands that lie in the last placed view (for tests and the export).
    [[nodiscard]] const std::vector<OffHoursBand> &bands() const { return m_bands; }
    [[nodiscard]] int shownBandCount() const;

    void render(const ChartFrame &frame, ChartExtents &extents) override;
    void place(const ChartFrame &frame) override;
    void applyTheme(bool dark, const QFont &font) override;

private:
    void restyle();

    const ChartSurface &m_surface;
    std::optional<calendar::VenueId> m_venue;
    std::optional<calendar::MarketCalendar> m_calendar;
    bool m_shown = true;
    bool m_dark = false;
    bool m_moved = true;                 // bands or colours changed since the last placement
    qint64 m_coveredFromMs = 0;          // the span m_bands was worked out for
    qint64 m_coveredToMs = 0;
    std::vector<OffHoursBand> m_bands;
    std::vector<QGraphicsRectItem *> m_items;   // owned by the chart; reused frame to frame
    std::vector<bool> m_itemExtended;           // the kind of band each item shows now
};

} // namespace tickerline
