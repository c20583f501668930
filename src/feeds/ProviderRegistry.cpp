#include "ProviderRegistry.h"

#include "SimulatedFeed.h"

#include <QCoreApplication>

#include <algorithm>

namespace tickerline {

namespace {

using FeedFactory = std::unique_ptr<Feed> (*)(const FeedConfig &, const Clock &);

struct ProviderEntry
{
    ProviderInfo info;
    FeedFactory create;
};

template<typename FeedType>
std::unique_ptr<Feed> makeFeed(const FeedConfig &config, const Clock &clock)
{
    return std::make_unique<FeedType>(config, clock);
}

// Only providers that really work are listed: adding one is one entry here
// plus its adapter files.
QList<ProviderEntry> makeEntries()
{
    return {
        {{QStringLiteral("simulated"),
          QCoreApplication::translate("ProviderRegistry", "Simulated market"),
          QStringLiteral("simulated"),
          QString(),
          QCoreApplication::translate("ProviderRegistry",
                                      "Built-in random-walk market for demos and tests; no network, no key.")},
         &makeFeed<SimulatedFeed>},
    };
}

// Built on first use, so that titles and descriptions are translated with the
// translators installed by then, and find() can hand out stable pointers.
const QList<ProviderEntry> &entries()
{
    static const QList<ProviderEntry> table = makeEntries();
    return table;
}

const ProviderEntry *findEntry(const QString &name)
{
    const QList<ProviderEntry> &table = entries();
    const auto it = std::find_if(table.cbegin(), table.cend(), [&](const ProviderEntry &entry) {
        return entry.info.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    return it == table.cend() ? nullptr : &*it;
}

} // namespace

QList<ProviderInfo> ProviderRegistry::providers()
{
    QList<ProviderInfo> out;
    for (const ProviderEntry &entry : entries())
        out.append(entry.info);
    return out;
}

const ProviderInfo *ProviderRegistry::find(const QString &name)
{
    const ProviderEntry *entry = findEntry(name);
    return entry ? &entry->info : nullptr;
}

QString ProviderRegistry::keyFromEnvironment(const QString &name)
{
    const ProviderInfo *info = find(name);
    if (!info || info->keyVariable.isEmpty())
        return {};
    return qEnvironmentVariable(info->keyVariable.toLatin1().constData());
}

std::unique_ptr<Feed> ProviderRegistry::create(const FeedConfig &config, const Clock &clock)
{
    const ProviderEntry *entry = findEntry(config.provider);
    return entry ? entry->create(config, clock) : nullptr;
}

} // namespace tickerline
