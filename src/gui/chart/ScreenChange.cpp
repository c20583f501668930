#include "ScreenChange.h"

#include <cmath>

namespace tickerline {

bool movesOnScreen(const QList<QPointF> &shown, const QList<QPointF> &next, QSizeF valuePerPixel)
{
    if (shown.size() != next.size())
        return true;
    constexpr double QuarterPixel = 0.25;
    const double dx = std::abs(valuePerPixel.width()) * QuarterPixel;
    const double dy = std::abs(valuePerPixel.height()) * QuarterPixel;
    // An unknown scale (no layout yet) draws whatever changed.
    if (!(dx > 0.0) || !(dy > 0.0) || !std::isfinite(dx) || !std::isfinite(dy))
        return shown != next;
    // The newest points are the ones that move: compare from the end.
    for (qsizetype i = next.size() - 1; i >= 0; --i) {
        const QPointF &a = shown.at(i);
        const QPointF &b = next.at(i);
        if (!(std::abs(a.x() - b.x()) < dx) || !(std::abs(a.y() - b.y()) < dy))
            return true;
    }
    return false;
}

} // namespace tickerline
