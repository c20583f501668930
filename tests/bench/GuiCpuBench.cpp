#include "GuiCpuBench.h"

#include "BenchReport.h"
#include "BenchSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <unistd.h>

#include <cstdio>
#include <optional>

namespace tickerline::bench {

namespace {

// utime + stime of thread `tid` of process `pid`, in seconds.
std::optional<double> threadCpuSeconds(qint64 pid, qint64 tid)
{
    QFile file(QStringLiteral("/proc/%1/task/%2/stat").arg(pid).arg(tid));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray stat = file.readAll();
    // The name in parentheses may hold spaces: the fields start after its ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // Fields 14 and 15 of stat(5); the list starts at field 3.
    if (fields.size() < 13)
        return std::nullopt;
    const double ticks = fields.at(11).toDouble() + fields.at(12).toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
}

std::optional<double> measureOnce(const GuiCpuPlan &plan, bool chartShown)
{
    QTemporaryDir home;
    const QString config = home.filePath(QStringLiteral("config"));
    QDir().mkpath(config + QStringLiteral("/Tickerline"));
    if (!chartShown) {
        QFile conf(config + QStringLiteral("/Tickerline/Tickerline.conf"));
        if (!conf.open(QIODevice::WriteOnly))
            return std::nullopt;
        conf.write("[window]\nshowChart=false\n");
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());

    QProcess app;
    app.setProcessEnvironment(environment);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.setStandardOutputFile(QProcess::nullDevice());
    app.start(plan.appPath, {QStringLiteral("--demo")});
    if (!app.waitForStarted(10'000))
        return std::nullopt;
    const qint64 pid = app.processId();
    const auto ended = [&app] { return app.state() == QProcess::NotRunning; };
    // The bench's event loop turns while it waits, so the app's pipes drain.
    waitUntil(ended, plan.warmUpSeconds * 1000);
    const std::optional<double> before = threadCpuSeconds(pid, pid);
    const double startedMs = wallMs();
    waitUntil(ended, plan.seconds * 1000);
    const std::optional<double> after = threadCpuSeconds(pid, pid);
    const double elapsedS = (wallMs() - startedMs) / 1000.0;
    app.terminate();
    if (!app.waitForFinished(10'000)) {
        app.kill();
        app.waitForFinished();
    }
    if (!before || !after || elapsedS <= 0.0) {
        std::printf("# gui cpu: the app ended before the measurement did (exit %d)\n", app.exitCode());
        return std::nullopt;
    }
    return (*after - *before) / elapsedS * 100.0;
}

} // namespace

void runGuiCpuBench(BenchReport &report, const GuiCpuPlan &plan)
{
    // In turns, so that the machine's load falls on both alike.
    const std::optional<double> shown = measureOnce(plan, true);
    const std::optional<double> hidden = measureOnce(plan, false);
    if (shown) {
        std::printf("# gui cpu: %.1f %% of a core on the GUI thread over %d s, chart shown\n", *shown, plan.seconds);
        report.set("gui_cpu_percent_120tps", *shown);
    }
    if (hidden) {
        std::printf("# gui cpu: %.1f %% of a core on the GUI thread over %d s, chart hidden\n", *hidden,
                    plan.seconds);
        report.set("gui_cpu_percent_120tps_chart_hidden", *hidden);
    }
    report.note("gui_cpu",
                QStringLiteral("tickerline --demo offscreen, default window and watchlist (six symbols at 20 ticks/s "
                               "each); GUI thread utime+stime from /proc over %1 s after %2 s of start-up")
                    .arg(plan.seconds)
                    .arg(plan.warmUpSeconds));
}

} // namespace tickerline::bench
