#pragma once

#include "Tick.h"

#include <QObject>

namespace tickerline {

// Sits on a feed's thread between the feed and the threads that take its
// ticks (store, hub, alerts). Gathers what the feed emits while its thread
// handles one burst of input (every frame of one socket read, say) and hands
// it on as one batch right after the burst, or at once when MaxTicks are
// waiting. A busy link then crosses threads once per burst instead of once
// per frame; a quiet one gets its ticks through with no added delay. Every
// tick leaves exactly once and in order; flush() hands on what waits (the
// engine calls it when the feed stops).
class TickBatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TickBatcher)
public:
    static constexpr qsizetype MaxTicks = 8192;

    explicit TickBatcher(QObject *parent = nullptr);
    ~TickBatcher() override;

    void handleTicks(const tickerline::TickBatch &ticks);
    void flush();

Q_SIGNALS:
    void ticksReady(const tickerline::TickBatch &ticks);

private:
    TickBatch m_pending;
    bool m_flushPosted = false;
};

} // namespace tickerline
