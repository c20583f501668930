// tickerline-bench --quick --json ends with one JSON object holding every
// figure of issue #5 as a finite number, and the goals judged on them.
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
    bench.start(QStringLiteral(TICKERLINE_BENCH_PATH),
                {QStringLiteral("--quick"), QStringLiteral("--json"), QStringLiteral("--database-dir"), cache.path()});
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
    const QJsonObject goals = figures.value(QStringLiteral("goals")).toObject();
    QVERIFY(!goals.isEmpty());
    for (auto it = goals.constBegin(); it != goals.constEnd(); ++it) {
        const QJsonObject goal = it.value().toObject();
        QVERIFY2(goal.value(QStringLiteral("pass")).isBool(), qPrintable(it.key()));
    }
}

QTEST_GUILESS_MAIN(TestBenchSmoke)

#include "tst_benchsmoke.moc"
