#pragma once

#include "CollectorOptions.h"

namespace tickerline {

// `tickerline-collector push …` (arguments after the command name).
[[nodiscard]] CollectorCommand parsePush(const QStringList &arguments);

} // namespace tickerline
