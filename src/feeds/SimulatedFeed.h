#pragma once

#include "Feed.h"
#include "SimulatedMarket.h"
#include "SimulatedSessions.h"

#include <QTimer>

#include <memory>
#include <optional>

namespace tickerline {

struct ProviderOptions;
struct ProviderSpec;

// The built-in market: no network, no key. start() sends instruments and
// minute-bar history, then a precise poll timer advances a SimulatedMarket to
// the clock's time and emits the ticks it produced. Seeded from
// FeedConfig::seed, or with BuiltInSeed when that is 0: every start of the
// app shows the one built-in market, which agrees with what it recorded before.
// With FeedConfig::simulatedSessions its stocks keep their exchanges' hours.
class SimulatedFeed final : public Feed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedFeed)
public:
    static constexpr int PollIntervalMs = 20;
    static constexpr quint64 BuiltInSeed = 1;
    // After a stall (sleep, debugger, stop/start) at most this much is
    // replayed as ticks; the rest of the gap is skipped, prices still move.
    static constexpr qint64 MaxCatchUpMs = 10'000;
    static constexpr double MaxCatchUpTicks = 500'000;

    explicit SimulatedFeed(FeedConfig config, const Clock &clock, QObject *parent = nullptr);
    ~SimulatedFeed() override;

    void start() override;
    void stop() override;
    void setSymbols(const QStringList &symbols) override;

    // Advances the market to the clock's now and emits what it produced. The
    // poll timer calls it; tests with a ManualClock call it instead of waiting.
    void pump();

private:
    [[nodiscard]] bool isRunning() const { return m_pollTimer.isActive(); }
    [[nodiscard]] qint64 catchUpWindowMs() const;
    void publishState(FeedState state);
    void sendBars(BarBatch bars);
    void sendClosingPrints(const BarBatch &bars);

    QTimer m_pollTimer{this};                  // a child, so it follows moveToThread()
    std::optional<SimulatedMarket> m_market;   // created on the first start(), when the seed is known
    std::optional<SimulatedSessions> m_sessions;   // set: stocks trade only in their sessions
    FeedStatus m_status;
    qint64 m_rateWindowStartMs = 0;
    quint64 m_rateWindowTicks = 0;
};

[[nodiscard]] std::unique_ptr<Feed> makeSimulatedFeed(const ProviderSpec &spec, const FeedConfig &config,
                                                      const Clock &clock, const ProviderOptions &options);

} // namespace tickerline
