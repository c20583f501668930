#pragma once

#include <QRectF>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsTextItem;
QT_END_NAMESPACE

namespace tickerline {

// A vertical and a horizontal line through the mouse position over the plot,
// with a label box next to it (kept inside the plot) that reads out the time
// and the lines' values there. Items live in the chart's scene, above the
// series; the chart must outlive the crosshair.
class Crosshair final
{
    Q_DISABLE_COPY_MOVE(Crosshair)
public:
    explicit Crosshair(QChart *chart);
    ~Crosshair();

    // `at` in chart coordinates, inside `plot`; `html` is the label's content.
    void showAt(QPointF at, const QRectF &plot, const QString &html);
    void hide();
    void applyStyle(bool dark);

private:
    QGraphicsLineItem *m_vertical;
    QGraphicsLineItem *m_horizontal;
    QGraphicsRectItem *m_box;
    QGraphicsTextItem *m_label;
};

} // namespace tickerline
