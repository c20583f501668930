#pragma once

#include "ChartAlerts.h"
#include "ChartGrabbable.h"
#include "ChartLayer.h"

#include <QList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QGraphicsLineItem;
class QGraphicsPolygonItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace tickerline {

class PriceLinesLayer;

// Price alerts on a price chart: each rule's level as a dashed line in its
// symbol's colour across the plot, labelled "AAPL ≥ 190.00" at the right edge
// and draggable up and down to a new level (the label follows; the owner
// hears the new level on release); and a small mark on the time axis under
// every alert that fired in view. Lines and marks of hidden or absent symbols
// are not drawn; a level outside the value range is not drawn either (the
// axes do not stretch to reach it).
class AlertLevelLayer final : public ChartLayer, public ChartGrabbable
{
public:
    AlertLevelLayer(const ChartSurface &surface, const PriceLinesLayer &lines);
    ~AlertLevelLayer() override;
    Q_DISABLE_COPY_MOVE(AlertLevelLayer)

    void setLevels(const QList<ChartAlertLevel> &levels);
    void setMarks(const QList<ChartAlertMark> &marks);
    // Called on release with the rule's id and the level it was dragged to.
    void setMovedHandler(std::function<void(const QString &, double)> handler) { m_moved = std::move(handler); }

    void render(const ChartFrame &frame, ChartExtents &extents) override;
    void place(const ChartFrame &frame) override;
    void applyTheme(bool dark, const QFont &font) override;

    [[nodiscard]] bool canGrab(QPointF at) const override;
    void grab(QPointF at) override;
    void drag(QPointF at) override;
    void drop(QPointF at) override;

private:
    struct Level
    {
        ChartAlertLevel alert;
        QGraphicsLineItem *line = nullptr;
        QGraphicsRectItem *box = nullptr;
        QGraphicsSimpleTextItem *label = nullptr;
        std::optional<double> y;   // where it is drawn; nullopt: not drawn
    };
    struct Mark
    {
        ChartAlertMark alert;
        QGraphicsPolygonItem *item = nullptr;
    };
    void placeLevel(Level &level);
    void placeMarks();
    [[nodiscard]] Level *levelAt(QPointF at);
    [[nodiscard]] double snapped(const Level &level, double chartY) const;

    const ChartSurface &m_surface;
    const PriceLinesLayer &m_lines;
    std::vector<std::unique_ptr<Level>> m_levels;
    std::vector<std::unique_ptr<Mark>> m_marks;
    std::optional<ChartFrame> m_frame;
    Level *m_dragged = nullptr;
    std::function<void(const QString &, double)> m_moved;
};

} // namespace tickerline
