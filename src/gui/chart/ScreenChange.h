#pragma once

#include <QList>
#include <QPointF>
#include <QSizeF>

namespace tickerline {

// Whether a series' new points would draw other pixels than the ones shown:
// a different count, or any point moved by a quarter pixel or more. Values
// per pixel are the plot's scale (time per pixel column, value per pixel row).
// A ticking price that stays inside its pixel redraws nothing.
[[nodiscard]] bool movesOnScreen(const QList<QPointF> &shown, const QList<QPointF> &next, QSizeF valuePerPixel);

// A time-ordered polyline cut to [fromX, toX]: points outside go, and a
// segment that crosses a border ends on it (interpolated). Empty when no
// part of it is in the span.
[[nodiscard]] QList<QPointF> clippedToSpan(QList<QPointF> points, double fromX, double toX);

} // namespace tickerline
