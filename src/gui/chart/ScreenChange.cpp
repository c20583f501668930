#include "ScreenChange.h"

#include <algorithm>
#include <cmath>

namespace tickerline {

bool movesOnScreen(const QList<QPointF> &shown, const QList<QPointF> &next, QSizeF valuePerPixel)
{
    if (shown.size() != next.size())
        return true;
    constexpr double QuarterPixel = 0.25;
    const double dx = valuePerPixel.width() * QuarterPixel;
    const double dy = valuePerPixel.height() * QuarterPixel;
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

namespace {
QPointF at(const QPointF &a, const QPointF &b, double x)
{
    const double t = b.x() > a.x() ? (x - a.x()) / (b.x() - a.x()) : 0.0;
    return {x, a.y() + t * (b.y() - a.y())};
}
} // namespace

QList<QPointF> clippedToSpan(QList<QPointF> points, double fromX, double toX)
{
    const auto byX = [](const QPointF &p, double x) { return p.x() < x; };
    const auto first = std::lower_bound(points.cbegin(), points.cend(), fromX, byX) - points.cbegin();
    const auto end = std::upper_bound(points.cbegin(), points.cend(), toX,
                                      [](double x, const QPointF &p) { return x < p.x(); })
        - points.cbegin();
    // Nothing inside and no segment across the span.
    if (first == end && (first == 0 || first == points.size()))
        return {};
    const bool inFromLeft = first > 0;
    const bool outToRight = end < points.size();
    if (first == 0 && end == points.size())
        return points;
    QList<QPointF> out;
    out.reserve(end - first + 2);
    if (inFromLeft)
        out.append(at(points.at(first - 1), points.at(first), fromX));
    for (qsizetype i = first; i < end; ++i)
        out.append(points.at(i));
    if (outToRight && end > 0)
        out.append(at(points.at(end - 1), points.at(end), toX));
    return out;
}

} // namespace tickerline
