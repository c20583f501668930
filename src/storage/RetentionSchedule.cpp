#include "RetentionSchedule.h"

#include "Clock.h"
#include "StorageLog.h"
#include "StoreConnection.h"
#include "TickRetention.h"
#include "TimeUnits.h"

namespace tickerline {

RetentionSchedule::RetentionSchedule(const Clock &clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_hourly(this), m_step(this)
{
    m_hourly.setInterval(int(MsPerHour));
    m_step.setSingleShot(true);
    m_step.setInterval(0);
    connect(&m_hourly, &QTimer::timeout, this, &RetentionSchedule::apply);
    connect(&m_step, &QTimer::timeout, this, &RetentionSchedule::step);
}

RetentionSchedule::~RetentionSchedule() = default;

void RetentionSchedule::setDays(int days)
{
    m_days = std::max(0, days);
    if (m_days == 0)
        return stop();
    apply();
}

void RetentionSchedule::attach(StoreConnection *connection)
{
    // Prepared queries must go before the connection they were made on.
    stop();
    m_connection = connection;
}

void RetentionSchedule::stop()
{
    m_hourly.stop();
    m_step.stop();
    m_retention.reset();
}

void RetentionSchedule::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused && m_retention && m_retention->isRunning())
        m_step.start();
}

void RetentionSchedule::apply()
{
    if (!m_connection || m_days <= 0)
        return;
    m_hourly.start();   // hourly from the latest pass
    if (!m_retention)
        m_retention = std::make_unique<TickRetention>(*m_connection);
    if (!m_retention->start(m_clock.nowMs() - m_days * MsPerDay)) {
        qCWarning(lcStorage).noquote() << m_retention->errorMessage();
        return;
    }
    m_step.start();
}

void RetentionSchedule::step()
{
    if (!m_retention || m_paused)
        return;
    switch (m_retention->step()) {
    case TickRetention::Step::More:
        m_step.start();
        return;
    case TickRetention::Step::Done:
        if (m_retention->deletedTicks() > 0) {
            qCInfo(lcStorage).noquote() << QStringLiteral("Deleted %1 ticks older than %2 days from %3")
                                               .arg(m_retention->deletedTicks())
                                               .arg(m_days)
                                               .arg(m_connection->path());
        }
        Q_EMIT applied(m_retention->deletedTicks(), m_retention->cutoffMs());
        return;
    case TickRetention::Step::Failed:
        // Busy or full like any write; the next hourly pass tries again.
        qCWarning(lcStorage).noquote() << m_retention->errorMessage();
        return;
    }
}

} // namespace tickerline
