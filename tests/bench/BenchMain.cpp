// tickerline-bench: the performance figures of issue #5, all measured in one
// run on one machine so that they can be read as ratios. Figures, never
// assertions: a human-readable line per figure, then (with --json) one JSON
// object on the last line with every figure and the goals.
//
//   tickerline-bench [--json] [--quick] [--only metric,…] [--database-dir DIR]

#include "BenchDatabase.h"
#include "BenchKeys.h"
#include "BenchReport.h"
#include "ChartBench.h"
#include "ColdStartBench.h"
#include "MetaTypes.h"
#include "ParseBench.h"
#include "PipelineBench.h"
#include "StoreBench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace tickerline;
using namespace tickerline::bench;

namespace {

struct Sizes
{
    double parseSeconds = 1.0;
    double pipelineSeconds = 5.0;   // the issue asks for ≥ 5 s sustained
    double latencySeconds = 5.0;
    int storeTicks = 1'000'000;
    int storeRuns = 3;
    int chartPoints = 1'000'000;
    int chartFrames = 100;
    qint64 historyTicks = 10'000'000;
    int historyFrames = 5;
    int coldStarts = 5;
};

Sizes quickSizes()
{
    Sizes s;
    s.parseSeconds = 0.2;
    s.pipelineSeconds = 1.0;
    s.latencySeconds = 1.0;
    s.storeTicks = 50'000;
    s.storeRuns = 1;
    s.chartPoints = 50'000;
    s.chartFrames = 20;
    s.historyTicks = 100'000;
    s.historyFrames = 2;
    s.coldStarts = 1;
    return s;
}

QStringList allMetricGroups()
{
    return {QStringLiteral("parse"), QStringLiteral("store"), QStringLiteral("pipeline"), QStringLiteral("latency"),
            QStringLiteral("chart"), QStringLiteral("history"), QStringLiteral("coldstart")};
}

// --only takes group names or metric keys; a key selects the group measuring it.
QString groupOf(const QString &name)
{
    if (allMetricGroups().contains(name))
        return name;
    if (name.startsWith(u"parse_"))
        return QStringLiteral("parse");
    if (name.startsWith(u"store_") || name.startsWith(u"disk_bytes_per_tick"))
        return QStringLiteral("store");
    if (name.startsWith(u"pipeline_"))
        return QStringLiteral("pipeline");
    if (name.startsWith(u"tick_to_model"))
        return QStringLiteral("latency");
    if (name == u"chart_frame_ms_p95_10m_history")
        return QStringLiteral("history");
    if (name.startsWith(u"chart_") || name == u"memory_bytes_per_tick")
        return QStringLiteral("chart");
    if (name.startsWith(u"cold_start"))
        return QStringLiteral("coldstart");
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    // Charts are rendered into images; no display is needed or used.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tickerline-bench"));
    registerMetaTypes();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tickerline performance figures (issue #5)."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("End with one JSON object on the last line."));
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("Small sizes: a smoke run, not figures."));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Measure only these (metric keys or groups: %1).")
                                      .arg(allMetricGroups().join(u", ")),
                                  QStringLiteral("A,B"));
    const QCommandLineOption databaseDir(
        QStringLiteral("database-dir"),
        QStringLiteral("Where the history database is made once and kept (default: the user cache folder)."),
        QStringLiteral("DIR"));
    parser.addOptions({json, quick, only, databaseDir});
    parser.process(app);

    const Sizes sizes = parser.isSet(quick) ? quickSizes() : Sizes{};
    QStringList groups = allMetricGroups();
    if (parser.isSet(only)) {
        groups.clear();
        for (const QString &name : parser.value(only).split(u',', Qt::SkipEmptyParts)) {
            const QString group = groupOf(name.trimmed());
            if (group.isEmpty()) {
                std::fprintf(stderr, "tickerline-bench: unknown metric \"%s\"\n", qPrintable(name));
                return 2;
            }
            groups.append(group);
        }
    }
    const QString cacheDir = parser.isSet(databaseDir)
                                 ? parser.value(databaseDir)
                                 : QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QTemporaryDir work;
    if (!work.isValid() || !QDir().mkpath(cacheDir)) {
        std::fprintf(stderr, "tickerline-bench: no working folder\n");
        return 1;
    }

    BenchReport report;
    if (groups.contains(u"parse"))
        runParseBench(report, sizes.parseSeconds);
    if (groups.contains(u"store"))
        runStoreBench(report, work.path(), sizes.storeTicks, sizes.storeRuns);
    if (groups.contains(u"pipeline"))
        runPipelineBench(report, work.path(), sizes.pipelineSeconds);
    if (groups.contains(u"latency"))
        runLatencyBench(report, work.path(), sizes.latencySeconds);
    if (groups.contains(u"chart"))
        runChartBench(report, sizes.chartPoints, sizes.chartFrames, cacheDir);
    if (groups.contains(u"history") || groups.contains(u"coldstart")) {
        const std::optional<BenchDatabase> database = BenchDatabase::prepare(cacheDir, sizes.historyTicks);
        if (!database) {
            std::fprintf(stderr, "tickerline-bench: cannot make the history database in %s\n", qPrintable(cacheDir));
        } else {
            if (groups.contains(u"history"))
                runHistoryChartBench(report, *database, sizes.historyFrames, cacheDir);
            if (groups.contains(u"coldstart"))
                runColdStartBench(report, QStringLiteral(TICKERLINE_APP_PATH), *database, sizes.coldStarts);
        }
    }
    if (parser.isSet(json))
        std::printf("%s\n", report.json().constData());
    return 0;
}
