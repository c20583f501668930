#pragma once

#include "ChartLayer.h"
#include "ChartTrack.h"
#include "Crosshair.h"
#include "Instrument.h"
#include "SeriesColumns.h"
#include "SeriesPool.h"
#include "SeriesPoint.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace tickerline {

// The price lines of a chart: one buffer of points per symbol (bounded
// columns in a SeriesPool that other charts may share; history queries bring
// back what they dropped), drawn per frame
// reduced to at most two points per pixel column, each with its ChartTrack
// (52-week band, previous close, logo) and the crosshair's read-out.
class PriceLinesLayer final : public ChartLayer
{
public:
    // The owner gives palette, locale and device pixel ratio.
    PriceLinesLayer(const ChartSurface &surface, QWidget *owner);
    ~PriceLinesLayer() override;
    Q_DISABLE_COPY_MOVE(PriceLinesLayer)

    // Called with the symbol of a clicked legend entry.
    void setLegendHandler(std::function<void(const QString &)> handler) { m_legendClicked = std::move(handler); }

    // Builds the tracks afresh (symbols, instruments and options change
    // rarely): every band behind every line, the legend in watchlist order.
    // With more than one line shown, only the focused symbol's band is drawn
    // (none when it is empty): six translucent bands over each other read as
    // one muddy block.
    void rebuild(const QStringList &symbols, const QStringList &hidden, const QHash<QString, Instrument> &instruments,
                 TrackOptions options, const QString &focused = {});
    // Where the points are; the pool must outlive the layer.
    void setPool(SeriesPool *pool);
    // The symbols whose buffers this layer uses (the pool drops the others nobody uses).
    void retain(const QStringList &symbols);
    void replaceRange(const QString &symbol, qint64 fromMs, qint64 toMs, const Series &points, qint64 spacingMs);
    // The symbol's buffer has new points: its line is drawn afresh in the next frame.
    void markDirty(const QString &symbol);
    void setCapacity(qsizetype points);

    void hover(QPointF chartPos);
    void hoverEnded();
    // The time under a chart x position in the last frame drawn.
    [[nodiscard]] std::optional<qint64> timeAt(QPointF chartPos) const;
    // The crosshair at a time (another pane's cursor), half-way up the plot.
    void hoverTime(qint64 timeMs);

    [[nodiscard]] Series bufferedSeries(const QString &symbol, qint64 fromMs, qint64 toMs) const;
    [[nodiscard]] qsizetype pointCount(const QString &symbol) const;
    [[nodiscard]] QStringList lineSymbols() const;
    [[nodiscard]] QStringList currencies() const;   // of the visible lines
    [[nodiscard]] QString firstExchange() const;    // of the first visible line
    [[nodiscard]] bool hasBand(const QString &symbol) const;
    [[nodiscard]] std::optional<qint64> earliestMs() const;

    // Where `price` of a visible line plots at time x under the last frame's
    // scale (rebased in percent mode), in chart coordinates; and back from a
    // chart y to a price. nullopt: no such line, or nothing drawn yet.
    [[nodiscard]] std::optional<QPointF> plotPosition(const QString &symbol, double x, double price) const;
    [[nodiscard]] std::optional<double> priceAt(const QString &symbol, double chartY) const;
    [[nodiscard]] QColor lineColor(const QString &symbol) const;

    void render(const ChartFrame &frame, ChartExtents &extents) override;
    void place(const ChartFrame &frame) override;
    void applyTheme(bool dark, const QFont &font) override;
    [[nodiscard]] std::optional<qint64> latestMs() const override;

private:
    void placeLogos();
    void updateCrosshair();
    [[nodiscard]] const SeriesColumns *buffer(const QString &symbol) const;
    // The visible track of symbol with the transform the last frame drew it with.
    [[nodiscard]] std::optional<std::pair<const ChartTrack *, PriceTransform>> drawnTrack(const QString &symbol) const;

    const ChartSurface &m_surface;
    QWidget *m_owner;
    QHash<QString, Instrument> m_instruments;
    SeriesPool *m_pool = nullptr;
    QStringList m_used;
    QSet<QString> m_dirty;               // symbols with new points since the last frame
    bool m_redraw = true;                // every line, whatever the view
    std::vector<std::unique_ptr<ChartTrack>> m_tracks;
    Crosshair m_crosshair;
    std::optional<QPointF> m_hoverPos;   // chart coordinates
    std::optional<ChartFrame> m_frame;   // the last drawn
    std::function<void(const QString &)> m_legendClicked;
};

} // namespace tickerline
