#pragma once

#include <QObject>

namespace tickerline {

class AlertCenter;
class PriceChart;

// Shows the alerts on the price chart and takes edits from it: every enabled
// price rule's level as a line (dragging it saves the rule at the new level,
// or says why not), and every alert in the log as a mark at the time of the
// tick that fired it.
class AlertChartLink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertChartLink)
public:
    AlertChartLink(AlertCenter &alerts, PriceChart &chart, QObject *parent = nullptr);
    ~AlertChartLink() override;

Q_SIGNALS:
    // A dragged level could not be kept (translated).
    void problemOccurred(const QString &message);

private:
    void showLevels();
    void showMarks();
    void moveLevel(const QString &ruleId, double level);

    AlertCenter &m_alerts;
    PriceChart &m_chart;
};

} // namespace tickerline
