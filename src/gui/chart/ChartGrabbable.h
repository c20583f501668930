#pragma once

#include <QPointF>

namespace tickerline {

// Something drawn on the plot that the left button drags instead of panning
// the view (an alert level). Positions are chart coordinates.
class ChartGrabbable
{
public:
    ChartGrabbable() = default;
    virtual ~ChartGrabbable() = default;
    Q_DISABLE_COPY_MOVE(ChartGrabbable)

    // Whether a press here would grab something (the view shows a grab cursor).
    [[nodiscard]] virtual bool canGrab(QPointF at) const = 0;
    virtual void grab(QPointF at) = 0;
    virtual void drag(QPointF at) = 0;
    virtual void drop(QPointF at) = 0;
};

} // namespace tickerline
