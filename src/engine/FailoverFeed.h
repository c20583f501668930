#pragma once

#include "FailoverController.h"
#include "Feed.h"
#include "ProviderSpec.h"

#include <QHash>
#include <QTimer>

#include <map>
#include <memory>

namespace tickerline {

// The policy a feed config implies: stale after the stale timeout or three
// poll intervals, whichever is longer; back after two intervals (at least 1 s).
[[nodiscard]] FailoverPolicy failoverPolicyFor(const FeedConfig &config);

// One feed over several providers (FeedConfig::failover): a feed per
// provider on this thread, each subscribed to the symbols it serves or
// probes (FailoverController), and one stream out. A tick leaves only from
// the provider serving its symbol, so storage keeps each tick under the
// provider that sent it and the chart sees one line; at a switch, a tick of
// the new provider no later than the last one sent for the symbol is
// dropped (the seam). Every switch is logged naming both providers and the
// reason, and stays in the notice of both providers' statuses.
class FailoverFeed final : public Feed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailoverFeed)
public:
    FailoverFeed(FeedConfig config, const Clock &clock, FailoverPolicy policy, ProviderOptions options = {},
                 QObject *parent = nullptr);
    ~FailoverFeed() override;

    void start() override;
    void stop() override;
    void setSymbols(const QStringList &symbols) override;

private:
    struct Child
    {
        std::unique_ptr<Feed> feed;
        QStringList symbols;
        bool running = false;
        FeedStatus status;
    };
    struct Seam
    {
        QString provider;
        qint64 lastTimeMs = 0;
    };

    void updateChains();
    void applySubscriptions();
    Child &child(const QString &provider, const QStringList &symbols);
    void evaluate();
    void handleTicks(const QString &provider, const TickBatch &ticks);
    void handleBars(const QString &provider, const BarBatch &bars);
    void handleStatus(const QString &provider, const FeedStatus &status);
    void reportStatus(const QString &provider);
    [[nodiscard]] QString switchText(const FailoverSwitch &change) const;

    FailoverController m_controller;
    ProviderOptions m_options;
    std::map<QString, Child> m_children;
    QHash<QString, Seam> m_seams;               // by symbol: the last tick sent
    QHash<QString, FailoverSwitch> m_lastSwitch;   // by symbol
    QHash<QString, Tick> m_probeTicks;             // by "provider\nsymbol": the latest a probe sent
    QTimer m_evaluateTimer{this};
    bool m_running = false;
};

} // namespace tickerline
