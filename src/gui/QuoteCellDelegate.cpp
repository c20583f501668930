#include "QuoteCellDelegate.h"

#include "MarketColors.h"
#include "QuoteTableModel.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace tickerline {

namespace {
constexpr double PeakAlpha = 0.32;   // catches the eye, the text stays readable
constexpr qreal Radius = 3.0;
}

QuoteCellDelegate::QuoteCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void QuoteCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const double level = index.data(QuoteTableModel::FlashRole).toDouble();
    if (level != 0.0) {
        // Ease out: bright at the move, then quickly calmer, so a busy symbol
        // does not turn into a solid block of colour.
        const double fade = std::min(1.0, std::abs(level));
        QColor colour = level > 0 ? upColor(option.palette) : downColor(option.palette);
        colour.setAlphaF(float(fade * fade * PeakAlpha));
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(QRectF(option.rect).adjusted(2, 3, -2, -3), Radius, Radius);
        painter->restore();
    }
    QStyledItemDelegate::paint(painter, option, index);
}

void QuoteCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->state &= ~QStyle::State_HasFocus;
}

} // namespace tickerline
