#include "TestSupport.h"

#include <QProcess>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace tickerline::test {

TempFolder::TempFolder() = default;

void endWithThisProcess(QProcess &process)
{
#ifdef Q_OS_LINUX
    // Runs in the child between fork and exec: async-signal-safe calls only.
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#else
    Q_UNUSED(process);
#endif
}

} // namespace tickerline::test
