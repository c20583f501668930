#include "ChartLogo.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <numeric>

namespace tickerline {

namespace {
constexpr int Ring = 2;
constexpr qreal Gap = 3.0;
constexpr qreal MinBadgeScale = 0.5;

bool collides(const QRectF &a, const QRectF &b)
{
    return a.adjusted(-Gap, -Gap, Gap, Gap).intersects(b);
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
    const double room = bounds.height() - Gap;
    // Badges that would not fit above one another shrink, to half their size
    // at most; beyond that they wrap into further columns.
    if (n > 0 && n * (size.height() + Gap) > room) {
        const double fits = room / double(n) - Gap;
        size *= std::max(MinBadgeScale, std::min(1.0, fits / size.height()));
    }
    // (The epsilon: a column shrunk to fit exactly must count as fitting.)
    const qsizetype perColumn = std::max<qsizetype>(1, qsizetype(room / (size.height() + Gap) + 1e-6));

    QList<QRectF> rects;
    rects.reserve(n);
    for (const QPointF &a : anchors) {
        QRectF r(QPointF(a.x() - Gap - size.width(), a.y() - size.height() / 2), size);
        r.moveLeft(std::max(r.left(), bounds.left() + Gap));
        rects.append(r);
    }

    QList<qsizetype> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return rects[a].top() < rects[b].top(); });

    if (n > perColumn) {
        // Too many for one column: a grid at the left edge, rows in the order
        // of the lines' starts, so each badge stays near its line's height.
        for (qsizetype k = 0; k < n; ++k) {
            QRectF &r = rects[order[k]];
            r.moveLeft(bounds.left() + Gap + double(k / perColumn) * (size.width() + Gap));
            r.moveTop(bounds.top() + Gap + double(k % perColumn) * (size.height() + Gap));
        }
        return rects;
    }

    // Top to bottom, each badge moves below any it would cover; then bottom to
    // top, badges pushed out of the plot come back up, moving the ones above.
    const auto settle = [&](auto first, auto last, bool down) {
        for (auto i = first; i != last; ++i) {
            QRectF &r = rects[*i];
            if (down)
                r.moveTop(std::max(r.top(), bounds.top() + Gap));
            else
                r.moveBottom(std::min(r.bottom(), bounds.bottom() - Gap));
            for (bool moved = true; moved;) {
                moved = false;
                for (auto j = first; j != i; ++j) {
                    if (collides(r, rects[*j])) {
                        if (down)
                            r.moveTop(rects[*j].bottom() + Gap);
                        else
                            r.moveBottom(rects[*j].top() - Gap);
                        moved = true;
                    }
                }
            }
        }
    };
    settle(order.begin(), order.end(), true);
    settle(order.rbegin(), order.rend(), false);
    return rects;
}

} // namespace tickerline

