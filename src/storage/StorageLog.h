#pragma once

#include <QLoggingCategory>

namespace tickerline {

// tickerline.storage: the store's warnings (busy, full, lost connections)
// and notes (upgrades, retention passes).
Q_DECLARE_LOGGING_CATEGORY(lcStorage)

} // namespace tickerline
