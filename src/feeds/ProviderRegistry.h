#pragma once

#include "FeedConfig.h"

#include <QList>
#include <QString>

#include <memory>

namespace tickerline {

class Clock;
class Feed;

struct ProviderInfo
{
    QString name;            // "simulated", "yahoo", … (CLI --provider value)
    QString title;           // display name
    QString transport;       // "simulated", "REST poll", "WebSocket", "SSE"
    QString keyVariable;     // environment variable for the key; empty: no key needed
    QString description;     // one line, translated
};

class ProviderRegistry final
{
public:
    [[nodiscard]] static QList<ProviderInfo> providers();
    [[nodiscard]] static const ProviderInfo *find(const QString &name);
    // The key for headless use, from the provider's environment variable
    // (FINNHUB_API_KEY, …); empty when the provider needs none or it is unset.
    [[nodiscard]] static QString keyFromEnvironment(const QString &name);
    // nullptr when the provider is unknown.
    [[nodiscard]] static std::unique_ptr<Feed> create(const FeedConfig &config, const Clock &clock);
};

} // namespace tickerline
