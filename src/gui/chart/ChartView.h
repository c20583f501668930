#pragma once

#include <QChartView>
#include <QPointF>
#include <QRectF>

QT_BEGIN_NAMESPACE
class QRubberBand;
QT_END_NAMESPACE

namespace tickerline {

class ChartGrabbable;

// Turns mouse and wheel gestures over the plot into view requests, expressed
// as fractions of the plot area (x from the left, y from the bottom), so the
// owner applies them to its own view state instead of Qt Charts' zoom stack.
//   wheel: zoom time around the cursor; Shift+wheel: zoom price;
//   left-drag: pan (or drag what a ChartGrabbable offers under the mouse);
//   right-drag: zoom to the box; double-click: back to live.
class ChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartView)
public:
    explicit ChartView(QChart *chart, QWidget *parent = nullptr);

    // Not owned; nullptr: nothing to grab.
    void setGrabbable(ChartGrabbable *grabbable) { m_grabbable = grabbable; }

Q_SIGNALS:
    // factor < 1 zooms in; anchor stays under the cursor.
    void zoomRequested(Qt::Orientation orientation, double factor, double anchor);
    void panRequested(QPointF delta);
    void boxZoomRequested(QRectF box);
    void resetRequested();
    // The mouse moved over the chart without a button held (chart coordinates),
    // or left it (or a drag started).
    void hovered(QPointF chartPos);
    void hoverEnded();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    [[nodiscard]] QPointF plotFraction(QPointF viewportPos) const;
    [[nodiscard]] QPointF chartPos(QPointF viewportPos) const;

    QRubberBand *m_rubberBand = nullptr;
    QPointF m_pressPos;
    QPointF m_lastPos;
    Qt::MouseButton m_dragButton = Qt::NoButton;
    ChartGrabbable *m_grabbable = nullptr;
    bool m_grabbing = false;
};

} // namespace tickerline
