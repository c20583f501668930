#include "CategoryTimeAxis.h"

#include <QCategoryAxis>

namespace tickerline {

namespace {

// A category axis keys its categories by label: a repeated one (a clock
// change's second 02:00) is told apart by an invisible space.
void appendUnique(QStringList &labels, QString label)
{
    while (labels.contains(label))
        label.append(QChar(0x200B));
    labels.append(label);
}

void showCategories(QCategoryAxis *axis, double start, const QStringList &labels, const QList<double> &values)
{
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // A start inside the view would draw a grid line there.
    bool same = axis->categoriesLabels() == labels && axis->startValue() <= start;
    for (qsizetype i = 0; same && i < labels.size(); ++i)
        same = axis->endValue(labels.at(i)) == values.at(i);
    if (same)
        return;
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    axis->setStartValue(start);
    for (qsizetype i = 0; i < labels.size(); ++i)
        axis->append(labels.at(i), values.at(i));
}

} // namespace

void showTimeTicks(QCategoryAxis *axis, qint64 fromMs, qint64 toMs, const QList<TimeTick> &ticks)
{
    QStringList labels;
    QList<double> values;
    for (const TimeTick &tick : ticks) {
        appendUnique(labels, tick.label);
        values.append(double(tick.ms));
    }
    showCategories(axis, double(fromMs), labels, values);
    axis->setRange(double(fromMs), double(toMs));
}

void showScaleTicks(QCategoryAxis *axis, double low, double high, const QList<ScaleTick> &ticks)
{
    QStringList labels;
    QList<double> values;
    for (const ScaleTick &tick : ticks) {
        appendUnique(labels, tick.label);
        values.append(tick.value);
    }
    showCategories(axis, low, labels, values);
    axis->setRange(low, high);
}

} // namespace tickerline
