#pragma once

#include <QStyledItemDelegate>

namespace tickerline {

// The 52-week range cell: the low and high at the ends, a thin track between
// them and a marker where the last price sits, coloured by that position
// (red near the low, green near the high). Reads QuoteTableModel::RangeRole;
// the cell's tooltip carries the exact values.
class RangeBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RangeBarDelegate)
public:
    explicit RangeBarDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace tickerline
