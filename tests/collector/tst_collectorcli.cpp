#include "FakeProviderServer.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <csignal>

using namespace tickerline;

class TestCollectorCli final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList &arguments, int timeoutMs = 60'000)
    {
        QProcess process;
        process.start(QStringLiteral(COLLECTOR_PATH), arguments);
        Run result;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
        }
        result.exitCode = process.exitCode();
        result.status = process.exitStatus();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

private Q_SLOTS:
    void recordThenExportGivesBothSymbols()
    {
        test::TempFolder folder;
        const QString db = folder.path(QStringLiteral("t.db"));
        const Run record = run({QStringLiteral("record"), QStringLiteral("--provider"), QStringLiteral("simulated"),
                                QStringLiteral("--symbols"), QStringLiteral("AAPL,MSFT"), QStringLiteral("--duration"),
                                QStringLiteral("2"), QStringLiteral("--database"), db});
        QCOMPARE(record.status, QProcess::NormalExit);
        QVERIFY2(record.exitCode == 0, record.err.constData());

        const Run exported = run({QStringLiteral("export"), QStringLiteral("--database"), db,
                                  QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const QList<QByteArray> lines = exported.out.trimmed().split('\n');
        QCOMPARE(lines.constFirst(), QByteArray("symbol,time,price,volume"));
        // About 20 ticks/s per symbol for 2 s: far more than 40 rows.
        QVERIFY2(lines.size() > 41, QByteArray::number(lines.size()).constData());
        const QRegularExpression row(QStringLiteral(
            R"(^(AAPL|MSFT),\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z,[0-9.e+-]+,[0-9.e+-]+$)"));
        QSet<QString> symbols;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString line = QString::fromUtf8(lines.at(i));
            const auto match = row.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            symbols.insert(match.captured(1));
            QVERIFY(line.section(u',', 2, 2).toDouble() > 0);
        }
        QCOMPARE(symbols, (QSet<QString>{QStringLiteral("AAPL"), QStringLiteral("MSFT")}));

        const Run onlyMsft = run({QStringLiteral("export"), QStringLiteral("--database"), db,
                                  QStringLiteral("--symbols"), QStringLiteral("msft"), QStringLiteral("--format"),
                                  QStringLiteral("csv")});
        QCOMPARE(onlyMsft.exitCode, 0);
        QVERIFY(!onlyMsft.out.contains("AAPL,"));
        QVERIFY(onlyMsft.out.contains("MSFT,"));
    }

#ifdef Q_OS_UNIX
    void sigtermCommitsAndExitsZero()
    {
        test::TempFolder folder;
        const QString db = folder.path(QStringLiteral("s.db"));
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QStringLiteral(COLLECTOR_PATH),
                      {QStringLiteral("record"), QStringLiteral("--provider"), QStringLiteral("simulated"),
                       QStringLiteral("--symbols"), QStringLiteral("NVDA"), QStringLiteral("--database"), db});
        QVERIFY(process.waitForStarted());
        const QStringList exportArguments{QStringLiteral("export"), QStringLiteral("--database"), db,
                                          QStringLiteral("--format"), QStringLiteral("csv")};
        // A reader may export while the collector records (WAL): wait until ticks are committed.
        qsizetype rowsWhileRecording = 0;
        QTRY_VERIFY_WITH_TIMEOUT((rowsWhileRecording = run(exportArguments).out.count('\n') - 1) > 0, 30'000);
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);

        QVERIFY(process.readAllStandardError().contains("stored "));
        const Run exported = run(exportArguments);
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(exported.out.count('\n') - 1 >= rowsWhileRecording);
    }
#endif

    void importRoundTripsAndAddsNothingTwice()
    {
        test::TempFolder folder;
        const QString recorded = folder.path(QStringLiteral("recorded.db"));
        const Run record = run({QStringLiteral("record"), QStringLiteral("--provider"), QStringLiteral("simulated"),
                                QStringLiteral("--symbols"), QStringLiteral("A,B"), QStringLiteral("--rate"),
                                QStringLiteral("500"), QStringLiteral("--duration"), QStringLiteral("1"),
                                QStringLiteral("--database"), recorded});
        QVERIFY2(record.exitCode == 0, record.err.constData());
        const auto exportOf = [](const QString &db) {
            return run({QStringLiteral("export"), QStringLiteral("--database"), db, QStringLiteral("--format"),
                        QStringLiteral("csv")});
        };
        const Run first = exportOf(recorded);
        QCOMPARE(first.exitCode, 0);
        QFile csv(folder.path(QStringLiteral("ticks.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(first.out);
        csv.close();

        const QString copy = folder.path(QStringLiteral("copy.db"));
        const QStringList importArguments{QStringLiteral("import"), QStringLiteral("--database"), copy, csv.fileName()};
        const Run imported = run(importArguments);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const qsizetype rows = first.out.count('\n') - 1;
        QVERIFY(rows > 100);
        QVERIFY2(imported.err.contains(QByteArray("imported " + QByteArray::number(rows) + " ticks")), imported.err.constData());
        QCOMPARE(exportOf(copy).out, first.out);

        const Run again = run(importArguments);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains(QByteArray("imported 0 ticks (" + QByteArray::number(rows) + " already stored")),
                 again.err.constData());
    }

    void importReportsBadRowsByLine()
    {
        test::TempFolder folder;
        QFile csv(folder.path(QStringLiteral("bad.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("symbol,time,price,volume\r\n"
                  "AAPL,2026-11-24T14:03:07Z,190.5,10\r\n"
                  "AAPL,2026-11-24T14:03:08Z,-1,10\r\n"
                  "MSFT,2026-11-24T14:03:09.250Z,410,1\r\n");
        csv.close();
        const QString db = folder.path(QStringLiteral("t.db"));

        const Run strict = run({QStringLiteral("import"), QStringLiteral("--database"), db, csv.fileName()});
        QCOMPARE(strict.exitCode, 1);
        QVERIFY2(strict.err.startsWith(QByteArray(csv.fileName().toUtf8() + ":3: bad price")), strict.err.constData());
        QVERIFY(strict.err.contains("nothing was imported"));

        const Run lenient = run({QStringLiteral("import"), QStringLiteral("--database"), db, csv.fileName(),
                                 QStringLiteral("--skip-bad-rows")});
        QCOMPARE(lenient.exitCode, 0);
        QVERIFY(lenient.err.contains(":3: bad price"));
        QVERIFY2(lenient.err.contains("imported 2 ticks (0 already stored, 1 bad rows skipped)"), lenient.err.constData());
    }

    // The DESIGN.md --endpoint contract end to end: a real provider adapter
    // against the loopback fixture, and the export holds exactly what it sent:
    // a repeat stored once, an unsubscribed symbol and a malformed frame not at
    // all. One row per streaming provider, in its own wire format.
    void recordsFromLoopbackEndpoint_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("frames");
        QTest::addColumn<QList<QByteArray>>("expected");

        const qint64 base = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000 - 60'000;
        // µs on the wire: the export keeps ms.
        const auto wireTime = [base](int n) {
            return QDateTime::fromMSecsSinceEpoch(base + n * 250, QTimeZone::utc())
                .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'917Z'"));
        };
        const auto row = [base](const char *symbol, int n, double price, double size) -> QByteArray {
            return QByteArray(symbol) + ','
                + QDateTime::fromMSecsSinceEpoch(base + n * 250, QTimeZone::utc())
                      .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
                      .toUtf8()
                + "Z," + QByteArray::number(price, 'g', QLocale::FloatingPointShortest) + ','
                + QByteArray::number(size, 'g', QLocale::FloatingPointShortest);
        };

        const auto ticker = [&wireTime](int sequence, const char *product, const char *price, const char *size) {
            return QStringLiteral(R"({"type":"ticker","sequence":%1,"product_id":"%2","price":"%3","time":"%4",)"
                                  R"("trade_id":%1,"last_size":"%5"})")
                .arg(sequence)
                .arg(QString::fromLatin1(product), QString::fromLatin1(price), wireTime(sequence),
                     QString::fromLatin1(size));
        };
        QTest::newRow("coinbase")
            << QStringLiteral("coinbase") << QStringLiteral("BTC-USD") << QStringLiteral("/")
            << QStringList{
                   QStringLiteral(R"({"type":"subscriptions","channels":[{"name":"ticker","product_ids":["BTC-USD"]}]})"),
                   ticker(1, "BTC-USD", "99727.43", "0.000028"),
                   ticker(2, "BTC-USD", "99727.5", "1.5"),
                   ticker(2, "BTC-USD", "99727.5", "1.5"),   // sent twice, stored once
                   ticker(3, "ETH-USD", "3801.2", "2"),      // never subscribed
                   ticker(4, "BTC-USD", "99726", "0.25"),
                   QStringLiteral("{not json"),
               }
            << QList<QByteArray>{"symbol,time,price,volume", row("BTC-USD", 1, 99727.43, 0.000028),
                                 row("BTC-USD", 2, 99727.5, 1.5), row("BTC-USD", 4, 99726, 0.25)};

        // Kraken v2: the user's REST spelling (XBTUSD) subscribes as BTC/USD and is stored as typed.
        const auto trade = [&wireTime](int id, int at, const char *pair, const char *price, const char *qty) {
            return QStringLiteral(R"({"symbol":"%1","side":"buy","price":%2,"qty":%3,"ord_type":"limit",)"
                                  R"("trade_id":%4,"timestamp":"%5"})")
                .arg(QString::fromLatin1(pair), QString::fromLatin1(price), QString::fromLatin1(qty))
                .arg(id)
                .arg(wireTime(at));
        };
        const auto trades = [](const char *type, const QStringList &data) {
            return QStringLiteral(R"({"channel":"trade","type":"%1","data":[%2]})")
                .arg(QString::fromLatin1(type), data.join(u','));
        };
        QTest::newRow("kraken")
            << QStringLiteral("kraken") << QStringLiteral("XBTUSD") << QStringLiteral("/v2")
            << QStringList{
                   QStringLiteral(R"({"channel":"status","data":[{"api_version":"v2","connection_id":1,)"
                                  R"("system":"online","version":"2.0.0"}],"type":"update"})"),
                   QStringLiteral(R"({"method":"subscribe","result":{"channel":"trade","snapshot":true,)"
                                  R"("symbol":"BTC/USD"},"success":true,"req_id":1})"),
                   trades("snapshot", {trade(1, 1, "BTC/USD", "99727.43", "0.000028"), trade(2, 2, "BTC/USD", "99727.5", "1.5")}),
                   trades("update", {trade(2, 2, "BTC/USD", "99727.5", "1.5")}),   // sent twice, stored once
                   trades("update", {trade(3, 3, "ETH/USD", "3801.2", "2")}),      // never subscribed
                   QStringLiteral(R"({"channel":"heartbeat"})"),
                   // Identical prints, two trade ids: two rows.
                   trades("update", {trade(4, 4, "BTC/USD", "99726", "0.25"), trade(5, 4, "BTC/USD", "99726", "0.25")}),
                   QStringLiteral("{not json"),
               }
            << QList<QByteArray>{"symbol,time,price,volume", row("XBTUSD", 1, 99727.43, 0.000028),
                                 row("XBTUSD", 2, 99727.5, 1.5), row("XBTUSD", 4, 99726, 0.25),
                                 row("XBTUSD", 4, 99726, 0.25)};

        // OKX: strings everywhere, ms times, the bare "pong" answering the client's "ping".
        const auto push = [base](int id, int at, const char *instrument, const char *price, const char *size) {
            return QStringLiteral(R"({"arg":{"channel":"trades","instId":"%1"},"data":[{"instId":"%1",)"
                                  R"("tradeId":"%2","px":"%3","sz":"%4","side":"sell","ts":"%5","count":"1"}]})")
                .arg(QString::fromLatin1(instrument))
                .arg(id)
                .arg(QString::fromLatin1(price), QString::fromLatin1(size))
                .arg(base + at * 250);
        };
        QTest::newRow("okx")
            << QStringLiteral("okx") << QStringLiteral("BTC-USDT") << QStringLiteral("/ws/v5/public")
            << QStringList{
                   QStringLiteral(R"({"event":"subscribe","arg":{"channel":"trades","instId":"BTC-USDT"},"connId":"a4d3ae55"})"),
                   push(1, 1, "BTC-USDT", "99727.43", "0.000028"),
                   push(2, 2, "BTC-USDT", "99727.5", "1.5"),
                   push(2, 2, "BTC-USDT", "99727.5", "1.5"),   // sent twice, stored once
                   push(3, 3, "ETH-USDT", "3801.2", "2"),      // never subscribed
                   QStringLiteral("pong"),
                   push(4, 4, "BTC-USDT", "99726", "0.25"),
                   push(5, 4, "BTC-USDT", "99726", "0.25"),    // an identical print, its own id
                   QStringLiteral("{not json"),
               }
            << QList<QByteArray>{"symbol,time,price,volume", row("BTC-USDT", 1, 99727.43, 0.000028),
                                 row("BTC-USDT", 2, 99727.5, 1.5), row("BTC-USDT", 4, 99726, 0.25),
                                 row("BTC-USDT", 4, 99726, 0.25)};

        // Bybit: string trade ids (hashed into sequences), ms times.
        const auto publicTrade = [base](const char *id, int at, const char *symbol, const char *price,
                                        const char *size) {
            return QStringLiteral(R"({"topic":"publicTrade.%1","type":"snapshot","ts":%2,"data":[{"T":%2,"s":"%1",)"
                                  R"("S":"Buy","v":"%3","p":"%4","i":"%5","BT":false}]})")
                .arg(QString::fromLatin1(symbol))
                .arg(base + at * 250)
                .arg(QString::fromLatin1(size), QString::fromLatin1(price), QString::fromLatin1(id));
        };
        QTest::newRow("bybit")
            << QStringLiteral("bybit") << QStringLiteral("BTCUSDT") << QStringLiteral("/v5/public/spot")
            << QStringList{
                   QStringLiteral(R"({"success":true,"ret_msg":"subscribe","conn_id":"c1","op":"subscribe"})"),
                   publicTrade("2290000000061666327", 1, "BTCUSDT", "99727.43", "0.000028"),
                   publicTrade("2290000000061666328", 2, "BTCUSDT", "99727.5", "1.5"),
                   publicTrade("2290000000061666328", 2, "BTCUSDT", "99727.5", "1.5"),   // sent twice, stored once
                   publicTrade("2290000000061666329", 3, "ETHUSDT", "3801.2", "2"),      // never subscribed
                   publicTrade("20f43950-d8dd-5b31-9112-a178eb6023af", 4, "BTCUSDT", "99726", "0.25"),
                   publicTrade("20f43950-d8dd-5b31-9112-a178eb6023b0", 4, "BTCUSDT", "99726", "0.25"),
                   QStringLiteral("{not json"),
               }
            << QList<QByteArray>{"symbol,time,price,volume", row("BTCUSDT", 1, 99727.43, 0.000028),
                                 row("BTCUSDT", 2, 99727.5, 1.5), row("BTCUSDT", 4, 99726, 0.25),
                                 row("BTCUSDT", 4, 99726, 0.25)};

        // Bitstamp: integer ids, µs times as strings, one channel per pair.
        const auto liveTrade = [base](int id, int at, const char *pair, const char *price, const char *amount) {
            return QStringLiteral(R"({"data":{"id":%1,"timestamp":"%2","amount":%3,"price":%4,"type":0,)"
                                  R"("microtimestamp":"%5"},"channel":"live_trades_%6","event":"trade"})")
                .arg(id)
                .arg((base + at * 250) / 1000)
                .arg(QString::fromLatin1(amount), QString::fromLatin1(price))
                .arg((base + at * 250) * 1000 + 917)   // µs: the export keeps ms
                .arg(QString::fromLatin1(pair));
        };
        QTest::newRow("bitstamp")
            << QStringLiteral("bitstamp") << QStringLiteral("BTC/USD") << QStringLiteral("/")
            << QStringList{
                   QStringLiteral(R"({"event":"bts:subscription_succeeded","channel":"live_trades_btcusd","data":{}})"),
                   liveTrade(1, 1, "btcusd", "99727.43", "0.000028"),
                   liveTrade(2, 2, "btcusd", "99727.5", "1.5"),
                   liveTrade(2, 2, "btcusd", "99727.5", "1.5"),   // sent twice, stored once
                   liveTrade(3, 3, "ethusd", "3801.2", "2"),      // never subscribed
                   liveTrade(4, 4, "btcusd", "99726", "0.25"),
                   liveTrade(5, 4, "btcusd", "99726", "0.25"),
                   QStringLiteral("{not json"),
               }
            << QList<QByteArray>{"symbol,time,price,volume", row("BTC/USD", 1, 99727.43, 0.000028),
                                 row("BTC/USD", 2, 99727.5, 1.5), row("BTC/USD", 4, 99726, 0.25),
                                 row("BTC/USD", 4, 99726, 0.25)};
    }

    void recordsFromLoopbackEndpoint()
    {
        QFETCH(QString, provider);
        QFETCH(QString, symbol);
        QFETCH(QString, path);
        QFETCH(QStringList, frames);
        QFETCH(QList<QByteArray>, expected);

        test::FakeProviderServer server;
        QVERIFY(server.listen());
        test::TempFolder folder;
        const QString db = folder.path(provider + QStringLiteral(".db"));
        QObject::connect(&server, &test::FakeProviderServer::messageReceived, &server,
                         [&server, &frames](const QString &message) {
                             if (message.contains(QStringLiteral("subscribe")))   // bts:subscribe too
                                 for (const QString &frame : frames)
                                     server.sendText(frame);
                         });
        QProcess record;
        test::endWithThisProcess(record);
        record.start(QStringLiteral(COLLECTOR_PATH),
                     {QStringLiteral("record"), QStringLiteral("--provider"), provider, QStringLiteral("--endpoint"),
                      server.wsUrl(path).toString(), QStringLiteral("--symbols"), symbol,
                      QStringLiteral("--duration"), QStringLiteral("2"), QStringLiteral("--database"), db});
        QTRY_VERIFY_WITH_TIMEOUT(record.state() == QProcess::NotRunning, 30'000);
        QVERIFY2(record.exitCode() == 0, record.readAllStandardError().constData());
        QCOMPARE(server.webSocketConnections(), 1);

        const Run exported = run({QStringLiteral("export"), QStringLiteral("--database"), db,
                                  QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(exported.out.trimmed().split('\n'), expected);
    }

    // --failover runs the same feed through the failover path: ticks stored
    // under the provider that sent them, and the exit after --duration.
    void recordsThroughFailover()
    {
        test::FakeProviderServer server;
        QVERIFY(server.listen());
        test::TempFolder folder;
        const QString db = folder.path(QStringLiteral("failover.db"));
        const QString time = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODateWithMs);
        QObject::connect(&server, &test::FakeProviderServer::messageReceived, &server, [&server, &time](const QString &message) {
            if (!message.contains(QStringLiteral("subscribe")))
                return;
            server.sendText(QStringLiteral(R"({"type":"subscriptions","channels":[{"name":"ticker","product_ids":["BTC-USD"]}]})"));
            server.sendText(QStringLiteral(R"({"type":"ticker","sequence":7,"product_id":"BTC-USD","price":"99727.43",)"
                                           R"("time":"%1","trade_id":7,"last_size":"0.5"})").arg(time));
        });
        QProcess record;
        test::endWithThisProcess(record);
        record.start(QStringLiteral(COLLECTOR_PATH),
                     {QStringLiteral("record"), QStringLiteral("--failover"), QStringLiteral("coinbase,kraken"),
                      QStringLiteral("--endpoint"), server.wsUrl(QStringLiteral("/")).toString(), QStringLiteral("--symbols"),
                      QStringLiteral("BTC-USD"), QStringLiteral("--duration"), QStringLiteral("2"),
                      QStringLiteral("--database"), db});
        QTRY_VERIFY_WITH_TIMEOUT(record.state() == QProcess::NotRunning, 30'000);
        QVERIFY2(record.exitCode() == 0, record.readAllStandardError().constData());

        QSqlDatabase peek = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("failover-peek"));
        peek.setDatabaseName(db);
        QVERIFY(peek.open());
        QSqlQuery query(peek);
        QVERIFY(query.exec(QStringLiteral("SELECT s.provider, t.price FROM ticks t JOIN series s ON s.id = t.series")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("coinbase"));
        QCOMPARE(query.value(1).toDouble(), 99727.43);
        QVERIFY(!query.next());
        query = QSqlQuery();
        peek.close();
        peek = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("failover-peek"));
    }

    void replayRecordsExactlyTheRecording()
    {
        test::TempFolder folder;
        QFile csv(folder.path(QStringLiteral("recording.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        const QByteArray rows = "AAPL,2026-11-24T14:03:07.123Z,190.5,10\n"
                                "MSFT,2026-11-24T14:03:07.500Z,410,1\n"
                                "AAPL,2026-11-24T14:03:08.001Z,190.25,2.5\n";
        csv.write("symbol,time,price,volume\n" + rows);
        csv.close();
        const QString db = folder.path(QStringLiteral("replayed.db"));
        const Run record = run({QStringLiteral("record"), QStringLiteral("--provider"), QStringLiteral("replay"),
                                QStringLiteral("--replay"), csv.fileName(), QStringLiteral("--speed"),
                                QStringLiteral("0"), QStringLiteral("--symbols"), QStringLiteral("AAPL"),
                                QStringLiteral("--duration"), QStringLiteral("1"), QStringLiteral("--database"), db});
        QVERIFY2(record.exitCode == 0, record.err.constData());
        QVERIFY2(record.err.contains("Replay finished"), record.err.constData());
        const Run exported = run({QStringLiteral("export"), QStringLiteral("--database"), db,
                                  QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(exported.out, QByteArray("symbol,time,price,volume\n"
                                          "AAPL,2026-11-24T14:03:07.123Z,190.5,10\n"
                                          "AAPL,2026-11-24T14:03:08.001Z,190.25,2.5\n"));
    }

    void providersListsStreamingAndGenericFeeds()
    {
        const Run providers = run({QStringLiteral("providers")});
        QCOMPARE(providers.exitCode, 0);
        for (const char *name : {"\ncoinbase\tWebSocket\tnone\t", "\nbinance\tWebSocket\tnone\t",
                                 "\nkraken\tWebSocket\tnone\t", "\nokx\tWebSocket\tnone\t",
                                 "\nbybit\tWebSocket\tnone\t", "\nbitstamp\tWebSocket\tnone\t",
                                 "\nwebsocket-json\tWebSocket\tnone\t", "\nsse\tSSE\tnone\t", "\nreplay\tfile\tnone\t"})
            QVERIFY2(providers.out.contains(name), name);
    }

    void helpDescribesFeedOptions()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--price-pointer", "--symbol-pointer", "--items-pointer", "--time-pointer",
                                   "--size-pointer", "--time-unit s|ms|us|iso", "--subscribe", "--replay FILE",
                                   "--speed"})
            QVERIFY2(help.out.contains(option), option);
    }

    void badFeedOptionsExitTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const auto s = [](const char *text) { return QString::fromLatin1(text); };
        const QStringList json{s("record"), s("--provider"), s("websocket-json"), s("--endpoint"),
                               s("ws://127.0.0.1:1/q"), s("--symbols"), s("A,B")};
        QTest::newRow("bad pointer") << json + QStringList{s("--price-pointer"), s("p"), s("--symbol-pointer"), s("/s")}
                                     << s("pointer");
        QTest::newRow("bad pointer escape")
            << json + QStringList{s("--price-pointer"), s("/p"), s("--symbol-pointer"), s("/s~3")} << s("/s~3");
        QTest::newRow("no price pointer") << json + QStringList{s("--symbol-pointer"), s("/s")} << s("--price-pointer");
        QTest::newRow("no symbol source") << json + QStringList{s("--price-pointer"), s("/p")} << s("symbol");
        QTest::newRow("bad time unit")
            << json + QStringList{s("--price-pointer"), s("/p"), s("--symbol-pointer"), s("/s"), s("--time-unit"), s("h")}
            << s("--time-unit");
        QTest::newRow("sse over ws")
            << QStringList{s("record"), s("--provider"), s("sse"), s("--endpoint"), s("ws://127.0.0.1:1/"),
                           s("--symbols"), s("A"), s("--price-pointer"), s("/p")}
            << s("http");
        QTest::newRow("pointer for coinbase")
            << QStringList{s("record"), s("--provider"), s("coinbase"), s("--symbols"), s("BTC-USD"),
                           s("--price-pointer"), s("/p")}
            << s("--price-pointer");
        QTest::newRow("replay without file")
            << QStringList{s("record"), s("--provider"), s("replay"), s("--symbols"), s("A")} << s("--replay");
        QTest::newRow("replay of missing file")
            << QStringList{s("record"), s("--provider"), s("replay"), s("--symbols"), s("A"), s("--replay"),
                           s("/nonexistent/recording.csv")}
            << s("--replay");
        QTest::newRow("negative speed")
            << QStringList{s("record"), s("--provider"), s("replay"), s("--symbols"), s("A"), s("--replay"),
                           s(COLLECTOR_PATH), s("--speed"), s("-1")}
            << s("--speed");
        QTest::newRow("speed for coinbase")
            << QStringList{s("record"), s("--provider"), s("coinbase"), s("--symbols"), s("BTC-USD"), s("--speed"),
                           s("2")}
            << s("--speed");
    }

    void badFeedOptionsExitTwoWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run result = run(arguments);
        QCOMPARE(result.status, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY2(QString::fromUtf8(result.err).contains(mentions), result.err.constData());
    }

    void providersListsSimulated()
    {
        const Run providers = run({QStringLiteral("providers")});
        QCOMPARE(providers.exitCode, 0);
        QVERIFY(providers.out.contains("simulated"));
    }

    void badArgumentsExitTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const auto s = [](const char *text) { return QString::fromLatin1(text); };
        QTest::newRow("no command") << QStringList{} << s("command");
        QTest::newRow("unknown command") << QStringList{s("recrod")} << s("recrod");
        QTest::newRow("unknown option") << QStringList{s("record"), s("--bogus")} << s("bogus");
        QTest::newRow("record without provider") << QStringList{s("record"), s("--symbols"), s("AAPL")} << s("--provider");
        QTest::newRow("unknown provider")
            << QStringList{s("record"), s("--provider"), s("nope"), s("--symbols"), s("AAPL")} << s("nope");
        QTest::newRow("record without symbols") << QStringList{s("record"), s("--provider"), s("simulated")}
                                                << s("--symbols");
        QTest::newRow("bad symbol")
            << QStringList{s("record"), s("--provider"), s("simulated"), s("--symbols"), s("AA PL")} << s("space");
        QTest::newRow("negative duration")
            << QStringList{s("record"), s("--provider"), s("simulated"), s("--symbols"), s("AAPL"), s("--duration"),
                           s("-3")}
            << s("--duration");
        QTest::newRow("bad endpoint")
            << QStringList{s("record"), s("--provider"), s("simulated"), s("--symbols"), s("AAPL"), s("--endpoint"),
                           s("ftp://x")}
            << s("--endpoint");
        QTest::newRow("export without database") << QStringList{s("export"), s("--format"), s("csv")} << s("--database");
        QTest::newRow("export bad format")
            << QStringList{s("export"), s("--database"), s("x.db"), s("--format"), s("xml")} << s("xml");
        QTest::newRow("export bad time")
            << QStringList{s("export"), s("--database"), s("x.db"), s("--format"), s("csv"), s("--from"),
                           s("yesterday")}
            << s("--from");
        QTest::newRow("providers with argument") << QStringList{s("providers"), s("extra")} << s("providers");
        QTest::newRow("import without database") << QStringList{s("import"), s("t.csv")} << s("--database");
        QTest::newRow("import without file") << QStringList{s("import"), s("--database"), s("x.db")} << s("CSV file");
        QTest::newRow("import two files")
            << QStringList{s("import"), s("--database"), s("x.db"), s("a.csv"), s("b.csv")} << s("b.csv");
        QTest::newRow("database url of another kind")
            << QStringList{s("import"), s("--database"), s("mysql://u:secret@h/db"), s("a.csv")} << s("postgresql://");
        QTest::newRow("postgresql url without database")
            << QStringList{s("export"), s("--database"), s("postgresql://u:secret@h"), s("--format"), s("csv")}
            << s("names no database");
        QTest::newRow("import unknown option")
            << QStringList{s("import"), s("--database"), s("x.db"), s("a.csv"), s("--skip")} << s("skip");
        // Failover ends in nothing, never silently in the simulated market; a choice is honoured or refused.
        QTest::newRow("failover into the simulated market")
            << QStringList{s("record"), s("--failover"), s("yahoo,simulated"), s("--symbols"), s("AAPL")}
            << s("simulated");
        QTest::newRow("failover to an unknown provider")
            << QStringList{s("record"), s("--failover"), s("yahoo,nope"), s("--symbols"), s("AAPL")} << s("nope");
        QTest::newRow("provider not leading the failover list")
            << QStringList{s("record"), s("--provider"), s("yahoo"), s("--failover"), s("alphavantage,yahoo"),
                           s("--symbols"), s("AAPL")}
            << s("disagree");
        QTest::newRow("failover without symbols") << QStringList{s("record"), s("--failover"), s("auto")}
                                                  << s("--symbols");
        QTest::newRow("ca for another provider")
            << QStringList{s("record"), s("--provider"), s("simulated"), s("--symbols"), s("AAPL"), s("--ca"), s("ca.pem")}
            << s("--ca is only for --provider tickerline");
        QTest::newRow("ca file missing")
            << QStringList{s("record"), s("--provider"), s("tickerline"), s("--symbols"), s("AAPL"), s("--ca"),
                           s("/no/such/ca.pem")}
            << s("--ca: ");
    }

    void badArgumentsExitTwoWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run result = run(arguments);
        QCOMPARE(result.status, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY2(QString::fromUtf8(result.err).contains(mentions), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void exportOfMissingDatabaseFails()
    {
        test::TempFolder folder;
        const QString missing = folder.path(QStringLiteral("missing.db"));
        const Run result = run({QStringLiteral("export"), QStringLiteral("--database"), missing,
                                QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(!result.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCollectorCli)
#include "tst_collectorcli.moc"
