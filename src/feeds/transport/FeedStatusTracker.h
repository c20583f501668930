#pragma once

#include "ConnectionSupervisor.h"
#include "FeedStatus.h"

#include <QObject>
#include <QTimer>

namespace tickerline {

class Clock;

// The FeedStatus of one network feed: the transport's state plus tick,
// malformed-frame and reconnect counters, the time spent disconnected, and
// the feed's notice. State changes are reported at once; counters and
// the tick rate about once a second, and only when something changed, so a
// quiet feed does not flood the status bar or the collector log.
class FeedStatusTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedStatusTracker)
public:
    static constexpr int ReportIntervalMs = 1000;

    FeedStatusTracker(const QString &feedName, const Clock &clock, QObject *parent = nullptr);

    void start();   // begins the once-a-second reports
    void stop();    // Idle, rate 0, reports end
    void setState(const ConnectionState &state);
    void addTicks(qsizetype count);
    void addMalformed(qsizetype count);
    void setNotice(const QString &notice);
    // Reported at once when it changes (a 429 matters to failover now, not in a second).
    void setBudget(const BudgetState &budget);
    void addRefused(const QStringList &symbols);
    // Reported at once when it changes; forgotten when the link goes.
    void setUpstream(const UpstreamFeed &upstream);
    [[nodiscard]] const QString &notice() const { return m_status.notice; }

Q_SIGNALS:
    void statusChanged(const tickerline::FeedStatus &status);

private:
    void report();
    void accountOutage(qint64 nowMs);

    const Clock &m_clock;
    FeedStatus m_status;
    FeedStatus m_reported;
    QTimer m_reportTimer{this};
    qint64 m_windowStartMs = 0;
    quint64 m_windowTicks = 0;
    bool m_wasLive = false;       // Live at least once since start()
    qint64 m_downSinceMs = -1;    // start of the current outage, -1 while Live or before the first Live
};

} // namespace tickerline
