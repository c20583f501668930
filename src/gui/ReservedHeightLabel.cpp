#include "ReservedHeightLabel.h"

namespace tickerline {

ReservedHeightLabel::ReservedHeightLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

ReservedHeightLabel::~ReservedHeightLabel() = default;

void ReservedHeightLabel::setReservedTexts(const QStringList &texts)
{
    m_reserved = texts;
    updateGeometry();
}

int ReservedHeightLabel::heightForWidth(int width) const
{
    int height = QLabel::heightForWidth(width);
    const QMargins margins = contentsMargins();
    const int textWidth = width - margins.left() - margins.right() - 2 * margin();
    if (textWidth <= 0)
        return height;
    for (const QString &text : m_reserved) {
        const QRect box = fontMetrics().boundingRect(QRect(0, 0, textWidth, QWIDGETSIZE_MAX),
                                                     Qt::TextWordWrap | int(alignment()), text);
        height = qMax(height, box.height() + margins.top() + margins.bottom() + 2 * margin());
    }
    return height;
}

} // namespace tickerline
