#include "PriceFlashDelegate.h"

#include "MarketColors.h"
#include "QuoteTableModel.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace tickerline {

namespace {
constexpr double PeakAlpha = 0.45;   // strong enough to catch the eye, text stays readable
}

PriceFlashDelegate::PriceFlashDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void PriceFlashDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const double level = index.data(QuoteTableModel::FlashRole).toDouble();
    if (level != 0.0) {
        QColor colour = level > 0 ? upColor(option.palette) : downColor(option.palette);
        colour.setAlphaF(float(std::min(1.0, std::abs(level)) * PeakAlpha));
        painter->fillRect(option.rect, colour);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace tickerline
