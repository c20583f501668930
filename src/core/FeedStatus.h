#pragma once

#include "BudgetState.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace tickerline {

enum class FeedState {
    Idle,
    Connecting,
    Live,
    Stale,
    BackingOff,
    Failed,
};

// What a relay (a serving collector) reports of its own feed. Its client is
// Live while the relay answers, whatever the relay's source is doing; this
// says where the ticks really come from and whether they still do.
struct UpstreamFeed
{
    QString feed;               // the relay's provider ("simulated")
    FeedState state = FeedState::Idle;
    QString message;            // the relay's reason when not Live

    friend bool operator==(const UpstreamFeed &, const UpstreamFeed &) = default;
};

// What the status bar and the collector log show about one feed.
struct FeedStatus
{
    QString feed;               // provider name
    FeedState state = FeedState::Idle;
    QString message;            // provider's reason when Failed / BackingOff
    qint64 nextRetryMs = 0;     // wall-clock ms of the next attempt when BackingOff
    int failures = 0;           // consecutive failed attempts when BackingOff: 1 after a drop, more when refused
    double ticksPerSecond = 0.0;
    quint64 totalTicks = 0;
    quint64 malformedFrames = 0;
    // Times the feed came back (Live again) after losing its link or its
    // polls, and the time it spent without one since it first went Live,
    // a current outage included up to the last report.
    quint64 reconnects = 0;
    qint64 disconnectedMs = 0;
    // Said once and kept while it holds: an explicit choice honoured against
    // the provider's advice (a poll interval below its advised minimum), or
    // a limit that overrides it (a request budget). Empty: nothing to say.
    QString notice;
    // The provider's request allowance (REST polls, metadata); limit 0: none.
    BudgetState budget;
    // Symbols the provider refused this run (unknown to it), in the order refused.
    QStringList refusedSymbols;
    // A relay's report on its own feed while the link to it is up; none: not
    // a relay, or it has said nothing since the link came up.
    std::optional<UpstreamFeed> upstream;

    friend bool operator==(const FeedStatus &, const FeedStatus &) = default;
};

[[nodiscard]] QString feedStateName(FeedState state);   // translated, for display
// Translated, for display: "server: Live, simulated", with the relay's reason
// when its feed is not Live.
[[nodiscard]] QString upstreamFeedText(const UpstreamFeed &upstream);

} // namespace tickerline

Q_DECLARE_METATYPE(tickerline::FeedStatus)
