#pragma once

#include "ChartScale.h"
#include "TimeTicks.h"

QT_BEGIN_NAMESPACE
class QCategoryAxis;
QT_END_NAMESPACE

namespace tickerline {

// Shows `ticks` (TimeTicks) on a category axis over [fromMs, toMs]: a label
// and a grid line at each tick. Touches the categories only when the ticks
// changed, so a live frame that moves no tick costs nothing.
void showTimeTicks(QCategoryAxis *axis, qint64 fromMs, qint64 toMs, const QList<TimeTick> &ticks);
// The same for the log and percent value axes over [low, high].
void showScaleTicks(QCategoryAxis *axis, double low, double high, const QList<ScaleTick> &ticks);

} // namespace tickerline
