#pragma once

#include <QMetaType>
#include <QString>

namespace tickerline {

enum class FeedState {
    Idle,
    Connecting,
    Live,
    Stale,
    BackingOff,
    Failed,
};

// What the status bar and the collector log show about one feed.
struct FeedStatus
{
    QString feed;               // provider name
    FeedState state = FeedState::Idle;
    QString message;            // provider's reason when Failed / BackingOff
    qint64 nextRetryMs = 0;     // wall-clock ms of the next attempt when BackingOff
    double ticksPerSecond = 0.0;
    quint64 totalTicks = 0;
    quint64 malformedFrames = 0;

    friend bool operator==(const FeedStatus &, const FeedStatus &) = default;
};

[[nodiscard]] QString feedStateName(FeedState state);   // translated, for display

} // namespace tickerline

Q_DECLARE_METATYPE(tickerline::FeedStatus)
