#include "ChartView.h"

#include "ChartGrabbable.h"

#include <QLegend>
#include <QMouseEvent>
#include <QRubberBand>
#include <QWheelEvent>

#include <cmath>

namespace tickerline {

namespace {
// One wheel notch (120 eighths of a degree) zooms by 15 %; touchpads send
// smaller deltas and get proportionally smaller steps.
constexpr double ZoomPerNotch = 0.85;
// A right-drag smaller than this is a click, not a box.
constexpr int MinBoxPixels = 6;
} // namespace

ChartView::ChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
    , m_rubberBand(new QRubberBand(QRubberBand::Rectangle, viewport()))
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setDragMode(QGraphicsView::NoDrag);
    setFrameShape(QFrame::NoFrame);
    setContextMenuPolicy(Qt::NoContextMenu);
    viewport()->setCursor(Qt::CrossCursor);
    setToolTip(tr("Wheel: zoom time · Shift+wheel: zoom price\n"
                  "Drag: pan · Right-drag: zoom to box\n"
                  "Double-click: back to the live window · Click a legend entry: hide or show its line"));
}

QPointF ChartView::plotFraction(QPointF viewportPos) const
{
    const QRectF plot = chart()->plotArea();
    if (plot.isEmpty())
        return {0.5, 0.5};
    const QPointF p = chart()->mapFromScene(mapToScene(viewportPos.toPoint()));
    return {(p.x() - plot.left()) / plot.width(), (plot.bottom() - p.y()) / plot.height()};
}

QPointF ChartView::chartPos(QPointF viewportPos) const
{
    return chart()->mapFromScene(mapToScene(viewportPos.toPoint()));
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    // Some platforms turn Shift+wheel into a horizontal wheel.
    const QPoint angle = event->angleDelta();
    const int delta = angle.y() != 0 ? angle.y() : angle.x();
    if (delta == 0) {
        event->ignore();
        return;
    }
    const bool price = event->modifiers().testFlag(Qt::ShiftModifier);
    const QPointF at = plotFraction(event->position());
    const double factor = std::pow(ZoomPerNotch, delta / 120.0);
    Q_EMIT zoomRequested(price ? Qt::Vertical : Qt::Horizontal, factor, price ? at.y() : at.x());
    event->accept();
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    // The legend's markers take their own clicks (hide or show a line).
    const bool onLegend = chart()->legend()->isVisible()
        && chart()->legend()->sceneBoundingRect().contains(mapToScene(event->position().toPoint()));
    if (onLegend || (event->button() != Qt::LeftButton && event->button() != Qt::RightButton)) {
        QChartView::mousePressEvent(event);
        return;
    }
    if (event->button() == Qt::LeftButton && m_grabbable && m_grabbable->canGrab(chartPos(event->position()))) {
        m_grabbing = true;
        Q_EMIT hoverEnded();
        m_grabbable->grab(chartPos(event->position()));
        event->accept();
        return;
    }
    m_dragButton = event->button();
    m_pressPos = m_lastPos = event->position();
    Q_EMIT hoverEnded();
    if (m_dragButton == Qt::LeftButton) {
        viewport()->setCursor(Qt::ClosedHandCursor);
    } else {
        m_rubberBand->setGeometry(QRect(m_pressPos.toPoint(), QSize()));
        m_rubberBand->show();
    }
    event->accept();
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_grabbing) {
        m_grabbable->drag(chartPos(event->position()));
        event->accept();
        return;
    }
    if (m_dragButton == Qt::LeftButton) {
        const QRectF plot = chart()->plotArea();
        const QPointF moved = event->position() - m_lastPos;
        m_lastPos = event->position();
        if (!plot.isEmpty())
            Q_EMIT panRequested({-moved.x() / plot.width(), moved.y() / plot.height()});
    } else if (m_dragButton == Qt::RightButton) {
        m_rubberBand->setGeometry(QRect(m_pressPos.toPoint(), event->position().toPoint()).normalized());
    } else {
        const bool grabbable = m_grabbable && m_grabbable->canGrab(chartPos(event->position()));
        viewport()->setCursor(grabbable ? Qt::SizeVerCursor : Qt::CrossCursor);
        Q_EMIT hovered(chartPos(event->position()));
        QChartView::mouseMoveEvent(event);
        return;
    }
    event->accept();
}

bool ChartView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Leave)
        Q_EMIT hoverEnded();
    return QChartView::viewportEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_grabbing && event->button() == Qt::LeftButton) {
        m_grabbing = false;
        m_grabbable->drop(chartPos(event->position()));
        event->accept();
        return;
    }
    if (event->button() != m_dragButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    if (m_dragButton == Qt::RightButton) {
        m_rubberBand->hide();
        const QRect box = m_rubberBand->geometry();
        if (box.width() >= MinBoxPixels && box.height() >= MinBoxPixels) {
            const QPointF a = plotFraction(box.topLeft());
            const QPointF b = plotFraction(box.bottomRight());
            Q_EMIT boxZoomRequested(QRectF(a, b).normalized());
        }
    }
    viewport()->setCursor(Qt::CrossCursor);
    m_dragButton = Qt::NoButton;
    event->accept();
}

void ChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QChartView::mouseDoubleClickEvent(event);
        return;
    }
    Q_EMIT resetRequested();
    event->accept();
}

} // namespace tickerline
