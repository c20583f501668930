#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

namespace tickerline {

class Clock;
class StoreConnection;
class TickRetention;

// When raw ticks older than N days are deleted: after open and then hourly,
// in small steps (TickRetention) between the store's other work, each step
// on a zero timer so that ticks and commits queued meanwhile have their turn.
// Part of TickStore, on its thread.
class RetentionSchedule final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionSchedule)
public:
    explicit RetentionSchedule(const Clock &clock, QObject *parent = nullptr);
    ~RetentionSchedule() override;

    // 0: keep ticks forever (stops a pass that runs).
    void setDays(int days);
    [[nodiscard]] int days() const { return m_days; }
    // The connection passes run on, or nullptr when closed.
    void attach(StoreConnection *connection);
    // A pass now, and hourly from it; nothing while detached or off.
    void apply();
    // While paused (a CSV import holds a transaction) steps wait.
    void setPaused(bool paused);

Q_SIGNALS:
    // A pass deleted these ticks, all older than cutoffMs.
    void applied(quint64 deletedTicks, qint64 cutoffMs);

private:
    void step();
    void stop();

    const Clock &m_clock;
    StoreConnection *m_connection = nullptr;
    std::unique_ptr<TickRetention> m_retention;
    QTimer m_hourly;
    QTimer m_step;
    int m_days = 0;
    bool m_paused = false;
};

} // namespace tickerline
