// The collector against feeds that behave as real providers do: Finnhub
// frames carrying identical prints and a connection the server drops, Yahoo
// polled faster than it advises. The real executable in a QProcess, the
// server on loopback speaking the providers' formats, the result read back
// with the collector's own export.
#include "FakeProviderServer.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

struct Trade
{
    QString symbol;
    qint64 timeMs = 0;
    double price = 0.0;
    double size = 0.0;
};

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// How the export spells a trade: the key under which identical prints are counted.
QString exportKey(const Trade &trade)
{
    return trade.symbol + u','
        + QDateTime::fromMSecsSinceEpoch(trade.timeMs, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s)
        + u',' + number(trade.price) + u',' + number(trade.size);
}

QString finnhubFrame(const QList<Trade> &trades)
{
    QStringList items;
    for (const Trade &trade : trades)
        items.append(uR"({"s":"%1","p":%2,"t":%3,"v":%4,"c":["1","12"]})"_s.arg(
            trade.symbol, number(trade.price), QString::number(trade.timeMs), number(trade.size)));
    return uR"({"type":"trade","data":[%1]})"_s.arg(items.join(u','));
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCollector(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(COLLECTOR_PATH), arguments);
    Run result;
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QHash<QString, int> exportedCounts(const QString &database)
{
    const Run exported = runCollector({u"export"_s, u"--database"_s, database, u"--format"_s, u"csv"_s});
    QHash<QString, int> counts;
    const QList<QByteArray> lines = exported.out.trimmed().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i)
        ++counts[QString::fromUtf8(lines.at(i))];
    return counts;
}

} // namespace

class TestRealFeeds final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Issue #12 §1: 1,500 Finnhub trades, 15% of the frames carrying 2–4
    // identical prints (real, separate trades). The server drops the link
    // halfway and, on the new connection, repeats the last frame it sent
    // before the drop: every print is stored once, the repeat adds nothing.
    void finnhubIdenticalPrintsAllStoredAndARepeatAddsNothing()
    {
        QRandomGenerator random(20261206);
        const qint64 base = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000 - 600'000;
        QList<QList<Trade>> frames;
        QHash<QString, int> sent;
        int trades = 0;
        int framesWithIdentical = 0;
        for (int frame = 0; trades < 1500; ++frame) {
            QList<Trade> items;
            const qint64 time = base + frame * 7;
            const QString symbol = frame % 3 == 0 ? u"MSFT"_s : u"AAPL"_s;
            if (random.bounded(100) < 15) {
                ++framesWithIdentical;
                const Trade print{symbol, time, 190.0 + random.bounded(100) / 100.0, double(1 + random.bounded(5))};
                for (int n = 2 + int(random.bounded(3)); n > 0; --n)
                    items.append(print);
            } else {
                for (int n = 1 + int(random.bounded(4)); n > 0; --n)
                    items.append({symbol, time + n, 190.0 + random.bounded(100) / 100.0, double(1 + random.bounded(300))});
            }
            for (const Trade &trade : std::as_const(items))
                ++sent[exportKey(trade)];
            trades += int(items.size());
            frames.append(items);
        }
        QVERIFY(framesWithIdentical > frames.size() / 10);

        test::FakeProviderServer server;
        QVERIFY(server.listen());
        const qsizetype half = frames.size() / 2;
        int connection = 0;
        bool repeated = false;
        QObject::connect(&server, &test::FakeProviderServer::messageReceived, &server, [&](const QString &message) {
            if (!message.contains(u"\"subscribe\""_s) || !message.contains(u"AAPL"_s))
                return;
            if (++connection == 1) {
                for (qsizetype i = 0; i < half; ++i)
                    server.sendText(finnhubFrame(frames.at(i)));
                // As Finnhub does now and then: the link goes, trades keep happening.
                server.closeClients(QWebSocketProtocol::CloseCodeGoingAway, u"bye"_s);
            } else if (connection == 2) {
                server.sendText(finnhubFrame(frames.at(half - 1)));   // the last frame again
                repeated = true;
                for (qsizetype i = half; i < frames.size(); ++i)
                    server.sendText(finnhubFrame(frames.at(i)));
            }
        });

        test::TempFolder folder;
        const QString db = folder.path(u"finnhub.db"_s);
        QProcess record;
        test::endWithThisProcess(record);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"FINNHUB_API_KEY"_s, u"test-key"_s);
        record.setProcessEnvironment(environment);
        record.start(QStringLiteral(COLLECTOR_PATH),
                     {u"record"_s, u"--provider"_s, u"finnhub"_s, u"--endpoint"_s, server.wsUrl(u"/"_s).toString(),
                      u"--symbols"_s, u"AAPL,MSFT"_s, u"--duration"_s, u"5"_s, u"--database"_s, db});
        QTRY_VERIFY_WITH_TIMEOUT(repeated, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(record.state() == QProcess::NotRunning, 30'000);
        const QByteArray log = record.readAllStandardError();
        QVERIFY2(record.exitCode() == 0, log.constData());
        QCOMPARE(connection, 2);
        QVERIFY2(log.contains("reconnect 1"), log.constData());

        const QHash<QString, int> stored = exportedCounts(db);
        QStringList wrong;
        for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
            if (stored.value(it.key()) != it.value())
                wrong.append(u"%1: sent %2, stored %3"_s.arg(it.key()).arg(it.value()).arg(stored.value(it.key())));
        }
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            if (!sent.contains(it.key()))
                wrong.append(u"%1: never sent, stored %2"_s.arg(it.key()).arg(it.value()));
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 10).join(u'\n')));
        int storedTotal = 0;
        for (const int count : stored)
            storedTotal += count;
        QCOMPARE(storedTotal, trades);
    }

    // Issue #12 §2: --poll-interval 1 on Yahoo polls every second, and says
    // once what Yahoo advises instead of silently polling every 15 s.
    void yahooPollIntervalIsHonouredWithAnAdvisoryLine()
    {
        QFile chart(QStringLiteral(TICKERLINE_PROVIDER_DATA "/yahoo/chart_aapl_1m.json"));
        QVERIFY(chart.open(QIODevice::ReadOnly));
        test::FakeProviderServer server;
        QVERIFY(server.listen());
        server.setRoute(u"/v8/finance/chart/AAPL"_s, test::FakeResponse::json(chart.readAll()));
        test::TempFolder folder;
        // Started, not waited for: the server answers on this thread's event loop.
        QProcess record;
        test::endWithThisProcess(record);
        record.start(QStringLiteral(COLLECTOR_PATH),
                     {u"record"_s, u"--provider"_s, u"yahoo"_s, u"--endpoint"_s, server.httpUrl().toString(),
                      u"--symbols"_s, u"AAPL"_s, u"--poll-interval"_s, u"1"_s, u"--duration"_s, u"3.5"_s,
                      u"--database"_s, folder.path(u"yahoo.db"_s)});
        QTRY_VERIFY_WITH_TIMEOUT(record.state() == QProcess::NotRunning, 30'000);
        const QByteArray log = record.readAllStandardError();
        QVERIFY2(record.exitCode() == 0, log.constData());
        // Polls at 0, 1, 2 and 3 s; the old 15 s clamp allowed one.
        const qsizetype polls = server.requests(u"/v8/finance/chart/AAPL"_s).size();
        QVERIFY2(polls >= 3, qPrintable(u"%1 polls in 3.5 s"_s.arg(polls)));
        QVERIFY2(log.contains("polling every 1 s as asked; the provider advises at least 15 s"), log.constData());
        QCOMPARE(log.count("advises at least"), 1);
    }
};

QTEST_GUILESS_MAIN(TestRealFeeds)
#include "tst_realfeeds.moc"
