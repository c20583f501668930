#pragma once

#include <QtGlobal>

#include <atomic>

namespace tickerline {

// Time goes through this so tests can drive it.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual qint64 nowMs() const = 0;   // UTC ms since the epoch
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override;
    [[nodiscard]] static const SystemClock &instance();
};

// The system clock moved to another instant: time runs on from `startMs`.
// For screenshots and demos of a weekend or a session (tickerline --clock).
class OffsetClock final : public Clock
{
public:
    explicit OffsetClock(qint64 startMs);
    [[nodiscard]] qint64 nowMs() const override;

private:
    qint64 m_offsetMs;
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0) : m_nowMs(startMs) {}
    [[nodiscard]] qint64 nowMs() const override { return m_nowMs.load(); }
    void setNowMs(qint64 ms) { m_nowMs.store(ms); }
    void advanceMs(qint64 ms) { m_nowMs.fetch_add(ms); }

private:
    std::atomic<qint64> m_nowMs;
};

} // namespace tickerline
