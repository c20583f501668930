#include "ChartLogo.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <optional>
#include <span>
#include <vector>

namespace tickerline {

namespace {
constexpr int Ring = 2;
constexpr int Gap = 3;
constexpr double MinBadgeScale = 0.5;
// Far beyond any screen, and small enough that sums of a few stay in an int.
constexpr int MaxCoordinate = 1 << 24;

// Whole pixels in [lo, hi] (lo when hi < lo); NaN and infinities land on an edge.
int toPixels(double v, int lo, int hi)
{
    if (!(v > lo))
        return lo;
    if (!(v < hi))
        return std::max(lo, hi);
    return int(std::lround(v));
}

// The plot less the gap on every side, rounded inwards to whole pixels.
struct Box
{
    int left;
    int top;
    int right;
    int bottom;
};

std::optional<Box> innerBox(const QRectF &bounds)
{
    const double edges[] = {bounds.left(), bounds.top(), bounds.right(), bounds.bottom()};
    for (const double e : edges) {
        if (!(std::abs(e) < MaxCoordinate))
            return std::nullopt;
    }
    const Box box{int(std::ceil(bounds.left())) + Gap, int(std::ceil(bounds.top())) + Gap,
                  int(std::floor(bounds.right())) - Gap, int(std::floor(bounds.bottom())) - Gap};
    if (box.right <= box.left || box.bottom <= box.top)
        return std::nullopt;
    return box;
}
} // namespace

QPixmap logoBadge(const QImage &logo, const QColor &ring, qreal devicePixelRatio)
{
    const int side = logo.width() + 2 * Ring;
    QPixmap badge(QSize(side, side) * devicePixelRatio);
    badge.setDevicePixelRatio(devicePixelRatio);
    badge.fill(Qt::transparent);
    QPainter p(&badge);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF outer(0.5, 0.5, side - 1.0, side - 1.0);
    const qreal radius = side * 0.22;
    QPainterPath plate;
    plate.addRoundedRect(outer, radius, radius);
    p.fillPath(plate, QColor(250, 250, 250));
    p.setClipPath(plate);
    p.drawImage(QRectF(Ring, Ring, logo.width(), logo.height()), logo);
    p.setClipping(false);
    p.setPen(QPen(ring, Ring));
    p.drawPath(plate);
    return badge;
}

QList<QRectF> layoutBadges(const QList<QPointF> &anchors, QSizeF size, const QRectF &bounds)
{
    const qsizetype n = anchors.size();
    QList<QRectF> rects(n);   // an empty rect: a badge with no room in the plot
    const std::optional<Box> inner = innerBox(bounds);
    if (n == 0 || !inner || !(size.width() >= 1.0 && size.height() >= 1.0) || !(size.width() < MaxCoordinate && size.height() < MaxCoordinate))
        return rects;
    const int room = inner->bottom - inner->top;
    const int across = inner->right - inner->left;
    const double aspect = size.width() / size.height();
    const auto widthOf = [&](int height) { return toPixels(height * aspect, 1, MaxCoordinate); };
    const int fullHeight = toPixels(size.height(), 1, MaxCoordinate);
    const int minHeight = std::max(1, int(std::ceil(fullHeight * MinBadgeScale)));
    // Badges that would not fit above one another (or a plot narrower than
    // one) shrink, to half their size at most; beyond that they wrap into
    // further columns.
    const int fits = int((room - (n - 1) * qint64(Gap)) / n);
    int narrow = toPixels(std::ceil((across + 0.5) / aspect) - 1.0, 0, MaxCoordinate);
    if (widthOf(narrow) > across)
        --narrow;   // the division's rounding, at most one pixel
    const int h = std::clamp(std::min(fits, narrow), minHeight, fullHeight);
    const int w = widthOf(h);
    if (w > across)
        return rects;
    const auto at = [&](int left, int top) { return QRectF(left, top, w, h); };

    struct Badge
    {
        qsizetype index;
        int left;
        int top;
    };
    std::vector<Badge> badges;
    badges.reserve(size_t(n));
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF &a = anchors[i];
        // Left of the line's start, centred on it, pulled inside the plot.
        badges.push_back({i, toPixels(a.x() - Gap - w, inner->left, inner->right - w),
                          toPixels(a.y() - h / 2.0, inner->top, inner->bottom - h)});
    }
    const auto byTop = [](const Badge &a, const Badge &b) { return a.top < b.top; };
    std::stable_sort(badges.begin(), badges.end(), byTop);

    const qint64 perColumn = (qint64(room) + Gap) / (h + Gap);
    if (n > perColumn) {
        // Too many for one column: a grid at the left edge, rows in the order
        // of the lines' starts, so each badge stays near its line's height.
        // Whatever the plot cannot hold even then stays hidden.
        const qint64 columns = (qint64(inner->right) - inner->left + Gap) / (w + Gap);
        for (qint64 k = 0; k < std::min<qint64>(n, perColumn * columns); ++k) {
            rects[badges[size_t(k)].index] = at(inner->left + int(k / perColumn) * (w + Gap),
                                                inner->top + int(k % perColumn) * (h + Gap));
        }
        return rects;
    }

    // Badges whose columns (with the gap) overlap must be stacked; groups
    // that do not touch horizontally are independent. Within a group, one
    // pass down pushes each badge below the one above it and one pass up
    // pulls them back inside the bottom edge. The group fits (n <= perColumn),
    // so the pass up never reaches the top edge: two linear passes in whole
    // pixels, nothing left to converge and no rounding to oscillate on.
    std::stable_sort(badges.begin(), badges.end(), [](const Badge &a, const Badge &b) { return a.left < b.left; });
    for (size_t first = 0; first < badges.size();) {
        size_t last = first + 1;
        while (last < badges.size() && badges[last].left < badges[last - 1].left + w + Gap)
            ++last;
        const auto group = std::span(badges).subspan(first, last - first);
        std::stable_sort(group.begin(), group.end(), byTop);
        for (size_t k = 1; k < group.size(); ++k)
            group[k].top = std::max(group[k].top, group[k - 1].top + h + Gap);
        group.back().top = std::min(group.back().top, inner->bottom - h);
        for (size_t k = group.size() - 1; k-- > 0;)
            group[k].top = std::min(group[k].top, group[k + 1].top - h - Gap);
        for (const Badge &b : group)
            rects[b.index] = at(b.left, b.top);
        first = last;
    }
    return rects;
}

} // namespace tickerline

