#include "FailoverFeed.h"

#include "Clock.h"
#include "MisconfiguredFeed.h"
#include "ProviderChains.h"
#include "ProviderRegistry.h"

#include <QDebug>

#include <algorithm>

namespace tickerline {

FailoverPolicy failoverPolicyFor(const FeedConfig &config)
{
    FailoverPolicy policy;
    policy.staleAfterMs = std::max(config.staleTimeoutMs, 3 * config.pollIntervalMs);
    policy.recoverAfterMs = std::max<qint64>(2 * config.pollIntervalMs, 1000);
    return policy;
}

FailoverFeed::FailoverFeed(FeedConfig config, const Clock &clock, FailoverPolicy policy, ProviderOptions options,
                           QObject *parent)
    : Feed(std::move(config), clock, parent)
    , m_controller(policy, clock)
    , m_options(std::move(options))
{
    // Often enough that the hysteresis and the stale timeout are met within a quarter of themselves.
    const qint64 interval = std::clamp<qint64>(std::min(policy.staleAfterMs, policy.recoverAfterMs) / 4, 50, 1000);
    m_evaluateTimer.setInterval(std::chrono::milliseconds(interval));
    connect(&m_evaluateTimer, &QTimer::timeout, this, &FailoverFeed::evaluate);
    updateChains();
}

FailoverFeed::~FailoverFeed() = default;

void FailoverFeed::updateChains()
{
    QHash<QString, QStringList> chains;
    for (const QString &symbol : std::as_const(m_config.symbols))
        chains.insert(symbol, providerChain(symbol, m_config.failover));
    m_controller.setChains(chains);
}

void FailoverFeed::start()
{
    if (m_running)
        return;
    m_running = true;
    applySubscriptions();
    m_evaluateTimer.start();
}

void FailoverFeed::stop()
{
    m_running = false;
    m_evaluateTimer.stop();
    for (auto &[provider, entry] : m_children) {
        if (entry.running)
            entry.feed->stop();
        entry.running = false;
    }
}

void FailoverFeed::setSymbols(const QStringList &symbols)
{
    m_config.symbols = symbols;
    for (auto it = m_seams.begin(); it != m_seams.end();)
        it = symbols.contains(it.key()) ? std::next(it) : m_seams.erase(it);
    m_probeTicks.clear();
    for (auto it = m_lastSwitch.begin(); it != m_lastSwitch.end();)
        it = symbols.contains(it.key()) ? std::next(it) : m_lastSwitch.erase(it);
    updateChains();
    if (m_running)
        applySubscriptions();
}

FailoverFeed::Child &FailoverFeed::child(const QString &provider, const QStringList &symbols)
{
    if (const auto it = m_children.find(provider); it != m_children.end())
        return it->second;
    FeedConfig config = m_config;
    config.provider = provider;
    config.symbols = symbols;
    config.failover = {};
    // The primary's key and endpoint are the config's own; the others' come with the failover options.
    if (provider != m_config.provider) {
        config.apiKey = m_config.failover.apiKeys.value(provider);
        config.endpoint = m_config.failover.endpoints.value(provider);
        config.historyEndpoint.clear();
    }
    Child entry;
    entry.feed = ProviderRegistry::create(config, clock(), m_options);
    if (!entry.feed)
        entry.feed = std::make_unique<MisconfiguredFeed>(config, clock(), tr("Unknown provider \u201c%1\u201d.").arg(provider));
    Feed *feed = entry.feed.get();
    connect(feed, &Feed::ticksArrived, this, [this, provider](const TickBatch &ticks) { handleTicks(provider, ticks); });
    connect(feed, &Feed::barsArrived, this, [this, provider](const BarBatch &bars) { handleBars(provider, bars); });
    connect(feed, &Feed::instrumentsArrived, this, &Feed::instrumentsArrived);
    connect(feed, &Feed::statusChanged, this, [this, provider](const FeedStatus &status) { handleStatus(provider, status); });
    entry.symbols = symbols;
    return m_children.emplace(provider, std::move(entry)).first->second;
}

void FailoverFeed::applySubscriptions()
{
    for (const QString &provider : m_controller.providers()) {
        const QStringList wanted = m_controller.symbolsFor(provider);
        const auto existing = m_children.find(provider);
        if (existing == m_children.end() && wanted.isEmpty())
            continue;
        Child &entry = child(provider, wanted);
        if (wanted.isEmpty()) {
            if (entry.running)
                entry.feed->stop();
            entry.running = false;
            entry.symbols.clear();
            continue;
        }
        if (entry.symbols != wanted) {
            entry.symbols = wanted;
            entry.feed->setSymbols(wanted);
        }
        if (!entry.running) {
            entry.running = true;
            entry.feed->start();
        }
    }
}

void FailoverFeed::evaluate()
{
    const QList<FailoverSwitch> switches = m_controller.evaluate();
    if (switches.isEmpty())
        return;
    QStringList touched;
    for (const FailoverSwitch &change : switches) {
        m_lastSwitch.insert(change.symbol, change);
        qInfo().noquote() << "failover" << switchText(change);
        for (const QString &provider : {change.from, change.to}) {
            if (!provider.isEmpty() && !touched.contains(provider))
                touched.append(provider);
        }
    }
    applySubscriptions();
    for (const QString &provider : std::as_const(touched))
        reportStatus(provider);
    // What the new provider sent while it probed goes on at once, when it is news.
    TickBatch resumed;
    for (const FailoverSwitch &change : switches) {
        const auto held = m_probeTicks.constFind(change.to + u'\n' + change.symbol);
        if (held == m_probeTicks.cend())
            continue;
        Seam &seam = m_seams[change.symbol];
        if (held->timeMs > seam.lastTimeMs) {
            seam = {change.to, held->timeMs};
            resumed.append(*held);
        }
    }
    for (const FailoverSwitch &change : switches) {
        for (const QString &provider : m_controller.providers())
            m_probeTicks.remove(provider + u'\n' + change.symbol);
    }
    if (!resumed.isEmpty())
        Q_EMIT ticksArrived(resumed);
}

QString FailoverFeed::switchText(const FailoverSwitch &change) const
{
    const QString from = change.from.isEmpty() ? tr("no provider") : change.from;
    const QString to = change.to.isEmpty() ? tr("no provider left") : change.to;
    return tr("%1: %2 \u2192 %3: %4").arg(change.symbol, from, to, change.reason);
}

void FailoverFeed::handleTicks(const QString &provider, const TickBatch &ticks)
{
    TickBatch out;
    out.reserve(ticks.size());
    for (const Tick &tick : ticks) {
        m_controller.noteTick(provider, tick.symbol);
        if (m_controller.activeProvider(tick.symbol) != provider) {
            // A probe's tick: proof of health, kept in case the symbol comes back to it.
            m_probeTicks.insert(provider + u'\n' + tick.symbol, tick);
            continue;
        }
        Seam &seam = m_seams[tick.symbol];
        // Across a switch the stream goes on from where it was, never back.
        if (seam.provider != provider && !seam.provider.isEmpty() && tick.timeMs <= seam.lastTimeMs)
            continue;
        seam.provider = provider;
        seam.lastTimeMs = std::max(seam.lastTimeMs, tick.timeMs);
        out.append(tick);
    }
    if (!out.isEmpty())
        Q_EMIT ticksArrived(out);
}

void FailoverFeed::handleBars(const QString &provider, const BarBatch &bars)
{
    BarBatch out;
    for (const Bar &bar : bars) {
        if (m_controller.activeProvider(bar.symbol) == provider)
            out.append(bar);
    }
    if (!out.isEmpty())
        Q_EMIT barsArrived(out);
}

void FailoverFeed::handleStatus(const QString &provider, const FeedStatus &status)
{
    const auto it = m_children.find(provider);
    if (it == m_children.end())
        return;
    it->second.status = status;
    m_controller.noteStatus(status);
    reportStatus(provider);
    // Queued: a status may come from inside a child's start() or setSymbols(),
    // while the subscriptions are being applied.
    if (m_running)
        QMetaObject::invokeMethod(this, &FailoverFeed::evaluate, Qt::QueuedConnection);
}

void FailoverFeed::reportStatus(const QString &provider)
{
    const auto it = m_children.find(provider);
    if (it == m_children.end())
        return;
    FeedStatus status = it->second.status;
    status.feed = provider;
    QStringList notes;
    if (!status.notice.isEmpty())
        notes.append(status.notice);
    for (const FailoverSwitch &change : std::as_const(m_lastSwitch)) {
        if (change.from == provider || change.to == provider)
            notes.append(switchText(change));
    }
    status.notice = notes.join(QStringLiteral("; "));
    Q_EMIT statusChanged(status);
}

} // namespace tickerline
