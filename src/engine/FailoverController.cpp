#include "FailoverController.h"

#include "Clock.h"
#include "VenueLookup.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace tickerline {

namespace {

QString utcTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("HH:mm:ss 'UTC'"));
}

QString withMessage(const QString &reason, const QString &message)
{
    return message.isEmpty() ? reason : QCoreApplication::translate("FailoverController", "%1 (%2)").arg(reason, message);
}

} // namespace

FailoverController::FailoverController(FailoverPolicy policy, const Clock &clock)
    : m_policy(policy)
    , m_clock(clock)
{
}

void FailoverController::setChains(const QHash<QString, QStringList> &chains)
{
    const qint64 now = m_clock.nowMs();
    std::map<QString, Route> routes;
    for (auto it = chains.cbegin(); it != chains.cend(); ++it) {
        Route route;
        route.chain = it.value();
        route.sinceMs = now;
        if (const auto old = m_routes.find(it.key()); old != m_routes.end()) {
            const QString active = old->second.active >= 0 ? old->second.chain.value(old->second.active) : QString();
            route.active = active.isEmpty() ? 0 : std::max<int>(int(route.chain.indexOf(active)), 0);
            route.sinceMs = old->second.sinceMs;
            route.lastTickMs = old->second.lastTickMs;
        }
        if (route.chain.isEmpty())
            route.active = -1;
        for (const QString &provider : std::as_const(route.chain)) {
            if (!m_providers.contains(provider))
                m_providers.append(provider);
        }
        routes.emplace(it.key(), std::move(route));
    }
    m_routes = std::move(routes);
}

void FailoverController::noteStatus(const FeedStatus &status)
{
    Health &health = m_health[status.feed];
    health.known = true;
    health.status = status;
    if (status.state != FeedState::Live) {
        health.liveSinceMs = -1;
        health.lastDownMs = m_clock.nowMs();
    }
    else if (health.liveSinceMs < 0)
        health.liveSinceMs = m_clock.nowMs();
}

void FailoverController::noteTick(const QString &provider, const QString &symbol)
{
    const auto it = m_routes.find(symbol);
    if (it != m_routes.end())
        it->second.lastTickMs.insert(provider, m_clock.nowMs());
}

QString FailoverController::activeProvider(const QString &symbol) const
{
    const auto it = m_routes.find(symbol);
    if (it == m_routes.end() || it->second.active < 0)
        return {};
    return it->second.chain.value(it->second.active);
}

QStringList FailoverController::symbolsFor(const QString &provider) const
{
    QStringList symbols;
    for (const auto &[symbol, route] : m_routes) {
        const qsizetype index = route.chain.indexOf(provider);
        if (index < 0)
            continue;
        const Health health = m_health.value(provider);
        if (health.status.refusedSymbols.contains(symbol))
            continue;   // asking again would only be refused again
        // With none left, every provider of the list probes.
        if (route.active < 0 || index <= route.active)
            symbols.append(symbol);
    }
    return symbols;
}

QStringList FailoverController::providers() const
{
    return m_providers;
}

QStringList FailoverController::symbols() const
{
    QStringList out;
    for (const auto &entry : m_routes)
        out.append(entry.first);
    return out;
}

bool FailoverController::isRegularSession(const QString &symbol) const
{
    const std::optional<calendar::VenueId> venue = calendar::venueForSymbol(symbol);
    if (!venue)
        return true;   // no calendar known (indices, FX): silence is not explained by a closed market
    auto it = m_calendars.find(*venue);
    if (it == m_calendars.end())
        it = m_calendars.emplace(*venue, calendar::MarketCalendar(*venue)).first;
    return it->second.status(m_clock.nowMs()).state == calendar::MarketState::Open;
}

QString FailoverController::outageReason(const QString &provider, const QString &symbol) const
{
    const auto found = m_health.constFind(provider);
    if (found == m_health.cend() || !found->known)
        return {};   // not started yet: innocent until it reports
    const FeedStatus &status = found->status;
    const qint64 now = m_clock.nowMs();
    if (status.refusedSymbols.contains(symbol))
        return QCoreApplication::translate("FailoverController", "%1 refused %2").arg(provider, symbol);
    if (status.state == FeedState::Failed)
        return withMessage(QCoreApplication::translate("FailoverController", "%1 failed").arg(provider), status.message);
    if (status.budget.isLimited(now))
        return withMessage(QCoreApplication::translate("FailoverController", "%1 is rate-limited until %2").arg(provider, utcTime(status.budget.limitedUntilMs)),
                           status.message);
    if (status.budget.isSpent(now))
        return QCoreApplication::translate("FailoverController", "%1 spent its request budget (%2 of %3), the next request at %4")
            .arg(provider, QString::number(status.budget.used), QString::number(status.budget.limit),
                 utcTime(status.budget.nextSlotMs));
    if (status.state == FeedState::BackingOff && status.failures >= m_policy.reconnectBudget)
        return withMessage(QCoreApplication::translate("FailoverController", "%1 unreachable after %2 attempts").arg(provider, QString::number(status.failures)),
                           status.message);
    return {};
}

QString FailoverController::staleReason(const QString &provider, const QString &symbol, const Route &route) const
{
    if (!isRegularSession(symbol))
        return {};   // a closed market sends nothing: that is not stale
    const Health health = m_health.value(provider);
    if (health.known && health.status.state == FeedState::Stale)
        return withMessage(QCoreApplication::translate("FailoverController", "%1 is stale while the market of %2 is open").arg(provider, symbol), health.status.message);
    const qint64 since = std::max(route.lastTickMs.value(provider, 0), route.sinceMs);
    const qint64 silentMs = m_clock.nowMs() - since;
    if (silentMs > m_policy.staleAfterMs)
        return QCoreApplication::translate("FailoverController", "%1 sent no tick of %2 for %3 s while its market is open")
            .arg(provider, symbol, QString::number(silentMs / 1000));
    return {};
}

QString FailoverController::downReason(const QString &provider, const QString &symbol) const
{
    if (QString reason = outageReason(provider, symbol); !reason.isEmpty())
        return reason;
    const auto it = m_routes.find(symbol);
    return it == m_routes.end() ? QString() : staleReason(provider, symbol, it->second);
}

bool FailoverController::hasRecovered(const QString &provider, const QString &symbol, const Route &route) const
{
    const Health health = m_health.value(provider);
    if (!health.known || health.liveSinceMs < 0 || !outageReason(provider, symbol).isEmpty())
        return false;
    const qint64 now = m_clock.nowMs();
    // Live counts from the end of the last wait the provider imposed.
    const qint64 healthySince = std::max(health.liveSinceMs, health.status.budget.limitedUntilMs);
    if (now - healthySince < m_policy.recoverAfterMs)
        return false;
    // While the market is open, it must prove it with a tick of this symbol
    // since it was last down (the reply that made it Live may carry it).
    const qint64 proofSince = std::max(health.lastDownMs, health.status.budget.limitedUntilMs);
    if (isRegularSession(symbol) && route.lastTickMs.value(provider, -1) < proofSince)
        return false;
    return true;
}

int FailoverController::replacementFor(const QString &symbol, const Route &route) const
{
    for (int i = 0; i < route.chain.size(); ++i) {
        if (i == route.active)
            continue;
        const QString &candidate = route.chain.at(i);
        // Above the failing one only what has recovered; below it anything not known to be out.
        const bool usable = i < route.active || route.active < 0 ? hasRecovered(candidate, symbol, route)
                                                                 : outageReason(candidate, symbol).isEmpty();
        if (usable)
            return i;
    }
    return -1;
}

QList<FailoverSwitch> FailoverController::evaluate()
{
    const qint64 now = m_clock.nowMs();
    QList<FailoverSwitch> switches;
    for (auto &[symbol, route] : m_routes) {
        const QString from = route.active >= 0 ? route.chain.value(route.active) : QString();
        int target = route.active;
        QString reason;
        if (route.active < 0) {
            target = replacementFor(symbol, route);
            if (target >= 0)
                reason = QCoreApplication::translate("FailoverController", "%1 has recovered").arg(route.chain.at(target));
        } else if (const QString outage = outageReason(from, symbol); !outage.isEmpty()) {
            target = replacementFor(symbol, route);
            reason = outage;
        } else if (const QString stale = staleReason(from, symbol, route); !stale.isEmpty()) {
            // Stale alone moves a symbol only where another can take it: silence beats nothing.
            const int replacement = replacementFor(symbol, route);
            if (replacement >= 0) {
                target = replacement;
                reason = stale;
            }
        } else if (now - route.sinceMs >= m_policy.recoverAfterMs) {
            for (int i = 0; i < route.active; ++i) {
                if (hasRecovered(route.chain.at(i), symbol, route)) {
                    target = i;
                    reason = QCoreApplication::translate("FailoverController", "%1 has recovered").arg(route.chain.at(i));
                    break;
                }
            }
        }
        if (target == route.active)
            continue;
        route.active = target;
        route.sinceMs = now;
        switches.append({symbol, from, target >= 0 ? route.chain.at(target) : QString(), reason, now});
    }
    return switches;
}

} // namespace tickerline
