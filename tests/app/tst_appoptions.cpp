// `tickerline`'s command line without starting the app: every bad argument is
// one line, and the choices land in the run's EngineConfig on top of Settings.
#include "AppOptions.h"
#include "Settings.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

AppCommand parse(const QStringList &options)
{
    return parseAppArguments(QStringList{u"tickerline"_s} + options);
}

QString errorOf(const AppCommand &command)
{
    const auto *error = std::get_if<AppUsageError>(&command);
    return error ? error->message : QString();
}

} // namespace

class TestAppOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badArgumentsGiveOneLine_data();
    void badArgumentsGiveOneLine();
    void helpAndVersionAreText();
    void readsEveryOption();
    void demoUsesTheSettingsWatchlistUnlessGiven();
    void serverUrlGoesWithTheTickerlineProvider();
    void postgresWithoutFeedIsAViewer();
    void startupLanguageIsReadAhead();
};

void TestAppOptions::initTestCase()
{
    QCoreApplication::setApplicationName(u"Tickerline"_s);
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
}

void TestAppOptions::badArgumentsGiveOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("start");
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"Unknown option"_s;
    QTest::newRow("positional") << QStringList{u"extra"_s} << u"unexpected argument \u201cextra\u201d."_s;
    QTest::newRow("bad symbol") << QStringList{u"--symbols"_s, u"AAPL,,?"_s} << u"--symbols: "_s;
    QTest::newRow("unknown provider") << QStringList{u"--provider"_s, u"nosuch"_s} << u"unknown provider \u201cnosuch\u201d"_s;
    QTest::newRow("demo and provider") << QStringList{u"--demo"_s, u"--provider"_s, u"finnhub"_s}
                                       << u"--demo uses the simulated market"_s;
    QTest::newRow("empty database") << QStringList{u"--database"_s, u" "_s} << u"--database needs a path or URL."_s;
    QTest::newRow("screenshot folder") << QStringList{u"--screenshot"_s, u"/no/such/folder/x.png"_s}
                                       << u"--screenshot: the folder of"_s;
    QTest::newRow("chart") << QStringList{u"--chart"_s, u"bars"_s} << u"--chart: \u201cbars\u201d is neither"_s;
    QTest::newRow("language") << QStringList{u"--language"_s, u"xx"_s} << u"unknown language \u201cxx\u201d"_s;
    QTest::newRow("clock") << QStringList{u"--clock"_s, u"Saturday"_s} << u"--clock: \u201cSaturday\u201d is not an ISO 8601 time"_s;
}

void TestAppOptions::badArgumentsGiveOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, start);
    const QString message = errorOf(parse(arguments));
    QVERIFY2(message.startsWith(start), qPrintable(message));
    QVERIFY(!message.contains(u'\n'));
}

void TestAppOptions::helpAndVersionAreText()
{
    const AppCommand help = parse({u"--help"_s});
    QVERIFY(std::holds_alternative<AppInfoText>(help));
    QVERIFY(std::get<AppInfoText>(help).text.contains(u"--screenshot"_s));
    const AppCommand version = parse({u"--version"_s});
    QCOMPARE(std::get<AppInfoText>(version).text, u"Tickerline 9.8.7\n"_s);
}

void TestAppOptions::readsEveryOption()
{
    const test::TempFolder folder;
    const QString shot = folder.path(u"shot.png"_s);
    const AppCommand command = parse({u"--symbols"_s, u"aapl,tsla"_s, u"--provider"_s, u"Simulated"_s,
                                      u"--database"_s, u"/tmp/x.sqlite"_s, u"--screenshot"_s, shot,
                                      u"--chart"_s, u"Candles"_s, u"--language"_s, u"system"_s,
                                      u"--clock"_s, u"2026-12-05T15:00:00Z"_s});
    QVERIFY2(std::holds_alternative<AppOptions>(command), qPrintable(errorOf(command)));
    const AppOptions &options = std::get<AppOptions>(command);
    QCOMPARE(options.symbols, std::optional(QStringList{u"AAPL"_s, u"TSLA"_s}));
    QCOMPARE(options.provider, std::optional(u"simulated"_s));
    QCOMPARE(options.database, std::optional(u"/tmp/x.sqlite"_s));
    QCOMPARE(options.screenshot, std::optional(shot));
    QCOMPARE(options.chart, std::optional(u"candles"_s));
    QCOMPARE(options.language, std::optional(QString()));
    QCOMPARE(options.clockStartMs, std::optional(QDateTime(QDate(2026, 12, 5), QTime(15, 0), QTimeZone::utc()).toMSecsSinceEpoch()));

    const test::TempFolder settingsFolder;
    Settings settings(settingsFolder.path(u"settings.ini"_s));
    const EngineConfig config = engineConfigFor(settings, options);
    QCOMPARE(config.feed.provider, u"simulated"_s);
    QCOMPARE(config.feed.symbols, (QStringList{u"AAPL"_s, u"TSLA"_s}));
    QCOMPARE(config.databaseLocation, u"/tmp/x.sqlite"_s);
    QVERIFY(config.withFeed);
    QVERIFY(!config.followStore);
}

void TestAppOptions::demoUsesTheSettingsWatchlistUnlessGiven()
{
    const test::TempFolder folder;
    Settings settings(folder.path(u"settings.ini"_s));
    settings.setSymbols({u"IBM"_s});
    settings.setValue(Settings::Key::Provider, u"finnhub"_s);
    const AppOptions demo = std::get<AppOptions>(parse({u"--demo"_s}));
    EngineConfig config = engineConfigFor(settings, demo);
    QCOMPARE(config.feed.provider, u"simulated"_s);
    // The same list as Settings → Tickers shows.
    QCOMPARE(config.feed.symbols, QStringList{u"IBM"_s});
    config = engineConfigFor(settings, std::get<AppOptions>(parse({u"--demo"_s, u"--symbols"_s, u"AAPL,MSFT"_s})));
    QCOMPARE(config.feed.symbols, (QStringList{u"AAPL"_s, u"MSFT"_s}));
    const AppOptions plain = std::get<AppOptions>(parse({}));
    config = engineConfigFor(settings, plain);
    QCOMPARE(config.feed.provider, u"finnhub"_s);
    QCOMPARE(config.feed.symbols, QStringList{u"IBM"_s});
}

// `--provider tickerline` over another provider in Settings connects to the
// server Settings name; another provider chosen over "tickerline" keeps its own URL.
void TestAppOptions::serverUrlGoesWithTheTickerlineProvider()
{
    const test::TempFolder folder;
    Settings settings(folder.path(u"settings.ini"_s));
    settings.setValue(Settings::Key::TickerlineServerUrl, u"ws://192.0.2.10:9001"_s);
    EngineConfig config = engineConfigFor(settings, std::get<AppOptions>(parse({u"--provider"_s, u"tickerline"_s})));
    QCOMPARE(config.feed.provider, u"tickerline"_s);
    QCOMPARE(config.feed.endpoint, QUrl(u"ws://192.0.2.10:9001"_s));

    settings.setValue(Settings::Key::Provider, u"tickerline"_s);
    QCOMPARE(engineConfigFor(settings, std::get<AppOptions>(parse({}))).feed.endpoint, QUrl(u"ws://192.0.2.10:9001"_s));
    config = engineConfigFor(settings, std::get<AppOptions>(parse({u"--provider"_s, u"finnhub"_s})));
    QCOMPARE(config.feed.provider, u"finnhub"_s);
    QVERIFY2(config.feed.endpoint.isEmpty(), qPrintable(config.feed.endpoint.toString()));
    QVERIFY(engineConfigFor(settings, std::get<AppOptions>(parse({u"--demo"_s}))).feed.endpoint.isEmpty());
}

void TestAppOptions::postgresWithoutFeedIsAViewer()
{
    const test::TempFolder folder;
    Settings settings(folder.path(u"settings.ini"_s));
    const QString url = u"postgresql://ann@db.example:5432/ticks"_s;
    EngineConfig config = engineConfigFor(settings, std::get<AppOptions>(parse({u"--database"_s, url})));
    QVERIFY(!config.withFeed);
    QVERIFY(config.followStore);
    config = engineConfigFor(settings, std::get<AppOptions>(parse({u"--database"_s, url, u"--demo"_s})));
    QVERIFY(config.withFeed);
    QVERIFY(!config.followStore);
}

void TestAppOptions::startupLanguageIsReadAhead()
{
    QCOMPARE(startupLanguage({u"tickerline"_s, u"--language"_s, u"DE"_s}, u"fr"_s), u"de"_s);
    QCOMPARE(startupLanguage({u"tickerline"_s, u"--language=system"_s}, u"fr"_s), QString());
    QCOMPARE(startupLanguage({u"tickerline"_s, u"--language"_s, u"xx"_s}, u"fr"_s), u"fr"_s);
    QCOMPARE(startupLanguage({u"tickerline"_s, u"--"_s, u"--language=de"_s}, u"fr"_s), u"fr"_s);
    QCOMPARE(startupLanguage({u"tickerline"_s}, u"es"_s), u"es"_s);
}

QTEST_MAIN(TestAppOptions)
#include "tst_appoptions.moc"
