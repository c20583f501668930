#include "CategoryTimeAxis.h"

#include <QCategoryAxis>

namespace tickerline {

void showTimeTicks(QCategoryAxis *axis, qint64 fromMs, qint64 toMs, const QList<TimeTick> &ticks)
{
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    QStringList labels;
    for (const TimeTick &tick : ticks) {
        // A category axis keys its categories by label: a repeated one (a
        // clock change's second 02:00) is told apart by an invisible space.
        QString label = tick.label;
        while (labels.contains(label))
            label.append(QChar(0x200B));
        labels.append(label);
    }
    // A start inside the view would draw a grid line there.
    bool same = axis->categoriesLabels() == labels && axis->startValue() <= double(fromMs);
    for (qsizetype i = 0; same && i < labels.size(); ++i)
        same = axis->endValue(labels.at(i)) == double(ticks.at(i).ms);
    if (!same) {
        const QStringList old = axis->categoriesLabels();
        for (const QString &label : old)
            axis->remove(label);
        axis->setStartValue(double(fromMs));
        for (qsizetype i = 0; i < labels.size(); ++i)
            axis->append(labels.at(i), double(ticks.at(i).ms));
    }
    axis->setRange(double(fromMs), double(toMs));
}

} // namespace tickerline
