#include "Clock.h"
#include "Engine.h"
#include "FakeProviderServer.h"
#include "LogCapture.h"
#include "PostgresServer.h"
#include "Settings.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

using namespace tickerline;
using namespace tickerline::test;
using namespace Qt::StringLiterals;

namespace {

// Recognisable in any encoding that matters: plain, percent-encoded (no
// special characters), UTF-16 would still hold the ASCII bytes one apart.
const QString Key = u"fhKEY-leakcanary-7Q2xK9vw"_s;

constexpr int RecordSeconds = 3;

QByteArray tradesFrame()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return R"({"type":"trade","data":[{"p":129.58,"s":"AAPL","t":)" + QByteArray::number(now)
        + R"(,"v":1},{"p":241.07,"s":"MSFT","t":)" + QByteArray::number(now + 1) + R"(,"v":3}]})";
}

// A Finnhub look-alike: the trades socket answers every subscription with a
// trade frame; profile, metric and quote get small real-shaped answers.
void serveFinnhub(FakeProviderServer &server)
{
    server.setRoute(u"/api/v1/stock/profile2"_s,
                    FakeResponse::json(R"({"name":"Apple Inc","currency":"USD","exchange":"NASDAQ","ticker":"AAPL"})"));
    server.setRoute(u"/api/v1/stock/metric"_s,
                    FakeResponse::json(R"({"metric":{"52WeekHigh":199.62,"52WeekLow":124.17},"symbol":"AAPL"})"));
    server.setRoute(u"/api/v1/quote"_s, FakeResponse::json(R"({"c":129.6,"pc":128.5,"t":1672348887})"));
    QObject::connect(&server, &FakeProviderServer::messageReceived, &server,
                     [&server](const QString &) { server.sendText(QString::fromUtf8(tradesFrame())); });
}

// Every file of the database: main file, WAL and shared memory.
QByteArray databaseBytes(const QString &path)
{
    QByteArray all;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

bool holdsKey(const QByteArray &bytes)
{
    return bytes.contains(Key.toUtf8()) || bytes.contains(QByteArray::fromRawData(
                                               reinterpret_cast<const char *>(Key.utf16()), Key.size() * 2));
}

bool tokenWasSent(const FakeProviderServer &server)
{
    const QList<FakeRequest> requests = server.requests();
    return std::any_of(requests.cbegin(), requests.cend(), [](const FakeRequest &r) {
        return QUrlQuery(r.query).queryItemValue(u"token"_s) == Key;
    });
}

} // namespace

// An API key reaches the provider and nothing else: not the logs with every
// debug category on, not the settings file, not a byte of the database.
class TestSecretLeaks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void collectorRecordKeepsTheKeyOut();
    void engineKeepsTheKeyOutOfLogsSettingsAndDatabase();
    void collectorTakesThePasswordOutOfTheUrl_data();
    void collectorTakesThePasswordOutOfTheUrl();
};

void TestSecretLeaks::collectorRecordKeepsTheKeyOut()
{
    FakeProviderServer server;
    QVERIFY(server.listen());
    serveFinnhub(server);
    const TempFolder folder;
    const QString db = folder.path(u"ticks.sqlite"_s);

    QProcess collector;
    test::endWithThisProcess(collector);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FINNHUB_API_KEY"_s, Key);
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    env.insert(u"QT_MESSAGE_PATTERN"_s, u"[%{type}] %{category}: %{message}"_s);
    env.insert(u"QT_FORCE_STDERR_LOGGING"_s, u"1"_s);
    env.insert(u"HOME"_s, folder.path(u"home"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, folder.path(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, folder.path(u"data"_s));
    collector.setProcessEnvironment(env);
    QSignalSpy finished(&collector, &QProcess::finished);
    collector.start(QStringLiteral(COLLECTOR_PATH),
                    {u"record"_s, u"--provider"_s, u"finnhub"_s, u"--symbols"_s, u"AAPL,MSFT"_s, u"--endpoint"_s,
                     server.wsUrl().toString(), u"--duration"_s, QString::number(RecordSeconds), u"--database"_s, db});
    // The event loop runs meanwhile, so the fake server answers.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
    const QByteArray out = collector.readAllStandardOutput();
    const QByteArray err = collector.readAllStandardError();
    QCOMPARE(collector.exitStatus(), QProcess::NormalExit);
    QVERIFY2(collector.exitCode() == 0, err.right(2000).constData());

    QVERIFY2(tokenWasSent(server), "the collector never used the key: the test proves nothing");
    QVERIFY(server.webSocketConnections() >= 1);
    QVERIFY2(err.contains("[debug] "), "debug logging was not on");
    QVERIFY2(!holdsKey(out), "the key is on stdout");
    QVERIFY2(!holdsKey(err), "the key is in the log");

    const QByteArray stored = databaseBytes(db);
    QVERIFY(stored.size() > 4096);
    QVERIFY2(stored.contains("AAPL") && stored.contains("MSFT"), "no ticks were stored: the test proves nothing");
    QVERIFY2(!holdsKey(stored), "the key is in the database");

    // Nor in any file the collector left anywhere under its home.
    const QStringList leftovers = QDir(folder.path({})).entryList(QDir::Files | QDir::NoDotAndDotDot);
    for (const QString &name : leftovers) {
        QFile file(folder.path(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!holdsKey(file.readAll()), qPrintable(name));
    }
}

void TestSecretLeaks::engineKeepsTheKeyOutOfLogsSettingsAndDatabase()
{
    FakeProviderServer server;
    QVERIFY(server.listen());
    serveFinnhub(server);
    const TempFolder folder;
    const QString db = folder.path(u"ticks.sqlite"_s);
    const QString ini = folder.path(u"settings.ini"_s);

    const LogCapture log;   // every category, every level
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    {
        // What the app keeps in its settings about this feed.
        Settings settings(ini);
        settings.setValue(Settings::Key::Provider, u"finnhub"_s);
        settings.setSymbols({u"AAPL"_s, u"MSFT"_s});
        settings.sync();

        Engine engine(SystemClock::instance());
        QSignalSpy stored(&engine, &Engine::storeStatusChanged);
        EngineConfig config;
        config.feed.provider = settings.provider();
        config.feed.symbols = settings.symbols();
        config.feed.endpoint = server.wsUrl();
        config.feed.apiKey = Key;   // from the keychain, in the app
        config.databaseLocation = db;
        engine.start(config);
        QTRY_VERIFY_WITH_TIMEOUT(!stored.isEmpty()
                                     && stored.constLast().at(0).value<StoreStatus>().committedTicks >= 2,
                                 20'000);
        QSignalSpy stopped(&engine, &Engine::stopped);
        engine.stop();
        QTRY_COMPARE(stopped.size(), 1);
        settings.sync();
    }
    QVERIFY2(tokenWasSent(server), "the feed never used the key: the test proves nothing");
    QVERIFY(log.messages().size() > 5);
    QString logged = log.messageContaining(Key);
    QVERIFY2(logged.isEmpty(), qPrintable(u"logged: "_s + logged.replace(Key, u"<KEY>"_s)));

    QFile settingsFile(ini);
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray settingsBytes = settingsFile.readAll();
    QVERIFY(settingsBytes.contains("finnhub"));
    QVERIFY2(!holdsKey(settingsBytes), "the key is in the settings file");

    const QByteArray stored = databaseBytes(db);
    QVERIFY(stored.contains("AAPL"));
    QVERIFY2(!holdsKey(stored), "the key is in the database");
}

void TestSecretLeaks::collectorTakesThePasswordOutOfTheUrl_data()
{
    QTest::addColumn<bool>("rightPassword");
    QTest::newRow("right password: records") << true;
    QTest::newRow("wrong password: one line, why") << false;
}

// --database postgresql://user:secret@…: the collector warns once that
// PGPASSWORD is the place for it, uses it, and no other line shows it, with
// every debug category on; a refused one gives a single line saying where,
// as whom, the server's reason and what to try.
void TestSecretLeaks::collectorTakesThePasswordOutOfTheUrl()
{
    QFETCH(bool, rightPassword);
    if (test::PostgresServer::binDir().isEmpty())
        TICKERLINE_POSTGRES_MISSING();
    const QString password = u"pgPW-leakcanary-3Jd9"_s;
    const QString typed = rightPassword ? password : u"wrongPW-leakcanary-8Kq2"_s;
    test::PostgresServer server;
    server.requirePassword(password);
    QVERIFY2(server.start(), qPrintable(server.errorMessage()));
    QVERIFY2(server.createDatabase(u"leaks"_s), qPrintable(server.errorMessage()));
    const QString url = server.url(u"leaks"_s);
    const QString withPassword = QString(url).replace(u"tickerline@"_s, u"tickerline:%1@"_s.arg(typed));

    const TempFolder folder;
    QProcess collector;
    test::endWithThisProcess(collector);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"PGPASSWORD"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    env.insert(u"QT_FORCE_STDERR_LOGGING"_s, u"1"_s);
    env.insert(u"HOME"_s, folder.path(u"home"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, folder.path(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, folder.path(u"data"_s));
    collector.setProcessEnvironment(env);
    QSignalSpy finished(&collector, &QProcess::finished);
    collector.start(QStringLiteral(COLLECTOR_PATH),
                    {u"record"_s, u"--provider"_s, u"simulated"_s, u"--symbols"_s, u"AAPL"_s, u"--duration"_s, u"2"_s,
                     u"--database"_s, withPassword});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
    const QString err = QString::fromUtf8(collector.readAllStandardError());
    const QString out = QString::fromUtf8(collector.readAllStandardOutput());
    qInfo().noquote() << QString(err).replace(typed, u"<PASSWORD>"_s);
    QCOMPARE(collector.exitStatus(), QProcess::NormalExit);

    QVERIFY2(!out.contains(typed) && !err.contains(typed), "the password is in the collector's output");
    QVERIFY(!err.contains(QString::fromLatin1(QUrl::toPercentEncoding(typed))));
    const QStringList lines = err.split(u'\n', Qt::SkipEmptyParts);
    const auto warnings = std::count_if(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.contains(u"set PGPASSWORD instead"_s);
    });
    QCOMPARE(warnings, 1);
    if (rightPassword) {
        QVERIFY2(collector.exitCode() == 0, qPrintable(err.right(2000)));
        QVERIFY2(err.contains(u"recording into %1"_s.arg(url)), qPrintable(err.right(2000)));
        return;
    }
    QCOMPARE(collector.exitCode(), 1);
    const auto failures = std::count_if(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.contains(u"password authentication failed"_s);
    });
    QVERIFY2(failures == 1, qPrintable(err));
    const QString failure = *std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.contains(u"password authentication failed"_s);
    });
    QVERIFY2(failure.contains(u"cannot connect to 127.0.0.1:%1 as user “tickerline”"_s.arg(server.port())),
             qPrintable(failure));
    QVERIFY2(failure.contains(u"try: give the right password: PGPASSWORD"_s), qPrintable(failure));
    QVERIFY2(!err.contains(u"Unable to connect"_s), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestSecretLeaks)
#include "tst_secretleaks.moc"
