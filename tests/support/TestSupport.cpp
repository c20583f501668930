#include "TestSupport.h"

#include <QProcess>
#include <QtGlobal>

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

bool realPartsRequired()
{
    if (qEnvironmentVariableIsSet("TICKERLINE_REQUIRE_REAL_PARTS"))
        return qEnvironmentVariable("TICKERLINE_REQUIRE_REAL_PARTS") == QLatin1String("1");
    // GitHub Actions, GitLab CI and most others set CI=true.
    const QString ci = qEnvironmentVariable("CI").toLower();
    return ci == QLatin1String("true") || ci == QLatin1String("1");
}

} // namespace tickerline::test
