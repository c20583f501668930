#pragma once

#include "ChartLayer.h"
#include "ChartOverlay.h"
#include "SeriesColumns.h"

#include <vector>

QT_BEGIN_NAMESPACE
class QLineSeries;
QT_END_NAMESPACE

namespace tickerline {

// Extra lines (indicators, derived series) over what a chart draws: reduced
// per pixel column like the price lines, on the value axis (rebased in
// percent-compare mode) or on the secondary axis of their own scale.
class OverlayLayer final : public ChartLayer
{
public:
    explicit OverlayLayer(const ChartSurface &surface);
    ~OverlayLayer() override;
    Q_DISABLE_COPY_MOVE(OverlayLayer)

    // What a new set of overlays changes: nothing (none before or after),
    // only points, or the lines themselves.
    enum class Change { None, Points, Lines };
    // Keeps the series while the lines stay the same (only their points
    // changed), so that a recomputed study does not rebuild the legend.
    Change setOverlays(const QList<ChartOverlay> &overlays);
    // Above every other series again, on the value axis in use.
    void reattach();
    [[nodiscard]] bool needsSecondaryAxis() const;

    void render(const ChartFrame &frame, ChartExtents &extents) override;
    void applyTheme(bool dark, const QFont &font) override;

private:
    struct Line
    {
        ChartOverlay overlay;     // its points moved into `data`
        SeriesColumns data;
        QLineSeries *series = nullptr;
    };
    void attach(Line &line);

    const ChartSurface &m_surface;
    std::vector<Line> m_lines;
};

} // namespace tickerline
