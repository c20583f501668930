#include "Hub.h"

#include <algorithm>

namespace tickerline {

Hub::Hub(int frameIntervalMs, QObject *parent)
    : QObject(parent)
    , m_frameIntervalMs(std::max(1, frameIntervalMs))
    , m_folder([this] { QMetaObject::invokeMethod(this, &Hub::handleWake, Qt::QueuedConnection); })
    , m_frameTimer(this)
{
    m_frameTimer.setSingleShot(true);
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_frameTimer, &QTimer::timeout, this, &Hub::emitFrame);
}

void Hub::handleTicks(const TickBatch &ticks)
{
    m_folder.fold(ticks);
}

void Hub::handleInstruments(const InstrumentList &instruments)
{
    m_folder.foldInstruments(instruments);
}

void Hub::forgetSymbolsExcept(const QStringList &symbols)
{
    m_folder.forgetSymbolsExcept(symbols);
}

void Hub::handleWake()
{
    if (m_frameTimer.isActive())
        return;
    const qint64 elapsed = m_sinceLastFrame.isValid() ? m_sinceLastFrame.elapsed() : m_frameIntervalMs;
    if (elapsed >= m_frameIntervalMs)
        emitFrame();
    else
        m_frameTimer.start(int(m_frameIntervalMs - elapsed));
}

void Hub::emitFrame()
{
    Frame frame = m_folder.take();
    if (frame.ticks == 0 && frame.quotes.isEmpty())
        return;
    m_sinceLastFrame.start();
    Q_EMIT frameReady(frame);
}

} // namespace tickerline
