#pragma once

#include <QStyledItemDelegate>

namespace tickerline {

// Price cells: a green (up) or red (down) background that fades out after the
// last price moved, driven by QuoteTableModel::FlashRole.
class PriceFlashDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceFlashDelegate)
public:
    explicit PriceFlashDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace tickerline
