#pragma once

#include "Frame.h"
#include "Instrument.h"
#include "Tick.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace tickerline {

// Folds ticks into frames for the GUI: the latest quote per symbol plus the
// new chart points, emitted at most once per frame interval however fast
// ticks arrive. The store gets ticks from the feed directly, so nothing here
// can lose one.
class Hub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Hub)
public:
    // More points than this per symbol and frame are reduced to min/max pairs.
    static constexpr qsizetype MaxPointsPerFrame = 1024;

    explicit Hub(int frameIntervalMs, QObject *parent = nullptr);

public Q_SLOTS:
    void handleTicks(const tickerline::TickBatch &ticks);
    void handleInstruments(const tickerline::InstrumentList &instruments);
    void forgetSymbolsExcept(const QStringList &symbols);

Q_SIGNALS:
    void frameReady(const tickerline::Frame &frame);

private:
    void emitFrame();

    const int m_frameIntervalMs;
    QTimer m_frameTimer;
    QElapsedTimer m_sinceLastFrame;
    QuoteMap m_quotes;            // all symbols, latest state
    Frame m_pending;              // what changed since the last frame
};

// Reduces a time-ordered series to about maxPoints by keeping the min and max
// of equal-count buckets in time order; the first and last points survive.
[[nodiscard]] Series reduceByCount(const Series &series, qsizetype maxPoints);

} // namespace tickerline
