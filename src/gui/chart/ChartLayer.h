#pragma once

#include "ChartScale.h"
#include "TimeTicks.h"

#include <QFont>
#include <QList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QChart;
class QValueAxis;
QT_END_NAMESPACE

namespace tickerline {

class ChartView;

// The QGraphicsItem::data() key under which chart items that are no widgets
// carry a name, as widgets carry an object name: "logo:SYMBOL" (a line's
// logo badge), "crosshairLabel".
constexpr int ChartItemNameKey = 0;

// The values a frame shows on one axis.
struct ValueSpan
{
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();

    void include(double v)
    {
        low = std::min(low, v);
        high = std::max(high, v);
    }
    [[nodiscard]] bool isEmpty() const { return !(high >= low); }
    // A flat span still gets a readable range around it: at least `floor`.
    [[nodiscard]] ValueSpan padded(double floor) const
    {
        constexpr double MarginFraction = 0.06;
        const double pad = std::max((high - low) * MarginFraction, std::max(floor, 1e-6));
        return {low - pad, high + pad};
    }
};

// One frame as the canvas hands it to its layers.
struct ChartFrame
{
    double fromX = 0.0;
    double toX = 0.0;
    int columns = 1;             // pixel columns of the plot
    double width = 0.0;          // the plot's size (an estimate before the first layout)
    double height = 0.0;
    bool viewChanged = true;     // range or width differ from the last frame's
    PriceScale scale = PriceScale::Linear;
    QList<TimeTick> ticks;       // of the time axis
    QTimeZone zone;              // the time axis reads in
};

// What a frame's layers show, for fitting the value axes.
struct ChartExtents
{
    ValueSpan primary;
    ValueSpan secondary;
};

// The Qt Charts objects a canvas owns, for its layers to add series to. Every
// series takes `x` for time (candlesticks take no category axis; `time` only
// draws labels and grid) and valueAxis() or `secondary` for values.
struct ChartSurface
{
    QChart *chart = nullptr;
    ChartView *view = nullptr;
    QValueAxis *x = nullptr;
    QCategoryAxis *time = nullptr;
    QValueAxis *price = nullptr;          // linear values
    QCategoryAxis *scaled = nullptr;      // log and percent (null where the canvas has none)
    QValueAxis *secondary = nullptr;      // values of their own scale
    PriceScale scale = PriceScale::Linear;

    [[nodiscard]] QValueAxis *valueAxis() const;
};

// Something a ChartCanvas draws: price lines, candles, overlays.
class ChartLayer
{
public:
    ChartLayer() = default;
    virtual ~ChartLayer() = default;
    Q_DISABLE_COPY_MOVE(ChartLayer)

    // Draws the frame's range and widens `extents` by what it shows there.
    virtual void render(const ChartFrame &frame, ChartExtents &extents) = 0;
    // After the value axes are fitted: positions in the plot are known.
    virtual void place(const ChartFrame &frame) { Q_UNUSED(frame) }
    // After the chart theme changed (it resets fonts and series colours).
    virtual void applyTheme(bool dark, const QFont &font)
    {
        Q_UNUSED(dark)
        Q_UNUSED(font)
    }
    // The newest time the layer holds, which follow-live keeps in view.
    [[nodiscard]] virtual std::optional<qint64> latestMs() const { return std::nullopt; }
};

} // namespace tickerline
