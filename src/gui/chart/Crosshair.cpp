#include "Crosshair.h"

#include "ChartLayer.h"

#include <QChart>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsTextItem>
#include <QPen>
#include <QTextDocument>

namespace tickerline {

namespace {
// Above the series and the logo badges.
constexpr qreal CrosshairZ = 30.0;
constexpr qreal LabelGap = 14.0;
constexpr qreal Padding = 6.0;
} // namespace

Crosshair::Crosshair(QChart *chart)
    : m_vertical(new QGraphicsLineItem(chart))
    , m_horizontal(new QGraphicsLineItem(chart))
    , m_box(new QGraphicsRectItem(chart))
    , m_label(new QGraphicsTextItem(m_box))
{
    for (QGraphicsItem *item : {static_cast<QGraphicsItem *>(m_vertical), static_cast<QGraphicsItem *>(m_horizontal),
                                static_cast<QGraphicsItem *>(m_box)}) {
        item->setZValue(CrosshairZ);
        item->setAcceptedMouseButtons(Qt::NoButton);
        item->setAcceptHoverEvents(false);
        item->hide();
    }
    m_label->setData(ChartItemNameKey, QStringLiteral("crosshairLabel"));
    m_label->setPos(Padding, Padding);
    m_label->setFont(chart->font());
}

Crosshair::~Crosshair()
{
    delete m_vertical;
    delete m_horizontal;
    delete m_box;
}

void Crosshair::applyStyle(bool dark)
{
    QPen pen(dark ? QColor(220, 220, 220, 150) : QColor(40, 40, 40, 130), 1.0, Qt::DashLine);
    pen.setCosmetic(true);
    m_vertical->setPen(pen);
    m_horizontal->setPen(pen);
    m_box->setBrush(dark ? QColor(32, 34, 38, 235) : QColor(255, 255, 255, 240));
    m_box->setPen(QPen(dark ? QColor(110, 110, 110) : QColor(170, 170, 170), 1.0));
    m_label->setDefaultTextColor(dark ? QColor(235, 235, 235) : QColor(20, 20, 20));
}

void Crosshair::showAt(QPointF at, const QRectF &plot, const QString &html)
{
    m_vertical->setLine(at.x(), plot.top(), at.x(), plot.bottom());
    m_horizontal->setLine(plot.left(), at.y(), plot.right(), at.y());
    if (m_label->toHtml() != html)
        m_label->setHtml(html);
    const QSizeF size = m_label->boundingRect().size() + QSizeF(2 * Padding, 2 * Padding);
    m_box->setRect(QRectF(QPointF(), size));
    // Right of and below the cursor; flipped where it would leave the plot.
    QPointF pos(at.x() + LabelGap, at.y() + LabelGap);
    if (pos.x() + size.width() > plot.right())
        pos.setX(at.x() - LabelGap - size.width());
    if (pos.y() + size.height() > plot.bottom())
        pos.setY(at.y() - LabelGap - size.height());
    pos.setX(std::max(pos.x(), plot.left()));
    pos.setY(std::max(pos.y(), plot.top()));
    m_box->setPos(pos);
    m_vertical->show();
    m_horizontal->show();
    m_box->show();
}

void Crosshair::hide()
{
    m_vertical->hide();
    m_horizontal->hide();
    m_box->hide();
}

} // namespace tickerline
