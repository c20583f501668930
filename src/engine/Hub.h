#pragma once

#include "Frame.h"
#include "Instrument.h"
#include "Tick.h"
#include "TickFolder.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace tickerline {

// Hands the thread it lives on (the GUI's, or the collector's main thread)
// one frame per display refresh: the latest quote per symbol plus every new
// chart point. Ticks are folded where they arrive (handleTicks is safe on any
// thread, called directly by the feed's thread), and the first tick after a
// frame wakes this thread once; the frame then goes out at once when the last
// one is a frame interval old, or when that much time has passed. So a tick
// waits at most one frame interval plus one thread hop, and nothing here
// thins the points: the chart reduces them once, to its pixel columns. The
// store gets ticks from the feed directly, so nothing here can lose one.
class Hub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Hub)
public:
    explicit Hub(int frameIntervalMs, QObject *parent = nullptr);

    // Any thread.
    void handleTicks(const tickerline::TickBatch &ticks);
    void handleInstruments(const tickerline::InstrumentList &instruments);
    void forgetSymbolsExcept(const QStringList &symbols);

Q_SIGNALS:
    void frameReady(const tickerline::Frame &frame);

private:
    void handleWake();
    void emitFrame();

    const int m_frameIntervalMs;
    TickFolder m_folder;
    QTimer m_frameTimer;
    QElapsedTimer m_sinceLastFrame;
};

} // namespace tickerline
