// Publish with acknowledgement, end to end: `push --file` feeds a serving
// collector, which is SIGKILLed mid-stream and started again on the same port
// and database; push reconnects and re-sends whatever was not acknowledged.
// Afterwards the database holds every row of the file exactly once,
// identical prints included: at-least-once delivery into the store's
// exactly-once keys.

#include "ServeFixture.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>

#include <algorithm>
#include <tuple>

using namespace tickerline;
using namespace tickerline::test;

namespace {

using Row = std::tuple<QString, qint64, double, double>;

QList<Row> parseCsv(const QByteArray &text)
{
    QList<Row> rows;
    const QList<QByteArray> lines = text.trimmed().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines.at(i).trimmed().split(',');
        if (f.size() != 4)
            continue;
        rows.append({QString::fromUtf8(f.at(0)),
                     QDateTime::fromString(QString::fromUtf8(f.at(1)), Qt::ISODateWithMs).toMSecsSinceEpoch(),
                     f.at(2).toDouble(), f.at(3).toDouble()});
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

class TestServePublish final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTickOnceAcrossSigkillAndRestart()
    {
        TempFolder folder;
        const QString db = folder.path(QStringLiteral("pub.db"));
        const QString csv = folder.path(QStringLiteral("ticks.csv"));
        QByteArray text = "symbol,time,price,volume\n";
        const qint64 t0 = QDateTime(QDate(2026, 12, 1), QTime(14, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const char *symbols[] = {"A", "B", "C"};
        constexpr int kRows = 20'000;
        QByteArray previous;
        for (int i = 0; i < kRows; ++i) {
            // Every 40th row repeats the one before: an identical print, a separate trade.
            QByteArray row;
            if (i % 40 == 39) {
                row = previous;
            } else {
                const QString time = QDateTime::fromMSecsSinceEpoch(t0 + i / 4, QTimeZone::utc())
                                         .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
                row = QByteArray(symbols[i % 3]) + ',' + time.toUtf8() + ','
                      + QByteArray::number(100.0 + (i % 997) * 0.013, 'g', 17) + ',' + QByteArray::number(1 + i % 7);
            }
            text += row + '\n';
            previous = row;
        }
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        }

        ServeProcess serve;
        QVERIFY(serve.start({QStringLiteral("--database"), db}));
        const quint16 port = serve.port();
        QProcess push;
        endWithThisProcess(push);
        push.start(QStringLiteral(COLLECTOR_PATH),
                   {QStringLiteral("push"), QStringLiteral("--port"), QString::number(port), QStringLiteral("--file"), csv,
                    QStringLiteral("--batch"), QStringLiteral("10"), QStringLiteral("--delay"), QStringLiteral("0.002"),
                    QStringLiteral("--timeout"), QStringLiteral("60"), QStringLiteral("--verbose")});
        QByteArray pushOut;
        QTRY_VERIFY_WITH_TIMEOUT((pushOut += push.readAllStandardOutput()).count("ack ") >= 100, 60'000);
        serve.kill();   // SIGKILL: acknowledged batches were committed; the rest is lost in flight
        QVERIFY(push.state() == QProcess::Running);

        ServeProcess again;
        QVERIFY2(again.start({QStringLiteral("--database"), db}, port), qPrintable(again.stderrText()));
        QVERIFY(push.waitForFinished(120'000));
        const QByteArray pushErr = push.readAllStandardError();
        pushOut += push.readAllStandardOutput();
        QVERIFY2(push.exitCode() == 0, pushErr.constData());
        QVERIFY2(pushErr.contains("connection lost"), pushErr.constData());
        QCOMPARE(pushOut.count("ack "), kRows / 10);
        QVERIFY(again.stop());

        QProcess exporter;
        exporter.start(QStringLiteral(COLLECTOR_PATH),
                       {QStringLiteral("export"), QStringLiteral("--database"), db, QStringLiteral("--format"),
                        QStringLiteral("csv")});
        QVERIFY(exporter.waitForFinished(60'000));
        QCOMPARE(exporter.exitCode(), 0);
        const QList<Row> stored = parseCsv(exporter.readAllStandardOutput());
        const QList<Row> sent = parseCsv(text);
        QCOMPARE(sent.size(), qsizetype(kRows));
        QCOMPARE(stored.size(), sent.size());
        QVERIFY(stored == sent);
    }
};

QTEST_GUILESS_MAIN(TestServePublish)
#include "tst_servepublish.moc"
