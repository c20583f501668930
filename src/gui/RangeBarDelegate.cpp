#include "RangeBarDelegate.h"

#include "QuoteTableModel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace tickerline {

namespace {
constexpr int Margin = 6;
constexpr int LabelGap = 6;
constexpr int MinTrackWidth = 40;
constexpr qreal TrackHeight = 4.0;
constexpr qreal MarkerRadius = 4.5;

QString shortPrice(double price)
{
    // Tight cell: fewer decimals for large prices, the tooltip has the exact value.
    const int decimals = price >= 1000 ? 0 : price >= 1 ? 2 : 4;
    return QLocale().toString(price, 'f', decimals);
}

QColor positionColour(double t)
{
    // Hue from red (0°) through amber to green (120°).
    return QColor::fromHsvF(float(t / 3.0), 0.75f, 0.85f);
}
} // namespace

RangeBarDelegate::RangeBarDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void RangeBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background(option);
    initStyleOption(&background, index);
    background.text.clear();
    background.state &= ~QStyle::State_HasFocus;   // rows get selected, not cells
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QVariant value = index.data(QuoteTableModel::RangeRole);
    if (!value.canConvert<Week52Position>())
        return;
    const auto range = value.value<Week52Position>();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = background.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);

    QRect area = option.rect.adjusted(Margin, 0, -Margin, 0);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter->setFont(small);
    const QFontMetrics metrics(small);
    const QString low = shortPrice(range.low);
    const QString high = shortPrice(range.high);
    const int lowWidth = metrics.horizontalAdvance(low);
    const int highWidth = metrics.horizontalAdvance(high);
    if (area.width() - lowWidth - highWidth - 2 * LabelGap >= MinTrackWidth) {
        QColor labelColour = text;
        labelColour.setAlphaF(0.7f);
        painter->setPen(labelColour);
        painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter, low);
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, high);
        area.adjust(lowWidth + LabelGap, 0, -(highWidth + LabelGap), 0);
    }

    const qreal y = area.center().y() + 0.5;
    const QRectF track(area.left(), y - TrackHeight / 2, area.width(), TrackHeight);
    QColor trackColour = text;
    trackColour.setAlphaF(0.18f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(trackColour);
    painter->drawRoundedRect(track, TrackHeight / 2, TrackHeight / 2);

    if (range.last > 0) {
        const double t = std::clamp((range.last - range.low) / (range.high - range.low), 0.0, 1.0);
        const QColor marker = positionColour(t);
        QColor filled = marker;
        filled.setAlphaF(0.45f);
        painter->setBrush(filled);
        painter->drawRoundedRect(QRectF(track.left(), track.top(), track.width() * t, TrackHeight),
                                 TrackHeight / 2, TrackHeight / 2);
        const QPointF centre(track.left() + track.width() * t, y);
        painter->setPen(QPen(option.palette.color(QPalette::Base), 1.5));
        painter->setBrush(marker);
        painter->drawEllipse(centre, MarkerRadius, MarkerRadius);
    }
    painter->restore();
}

QSize RangeBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 160));
    return size;
}

} // namespace tickerline
