#pragma once

#include "TimeUnits.h"

#include <QPointF>
#include <QRectF>

#include <optional>

namespace tickerline {

// A price interval of the chart's axis (low at the bottom).
struct PriceRange
{
    double low = 0.0;
    double high = 0.0;
};

// The time and price ranges the chart shows. The time range follows the
// newest point until the user zooms or pans; the price range fits the data
// until the user sets it (Shift+wheel, box zoom). Gestures come as fractions
// of the plot area: x from the left, y from the bottom.
class ChartViewState
{
public:
    static constexpr qint64 DefaultWindowMs = 7 * MsPerDay;
    static constexpr qint64 MinSpanMs = MsPerSecond;
    static constexpr qint64 MaxSpanMs = 20 * 366 * MsPerDay;

    [[nodiscard]] double fromX() const { return m_fromX; }
    [[nodiscard]] double toX() const { return m_toX; }
    [[nodiscard]] bool isFollowing() const { return m_following; }
    [[nodiscard]] std::optional<PriceRange> manualPrice() const { return m_manualPrice; }

    // The live window's length; takes effect with the next goLive().
    void setWindowMs(qint64 windowMs);
    // While following, the window ends just past the newest point.
    void follow(qint64 latestMs);
    void goLive(qint64 latestMs);
    // Keeps the current range where it is as new points arrive.
    void stopFollowing() { m_following = false; }
    // Back to a price range that fits the data (e.g. the scale changed).
    void clearManualPrice() { m_manualPrice.reset(); }

    // factor < 1 zooms in; the anchor stays where it is on screen.
    void zoomTime(double factor, double anchor);
    void zoomPrice(double factor, double anchor, PriceRange shown);
    void pan(QPointF delta);
    void zoomToBox(const QRectF &box, PriceRange shown);
    // After a gesture: a range that ends past `endX` (the live edge) moves
    // back to end there, its span kept, so no zoom or pan shows empty future.
    void keepEndBefore(double endX);

private:
    qint64 m_windowMs = DefaultWindowMs;
    double m_fromX = 0.0;
    double m_toX = 0.0;
    bool m_following = true;
    std::optional<PriceRange> m_manualPrice;
};

} // namespace tickerline
