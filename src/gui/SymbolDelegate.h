#pragma once

#include <QStyledItemDelegate>

namespace tickerline {

// The symbol cell: a bar in the symbol's chart colour at the left edge, then
// the usual check box, logo and text, so the watchlist doubles as the legend.
class SymbolDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SymbolDelegate)
public:
    explicit SymbolDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
};

} // namespace tickerline
