// tickerline-bench --quick --json ends with one JSON object holding every
// figure of issue #5 as a finite number, a ratio for every same-run
// comparison, and the goals judged on them; its cold start saw the stored
// history in the chart.
// Behaviour only: the figures of a quick run on a shared machine mean nothing.

#include "BenchKeys.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

class TestBenchSmoke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quickRunReportsEveryFigure();
};

void TestBenchSmoke::quickRunReportsEveryFigure()
{
    QTemporaryDir cache;
    QVERIFY(cache.isValid());
    QProcess bench;
    bench.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Per file: dropping the whole page cache would slow every test running beside this one.
    bench.start(QStringLiteral(TICKERLINE_BENCH_PATH),
                {QStringLiteral("--quick"), QStringLiteral("--json"), QStringLiteral("--cache-drop"),
                 QStringLiteral("files"), QStringLiteral("--database-dir"), cache.path()});
    QVERIFY(bench.waitForFinished(280'000));
    QCOMPARE(bench.exitStatus(), QProcess::NormalExit);
    QCOMPARE(bench.exitCode(), 0);

    const QList<QByteArray> lines = bench.readAllStandardOutput().trimmed().split('\n');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(lines.constLast(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isObject());
    const QJsonObject figures = document.object();
    for (const std::string_view key : tickerline::bench::MetricKeys) {
        const QString name = QString::fromLatin1(key.data(), qsizetype(key.size()));
        QVERIFY2(figures.contains(name), qPrintable(name));
        const QJsonValue value = figures.value(name);
        QVERIFY2(value.isDouble() && std::isfinite(value.toDouble()), qPrintable(name));
    }
    const QJsonObject ratios = figures.value(QStringLiteral("ratios")).toObject();
    for (const tickerline::bench::Comparison &comparison : tickerline::bench::Comparisons) {
        const QString name = QString::fromLatin1(comparison.figure.data(), qsizetype(comparison.figure.size()))
                             + u'/'
                             + QString::fromLatin1(comparison.baseline.data(), qsizetype(comparison.baseline.size()));
        const QJsonValue ratio = ratios.value(name).toObject().value(QStringLiteral("ratio"));
        QVERIFY2(ratio.isDouble() && std::isfinite(ratio.toDouble()), qPrintable(name));
    }
    // The figure is the time to a chart with the stored lines in it, not to an empty window.
    QVERIFY(figures.value(QStringLiteral("cold_start_history_points_10m")).toDouble() > 0);

    const QJsonObject goals = figures.value(QStringLiteral("goals")).toObject();
    QVERIFY(!goals.isEmpty());
    for (auto it = goals.constBegin(); it != goals.constEnd(); ++it) {
        const QJsonObject goal = it.value().toObject();
        QVERIFY2(goal.value(QStringLiteral("pass")).isBool(), qPrintable(it.key()));
    }
}

QTEST_GUILESS_MAIN(TestBenchSmoke)

#include "tst_benchsmoke.moc"
