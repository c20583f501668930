#pragma once

#include "FeedConfig.h"

namespace tickerline {

class Settings;

// The feed the settings describe: provider, symbols, poll interval, simulated
// rate and history depth. The API key comes from the provider's environment
// variable (ProviderInfo::keyVariable), never from Settings.
[[nodiscard]] FeedConfig feedConfigFromSettings(const Settings &settings);

// Where Settings send `provider`: the serving collector's URL for
// "tickerline", nothing (the provider's own URL) for the others. For a
// provider chosen over the settings' one (the command line).
[[nodiscard]] QUrl endpointFromSettings(const Settings &settings, const QString &provider);

} // namespace tickerline
