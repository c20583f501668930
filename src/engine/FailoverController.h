#pragma once

#include "FeedStatus.h"
#include "MarketCalendar.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <map>

namespace tickerline {

class Clock;

struct FailoverPolicy
{
    // A symbol whose provider sent nothing for it this long while its market
    // is in its regular session counts as stale there (a closed market is
    // not stale).
    qint64 staleAfterMs = 60'000;
    // Hysteresis: a better provider must have been live this long (and have
    // sent the symbol a tick meanwhile, while its market is open), and the
    // symbol must have stayed this long where it is, before it moves back.
    qint64 recoverAfterMs = 30'000;
    // Consecutive failed attempts a backing-off provider is given before it
    // counts as down; a rate limit or a failure counts at once.
    int reconnectBudget = 3;
};

// One move of a symbol from a provider to another; an empty `to`: none is
// left, an empty `from`: it had none.
struct FailoverSwitch
{
    QString symbol;
    QString from;
    QString to;
    QString reason;     // translated, for the log and the status bar
    qint64 atMs = 0;

    friend bool operator==(const FailoverSwitch &, const FailoverSwitch &) = default;
};

// Decides, for every symbol with an ordered list of providers, which one
// serves it: the first that works. It moves a symbol down its list when the
// serving provider failed, backs off beyond its reconnect budget, was told to
// wait (HTTP 429, Retry-After, a "limit reached" text) or spent its budget,
// refused the symbol, or went stale while the symbol's market is open; and
// back up once a better one has recovered (FailoverPolicy's hysteresis).
// Providers above the serving one stay subscribed as probes: their own
// polls, backoff and budget are the probing rate. No threads, no timers:
// the caller reports statuses and ticks and calls evaluate().
class FailoverController final
{
public:
    FailoverController(FailoverPolicy policy, const Clock &clock);

    // Symbols and their lists; a symbol keeps its provider if it is still listed.
    void setChains(const QHash<QString, QStringList> &chains);
    void noteStatus(const FeedStatus &status);
    void noteTick(const QString &provider, const QString &symbol);
    // Applies and returns the moves due now.
    [[nodiscard]] QList<FailoverSwitch> evaluate();

    [[nodiscard]] QString activeProvider(const QString &symbol) const;   // empty: none
    // The symbols a provider must be subscribed to: those it serves and those it probes.
    [[nodiscard]] QStringList symbolsFor(const QString &provider) const;
    // Every provider of any list, in first-seen order.
    [[nodiscard]] QStringList providers() const;
    [[nodiscard]] QStringList symbols() const;
    // Why the provider cannot serve the symbol now; empty when it can.
    [[nodiscard]] QString downReason(const QString &provider, const QString &symbol) const;

private:
    struct Health
    {
        FeedStatus status;
        bool known = false;
        qint64 liveSinceMs = -1;   // -1 while not Live
        qint64 lastDownMs = -1;    // the last report of anything but Live
    };
    struct Route
    {
        QStringList chain;
        int active = 0;                       // index into chain; -1: none left
        qint64 sinceMs = 0;                   // when it came to the active one
        QHash<QString, qint64> lastTickMs;    // by provider
    };

    // Provider-wide reasons only (failed, limited, spent, unreachable, refused).
    [[nodiscard]] QString outageReason(const QString &provider, const QString &symbol) const;
    [[nodiscard]] QString staleReason(const QString &provider, const QString &symbol, const Route &route) const;
    [[nodiscard]] bool hasRecovered(const QString &provider, const QString &symbol, const Route &route) const;
    [[nodiscard]] bool isRegularSession(const QString &symbol) const;
    [[nodiscard]] int replacementFor(const QString &symbol, const Route &route) const;

    FailoverPolicy m_policy;
    const Clock &m_clock;
    std::map<QString, Route> m_routes;   // ordered: evaluate() reports symbols in a stable order
    QHash<QString, Health> m_health;
    QStringList m_providers;
    mutable std::map<calendar::VenueId, calendar::MarketCalendar> m_calendars;
};

} // namespace tickerline

Q_DECLARE_METATYPE(tickerline::FailoverSwitch)
