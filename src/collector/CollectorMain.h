#pragma once

class QCoreApplication;

namespace tickerline {

// Runs the collector command given on the application's command line and
// returns the process exit code (2 for usage errors).
int runCollector(QCoreApplication &app);

} // namespace tickerline
