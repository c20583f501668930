#pragma once

#include "ProviderSpec.h"

#include <QList>
#include <QString>

#include <memory>

namespace tickerline {

class ProviderRegistry final
{
public:
    // Every provider there is, in the order the user is offered them.
    [[nodiscard]] static const QList<ProviderSpec> &specs();
    // The descriptive part of specs(), for code that only shows providers.
    [[nodiscard]] static QList<ProviderInfo> providers();
    // Case-insensitive; nullptr when unknown. The pointer stays valid.
    [[nodiscard]] static const ProviderSpec *find(const QString &name);
    // The key for headless use, from the provider's environment variable
    // (FINNHUB_API_KEY, …); empty when the provider needs none or it is unset.
    [[nodiscard]] static QString keyFromEnvironment(const QString &name);
    // nullptr when the provider is unknown.
    [[nodiscard]] static std::unique_ptr<Feed> create(const FeedConfig &config, const Clock &clock,
                                                      const ProviderOptions &options = {});
};

} // namespace tickerline
