#include "TimeTickAxis.h"

#include <QCategoryAxis>

namespace tickerline {

void showTimeTicks(QCategoryAxis *axis, qint64 fromMs, qint64 toMs, const QList<TimeTick> &ticks)
{
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    QStringList labels;
    QList<qint64> at;
    for (const TimeTick &tick : ticks) {
        // A category axis keys its categories by label; a repeated one (a
        // clock change's second 02:00) would be refused.
        if (labels.contains(tick.label))
            continue;
        labels.append(tick.label);
        at.append(tick.ms);
    }
    bool same = axis->categoriesLabels() == labels;
    for (qsizetype i = 0; same && i < labels.size(); ++i)
        same = axis->endValue(labels.at(i)) == double(at.at(i));
    if (!same) {
        const QStringList old = axis->categoriesLabels();
        for (const QString &label : old)
            axis->remove(label);
        axis->setStartValue(double(fromMs));
        for (qsizetype i = 0; i < labels.size(); ++i)
            axis->append(labels.at(i), double(at.at(i)));
    }
    axis->setRange(double(fromMs), double(toMs));
}

} // namespace tickerline
