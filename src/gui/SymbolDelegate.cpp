#include "SymbolDelegate.h"

#include "QuoteTableModel.h"

#include <QPainter>

namespace tickerline {

namespace {
constexpr int SwatchWidth = 4;
constexpr int SwatchGap = 4;
constexpr int Indent = SwatchWidth + SwatchGap;

// The check box must be hit-tested where it is drawn, so paint and clicks
// share the shifted rectangle.
QStyleOptionViewItem shifted(const QStyleOptionViewItem &option)
{
    QStyleOptionViewItem out(option);
    out.rect.setLeft(out.rect.left() + Indent);
    return out;
}
} // namespace

SymbolDelegate::SymbolDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void SymbolDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Background and selection span the whole cell, under the swatch too.
    QStyleOptionViewItem background(option);
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = {};
    background.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    background.state &= ~QStyle::State_HasFocus;   // rows get selected, not cells
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : nullptr;
    if (style)
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QColor colour = index.data(QuoteTableModel::SeriesColorRole).value<QColor>();
    if (colour.isValid()) {
        const int inset = option.rect.height() / 5;
        const QRectF bar(option.rect.left() + 2, option.rect.top() + inset, SwatchWidth,
                         option.rect.height() - 2 * inset);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(bar, SwatchWidth / 2.0, SwatchWidth / 2.0);
        painter->restore();
    }

    QStyleOptionViewItem content = shifted(option);
    // The background is already painted; don't paint alternate/selection twice.
    content.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
    content.features &= ~QStyleOptionViewItem::Alternate;
    if (option.state & QStyle::State_Selected)
        content.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    QStyledItemDelegate::paint(painter, content, index);
}

QSize SymbolDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index) + QSize(Indent, 0);
}

bool SymbolDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                 const QModelIndex &index)
{
    return QStyledItemDelegate::editorEvent(event, model, shifted(option), index);
}

} // namespace tickerline
