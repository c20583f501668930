#pragma once

#include "ChartLayer.h"
#include "Crosshair.h"

#include <QPalette>

QT_BEGIN_NAMESPACE
class QCandlestickSeries;
class QWidget;
QT_END_NAMESPACE

namespace tickerline {

class CandleData;
class VolumePane;

// The candlesticks of one symbol on the value axis and their volume bars in
// the pane below, coloured rising and falling like the watchlist.
class CandleLayer final : public ChartLayer
{
public:
    // The data and the pane must outlive the layer; the owner gives the palette.
    CandleLayer(const ChartSurface &surface, const CandleData &data, VolumePane *volume, QWidget *owner);
    Q_DISABLE_COPY_MOVE(CandleLayer)
    ~CandleLayer() override = default;

    void setSymbol(const QString &symbol);

    void render(const ChartFrame &frame, ChartExtents &extents) override;
    void place(const ChartFrame &frame) override;
    void applyTheme(bool dark, const QFont &font) override;
    [[nodiscard]] std::optional<qint64> latestMs() const override;

    // The crosshair over the candle under the mouse, with its read-out:
    // open, high, low, close, the change from open and the volume.
    void hover(QPointF chartPos);
    void hoverEnded();

private:
    void updateCrosshair();

    const ChartSurface &m_surface;
    const CandleData &m_data;
    VolumePane *m_volume;
    QWidget *m_owner;
    QCandlestickSeries *m_series;   // owned by the chart
    QString m_symbol;
    Crosshair m_crosshair;
    std::optional<QPointF> m_hoverPos;   // chart coordinates
    std::optional<ChartFrame> m_frame;
};

} // namespace tickerline
