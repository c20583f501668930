#pragma once

#include "Bar.h"
#include "FeedConfig.h"
#include "FeedStatus.h"
#include "Instrument.h"
#include "Tick.h"

#include <QObject>

namespace tickerline {

class Clock;

// A feed = transport + provider adapter. It lives on a feed thread: the engine
// creates it, moves it to its thread and calls start()/stop()/setSymbols()
// through queued invocations. Everything it produces leaves as batches.
class Feed : public QObject
{
    Q_OBJECT
public:
    Feed(FeedConfig config, const Clock &clock, QObject *parent = nullptr);
    ~Feed() override;

    [[nodiscard]] const FeedConfig &config() const { return m_config; }

    virtual void start() = 0;
    virtual void stop() = 0;
    // Resubscribe live to a new symbol list (no reconnect where the provider allows).
    virtual void setSymbols(const QStringList &symbols) = 0;

Q_SIGNALS:
    void ticksArrived(const tickerline::TickBatch &ticks);
    void barsArrived(const tickerline::BarBatch &bars);
    void instrumentsArrived(const tickerline::InstrumentList &instruments);
    void statusChanged(const tickerline::FeedStatus &status);

protected:
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    FeedConfig m_config;

private:
    const Clock &m_clock;
};

} // namespace tickerline
