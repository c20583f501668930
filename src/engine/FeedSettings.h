#pragma once

#include "FeedConfig.h"

namespace tickerline {

class Settings;

// The feed the settings describe: provider, symbols, poll interval, simulated
// rate and history depth. The API key comes from the provider's environment
// variable (ProviderInfo::keyVariable), never from Settings.
[[nodiscard]] FeedConfig feedConfigFromSettings(const Settings &settings);

} // namespace tickerline
