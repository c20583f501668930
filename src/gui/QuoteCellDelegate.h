#pragma once

#include <QStyledItemDelegate>

namespace tickerline {

// Plain watchlist cells. Rows, not cells, are what the user selects, so the
// current cell gets no focus frame; a cell the model flashes
// (QuoteTableModel::FlashRole) gets a green (up) or red (down) background
// that fades out.
class QuoteCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteCellDelegate)
public:
    explicit QuoteCellDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace tickerline
