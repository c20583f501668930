#pragma once

#include "Frame.h"
#include "Instrument.h"
#include "Tick.h"

#include <QMutex>
#include <QStringList>

#include <functional>

namespace tickerline {

// Folds ticks into the next frame on whatever thread they arrive (a feed's,
// or the store's when following another writer), so that a tick waits for
// nothing but the next display frame: the latest quote per symbol plus every
// new point, in arrival order. Thread-safe; take() hands over what gathered.
//
// `wake` runs (on the folding thread, outside the lock) when the first tick
// after a take() arrives: one notification per frame, however many batches.
class TickFolder final
{
    Q_DISABLE_COPY_MOVE(TickFolder)
public:
    explicit TickFolder(std::function<void()> wake);

    void fold(const TickBatch &ticks);
    // Previous closes (for change %); a symbol that already has ticks is
    // part of the next frame again.
    void foldInstruments(const InstrumentList &instruments);
    void forgetSymbolsExcept(const QStringList &symbols);

    // What changed since the last take(), and the folder starts over.
    [[nodiscard]] Frame take();

private:
    const std::function<void()> m_wake;
    QMutex m_mutex;
    QuoteMap m_quotes;     // all symbols, latest state
    Frame m_pending;       // what changed since the last take()
    bool m_woken = false;  // m_wake ran since the last take()
};

} // namespace tickerline
