#include "ColdStartBench.h"

#include "BenchDatabase.h"
#include "BenchReport.h"
#include "BenchSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

namespace tickerline::bench {

void runColdStartBench(BenchReport &report, const QString &appPath, const BenchDatabase &database, int runs)
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    environment.insert(QStringLiteral("TICKERLINE_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    environment.remove(QStringLiteral("FINNHUB_API_KEY"));

    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QProcess app;
        app.setProcessEnvironment(environment);
        app.setProcessChannelMode(QProcess::SeparateChannels);
        double paintedMs = std::nan("");
        QObject::connect(&app, &QProcess::readyReadStandardOutput, &app, [&] {
            while (app.canReadLine()) {
                if (app.readLine().startsWith("first-paint-ms"))
                    paintedMs = wallMs();
            }
        });
        const double start = wallMs();
        app.start(appPath, {QStringLiteral("--provider"), QStringLiteral("finnhub"), QStringLiteral("--symbols"),
                            QString::fromUtf16(BenchDatabase::Symbol), QStringLiteral("--database"), database.path});
        const bool exited = waitUntil([&app] { return app.state() == QProcess::NotRunning; }, 60'000);
        if (!exited) {
            app.kill();
            app.waitForFinished();
        }
        if (std::isnan(paintedMs)) {
            std::printf("# cold start: no first-paint line (exit %d): %s\n", app.exitCode(),
                        app.readAllStandardError().left(400).constData());
            continue;
        }
        samples.append(paintedMs - start);
    }
    report.set("cold_start_ms_10m", percentile(samples, 0.5));
}

} // namespace tickerline::bench
