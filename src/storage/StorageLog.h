#pragma once

#include <QLoggingCategory>

namespace tickerline {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

} // namespace tickerline
