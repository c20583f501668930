#include "ColdStartBench.h"

#include "BenchDatabase.h"
#include "BenchReport.h"
#include "BenchSupport.h"
#include "StoreBench.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <optional>

namespace tickerline::bench {

namespace {

constexpr qint64 MsPerDay = 86'400'000;

struct Start
{
    double windowPaintMs = std::nan("");   // from the spawn, as the bench saw the lines
    double chartMs = std::nan("");
    qint64 historyPoints = -1;
    int watchlistRows = -1;
};

QStringList databaseFiles(const QString &path)
{
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
}

// The chart shows the last ChartWindowDays: enough of them for the whole
// history database, however long ago it was made.
bool writeSettings(const QString &configHome, qint64 firstMs)
{
    const qint64 days = (QDateTime::currentMSecsSinceEpoch() - firstMs) / MsPerDay + 2;
    const QString dir = configHome + QStringLiteral("/Tickerline");
    QFile file(dir + QStringLiteral("/Tickerline.conf"));
    if (!QDir().mkpath(dir) || !file.open(QIODevice::WriteOnly))
        return false;
    file.write("[chart]\nwindowDays=" + QByteArray::number(std::clamp<qint64>(days, 7, 3650)) + '\n');
    return true;
}

std::optional<Start> startOnce(const QProcessEnvironment &environment, const QString &appPath,
                               const QString &database)
{
    QProcess app;
    app.setProcessEnvironment(environment);
    app.setProcessChannelMode(QProcess::SeparateChannels);
    Start start;
    double spawnMs = 0;
    QObject::connect(&app, &QProcess::readyReadStandardOutput, &app, [&] {
        while (app.canReadLine()) {
            const QList<QByteArray> words = app.readLine().trimmed().split(' ');
            if (words.value(0) == "first-paint-ms") {
                start.windowPaintMs = wallMs() - spawnMs;
            } else if (words.value(0) == "first-chart-ms" && words.size() == 6) {
                start.chartMs = wallMs() - spawnMs;
                start.historyPoints = words.at(3).toLongLong();
                start.watchlistRows = words.at(5).toInt();
            }
        }
    });
    spawnMs = wallMs();
    app.start(appPath, {QStringLiteral("--provider"), QStringLiteral("finnhub"), QStringLiteral("--symbols"),
                        QString::fromUtf16(BenchDatabase::Symbol), QStringLiteral("--database"), database});
    const bool exited = waitUntil([&app] { return app.state() == QProcess::NotRunning; }, 60'000);
    if (!exited) {
        app.kill();
        app.waitForFinished();
    }
    if (std::isnan(start.chartMs)) {
        std::printf("# cold start: no first-chart line (exit %d): %s\n", app.exitCode(),
                    app.readAllStandardError().left(400).constData());
        return std::nullopt;
    }
    return start;
}

} // namespace

void runColdStartBench(BenchReport &report, const BenchDatabase &database, const ColdStartPlan &plan)
{
    if (!QFileInfo::exists(plan.emptyDatabasePath) && !createTickerlineDatabase(plan.emptyDatabasePath)) {
        std::printf("# cold start: cannot make %s\n", qPrintable(plan.emptyDatabasePath));
        return;
    }
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    environment.insert(QStringLiteral("TICKERLINE_EXIT_AFTER_FIRST_CHART"), QStringLiteral("1"));
    environment.remove(QStringLiteral("FINNHUB_API_KEY"));
    if (!writeSettings(home.filePath(QStringLiteral("config")), database.firstMs))
        std::printf("# cold start: cannot write the settings; the chart window may miss the history\n");

    bool allDropped = plan.cacheDrop != CacheDropMode::None;
    bool allSystem = plan.cacheDrop != CacheDropMode::None;
    QString refused;
    double worstResident = 0.0;
    const auto coldStart = [&](const QString &path) {
        if (plan.cacheDrop != CacheDropMode::None) {
            const CacheDrop drop = dropFromPageCache(databaseFiles(path), plan.cacheDrop);
            allSystem = allSystem && drop.system;
            allDropped = allDropped && drop.residentFraction <= 0.01;
            worstResident = std::max(worstResident, drop.residentFraction);
            if (!drop.systemError.isEmpty())
                refused = drop.systemError;
        }
        return startOnce(environment, plan.appPath, path);
    };

    for (int i = 0; i < plan.runs; ++i) {
        // In turns, so that the machine's load falls on both alike.
        if (const std::optional<Start> full = coldStart(database.path)) {
            if (full->historyPoints <= 0)
                std::printf("# cold start: the chart showed no stored points of %s\n", qPrintable(database.path));
            std::printf("# cold start 10m: window painted %.0f ms, chart with %lld history points and %d watchlist"
                        " rows %.0f ms\n",
                        full->windowPaintMs, full->historyPoints, full->watchlistRows, full->chartMs);
            report.set("cold_start_ms_10m", full->chartMs);
            report.set("cold_start_window_paint_ms_10m", full->windowPaintMs);
            report.set("cold_start_history_points_10m", double(full->historyPoints));
        }
        if (const std::optional<Start> empty = coldStart(plan.emptyDatabasePath)) {
            std::printf("# cold start empty: window painted %.0f ms, chart %.0f ms\n", empty->windowPaintMs,
                        empty->chartMs);
            report.set("cold_start_ms_empty", empty->chartMs);
        }
    }
    report.set("cold_start_cache_dropped", allDropped ? 1.0 : 0.0);
    report.set("cold_start_cache_dropped_system", allSystem ? 1.0 : 0.0);
    QString how;
    switch (plan.cacheDrop) {
    case CacheDropMode::None:
        how = QStringLiteral("not dropped (--cache-drop none): the database files may be in the page cache");
        break;
    case CacheDropMode::System:
    case CacheDropMode::Files:
        how = allSystem ? QStringLiteral("sync + drop_caches before every spawn: the whole page cache, Qt's"
                                         " libraries included")
                        : QStringLiteral("posix_fadvise(DONTNEED) on the database files before every spawn;"
                                         " libraries stay cached")
                              + (refused.isEmpty() ? QString() : QStringLiteral(" (drop_caches: ") + refused
                                                                     + u')');
        how += QStringLiteral("; at most %1 % of the database pages were resident at a spawn (mincore)")
                   .arg(worstResident * 100.0, 0, 'f', 1);
        break;
    }
    report.note("cold_start_cache", how);
}

} // namespace tickerline::bench
