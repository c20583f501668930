#include "AlertChartLink.h"

#include "AlertCenter.h"
#include "AlertLogModel.h"
#include "PriceChart.h"

namespace tickerline {

AlertChartLink::AlertChartLink(AlertCenter &alerts, PriceChart &chart, QObject *parent)
    : QObject(parent)
    , m_alerts(alerts)
    , m_chart(chart)
{
    connect(&m_alerts, &AlertCenter::rulesChanged, this, &AlertChartLink::showLevels);
    connect(m_alerts.logModel(), &QAbstractItemModel::rowsInserted, this, &AlertChartLink::showMarks);
    connect(m_alerts.logModel(), &QAbstractItemModel::modelReset, this, &AlertChartLink::showMarks);
    connect(m_alerts.logModel(), &QAbstractItemModel::rowsRemoved, this, &AlertChartLink::showMarks);
    connect(&m_chart, &PriceChart::alertLevelMoved, this, &AlertChartLink::moveLevel);
    showLevels();
    showMarks();
}

AlertChartLink::~AlertChartLink() = default;

void AlertChartLink::showLevels()
{
    QList<ChartAlertLevel> levels;
    for (const AlertRule &rule : m_alerts.rules()) {
        if (!rule.enabled || (rule.kind != AlertKind::PriceAbove && rule.kind != AlertKind::PriceBelow))
            continue;
        levels.append({rule.id, rule.symbol, rule.kind == AlertKind::PriceAbove, rule.level});
    }
    m_chart.setAlertLevels(levels);
}

void AlertChartLink::showMarks()
{
    const AlertLogModel *log = m_alerts.logModel();
    QList<ChartAlertMark> marks;
    for (int row = 0; row < log->rowCount(); ++row) {
        const AlertEvent event = log->event(row);
        if (!event.symbol.isEmpty() && event.tick.timeMs > 0)
            marks.append({event.symbol, event.tick.timeMs, event.rule});
    }
    m_chart.setAlertMarks(marks);
}

void AlertChartLink::moveLevel(const QString &ruleId, double level)
{
    for (AlertRule rule : m_alerts.rules()) {
        if (rule.id != ruleId)
            continue;
        rule.level = level;
        const QString problem = m_alerts.saveRule(rule);
        if (!problem.isEmpty()) {
            Q_EMIT problemOccurred(problem);
            showLevels();   // back where the rule still is
        }
        return;
    }
    showLevels();   // the rule went away meanwhile
}

} // namespace tickerline
