#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QPixmap>
#include <QPointF>
#include <QRectF>

namespace tickerline {

// A company logo as drawn at the start of its line: on a light rounded plate,
// so dark logos stay visible on the dark theme, ringed in the line's colour so
// it is clear which line it belongs to.
[[nodiscard]] QPixmap logoBadge(const QImage &logo, const QColor &ring, qreal devicePixelRatio);

// Where to draw badges of `size` for lines starting at `anchors`: left of the
// start where there is room, vertically centred on it, inside `bounds`, and
// moved apart vertically where two would overlap. When the plot is too low
// for all of them they come back smaller (down to half `size`) and, if still
// too many, as a grid of columns at the plot's left edge: never outside it.
// Badges the plot cannot hold even then come back as empty rects, to hide.
// Positions are whole pixels (crisp badges, exact gaps), and the layout is
// two linear passes: it runs on every chart frame and must never spin.
[[nodiscard]] QList<QRectF> layoutBadges(const QList<QPointF> &anchors, QSizeF size,
                                         const QRectF &bounds);

} // namespace tickerline
