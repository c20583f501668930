#include "TestSupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

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
