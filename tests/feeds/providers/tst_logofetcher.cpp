#include "FakeProviderServer.h"
#include "ProviderFeedTesting.h"

#include <Clock.h>
#include <CoreMetaTypes.h>
#include <LogoFetcher.h>

#include <QTest>

using namespace tickerline;
using namespace Qt::StringLiterals;
using tickerline::test::FakeProviderServer;
using tickerline::test::FakeResponse;
using tickerline::test::LogCapture;

namespace {

constexpr qint64 DayMs = 86'400'000;
constexpr qint64 Start = 1'787'342'401'000;   // a Friday in 2026

FakeResponse image(QByteArray bytes, QByteArray mimeType = "image/png")
{
    return FakeResponse::json(std::move(bytes)).withHeader("Content-Type", std::move(mimeType));
}

InstrumentList logos(const QSignalSpy &spy)
{
    return test::joined<InstrumentList>(spy);
}

} // namespace

class TestLogoFetcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void fetchesOnceThenServesTheCache();
    void providerUrlBeatsTheSymbolService();
    void refusesLargeBodies();
    void takesExactlyTheLimit();
    void refusesNonHttpUrls_data();
    void refusesNonHttpUrls();
    void refusesNonImages();
    void refetchesAfterExpiry();
    void servesStaleOnError();

private:
    [[nodiscard]] LogoOptions options() const;
    [[nodiscard]] QUrl symbolUrl(const QString &symbol) const;

    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<test::TempFolder> m_folder;
    ManualClock m_clock{Start};
};

void TestLogoFetcher::initTestCase()
{
    registerCoreMetaTypes();
}

void TestLogoFetcher::init()
{
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
    m_folder = std::make_unique<test::TempFolder>();
    QVERIFY(m_folder->isValid());
    m_clock.setNowMs(Start);
}

LogoOptions TestLogoFetcher::options() const
{
    LogoOptions options;
    options.symbolBase = m_server->httpUrl(u"/logos/symbol"_s);
    options.cacheDir = m_folder->path(u"logos"_s);
    return options;
}

QUrl TestLogoFetcher::symbolUrl(const QString &symbol) const
{
    return m_server->httpUrl(u"/logos/symbol/"_s + symbol + u"?format=png&size=96"_s);
}

void TestLogoFetcher::fetchesOnceThenServesTheCache()
{
    m_server->setRoute(u"/logos/symbol/AAPL"_s, image("\x89PNG apple", "image/png; charset=binary"));
    {
        LogoFetcher fetcher(u"yahoo"_s, m_clock, options());
        QSignalSpy spy(&fetcher, &LogoFetcher::instrumentsArrived);
        fetcher.request(u"AAPL"_s);
        fetcher.request(u"AAPL"_s);   // on its way: not asked twice
        QTRY_COMPARE(spy.size(), 1);
        const Instrument logo = logos(spy).constFirst();
        QCOMPARE(logo.symbol, u"AAPL"_s);
        QCOMPARE(logo.provider, u"yahoo"_s);
        QCOMPARE(logo.logo, QByteArray("\x89PNG apple"));
        QCOMPARE(logo.logoMimeType, u"image/png"_s);
        QCOMPARE(logo.logoUrl, symbolUrl(u"AAPL"_s));
        QCOMPARE(m_server->requests(u"/logos/symbol/AAPL"_s).first().query, u"format=png&size=96"_s);
        fetcher.request(u"AAPL"_s);   // fresh: nothing to do
        QCOMPARE(spy.size(), 1);
    }
    // A restart: the disk cache answers at once, without the network.
    LogoFetcher fetcher(u"yahoo"_s, m_clock, options());
    QSignalSpy spy(&fetcher, &LogoFetcher::instrumentsArrived);
    fetcher.request(u"AAPL"_s);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(logos(spy).constFirst().logo, QByteArray("\x89PNG apple"));
    QCOMPARE(m_server->requests(u"/logos/symbol/AAPL"_s).size(), 1);
}

void TestLogoFetcher::providerUrlBeatsTheSymbolService()
{
    m_server->setRoute(u"/logos/symbol/AAPL"_s, image("generic"));
    m_server->setRoute(u"/provider/AAPL.svg"_s, image("<svg/>", "image/svg+xml"));
    LogoFetcher fetcher(u"finnhub"_s, m_clock, options());
    QSignalSpy spy(&fetcher, &LogoFetcher::instrumentsArrived);
    fetcher.request(u"AAPL"_s);
    QTRY_COMPARE(spy.size(), 1);
    const QUrl provided = m_server->httpUrl(u"/provider/AAPL.svg"_s);
    fetcher.request(u"AAPL"_s, provided);
    QTRY_COMPARE(spy.size(), 2);
    QCOMPARE(logos(spy).constLast().logo, QByteArray("<svg/>"));
    QCOMPARE(logos(spy).constLast().logoMimeType, u"image/svg+xml"_s);
    QCOMPARE(logos(spy).constLast().logoUrl, provided);
    // Without a URL the known one stands: no going back to the generic logo.
    fetcher.request(u"AAPL"_s);
    fetcher.request(u"AAPL"_s, provided);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(m_server->requests().size(), 2);
}

void TestLogoFetcher::refusesLargeBodies()
{
    m_server->setRoute(u"/logos/symbol/BIG"_s, image(QByteArray(1024 * 1024 + 1, 'x')));
    LogCapture log;
    LogoFetcher fetcher(u"yahoo"_s, m_clock, options());
    QSignalSpy spy(&fetcher, &LogoFetcher::instrumentsArrived);
    fetcher.request(u"BIG"_s);
    QTRY_VERIFY(log.contains(u"logo for BIG failed: Refused: body larger than 1048576 bytes"_s));
    QVERIFY(spy.isEmpty());
    QVERIFY(QDir(options().cacheDir).isEmpty());
}

void TestLogoFetcher::takesExactlyTheLimit()
{
    m_server->setRoute(u"/logos/symbol/MAX"_s, image(QByteArray(1024 * 1024, 'x')));
    LogoFetcher fetcher(u"yahoo"_s, m_clock, options());
    QSignalSpy spy(&fetcher, &LogoFetcher::instrumentsArrived);
    fetcher.request(u"MAX"_s);
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(logos(spy).constFirst().logo.size(), 1024 * 1024);
}

void TestLogoFetcher::refusesNonHttpUrls_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::newRow("file") << QUrl(u"file:///etc/passwd"_s);
    QTest::newRow("ftp") << QUrl(u"ftp://127.0.0.1/logo.png"_s);
    QTest::newRow("data") << QUrl(u"data:image/png;base64,iVBORw0KGgo="_s);
    QTest::newRow("no host") << QUrl(u"http:///logo.png"_s);
}

void TestLogoFetcher::refusesNonHttpUrls()
{
    QFETCH(QUrl, url);
    LogoFetcher fetcher(u"finnhub"_s, m_clock, options());
    QSignalSpy spy(&fetcher, &LogoFetcher::instrumentsArrived);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^finnhub logo for AAPL refused: only http and https"_s));
    fetcher.request(u"AAPL"_s, url);
    QVERIFY(spy.isEmpty());
    // Refused for good: asking again neither fetches nor warns.
    fetcher.request(u"AAPL"_s, url);
    QVERIFY(spy.isEmpty());
    QVERIFY(m_server->requests().isEmpty());
}

void TestLogoFetcher::refusesNonImages()
{
    m_server->setRoute(u"/logos/symbol/AAPL"_s, FakeResponse::json(R"({"error":"not found"})"));
    LogCapture log;
    LogoFetcher fetcher(u"yahoo"_s, m_clock, options());
    QSignalSpy spy(&fetcher, &LogoFetcher::instrumentsArrived);
    fetcher.request(u"AAPL"_s);
    QTRY_VERIFY(log.contains(u"logo for AAPL failed: not an image (application/json)"_s));
    QVERIFY(spy.isEmpty());
}

void TestLogoFetcher::refetchesAfterExpiry()
{
    m_server->setRoute(u"/logos/symbol/AAPL"_s, {image("old"), image("new")});
    LogoFetcher fetcher(u"yahoo"_s, m_clock, options());
    QSignalSpy spy(&fetcher, &LogoFetcher::instrumentsArrived);
    fetcher.request(u"AAPL"_s);
    QTRY_COMPARE(spy.size(), 1);
    m_clock.advanceMs(7 * DayMs - 1);
    fetcher.request(u"AAPL"_s);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(m_server->requests().size(), 1);
    m_clock.advanceMs(1);
    fetcher.request(u"AAPL"_s);
    QTRY_COMPARE(spy.size(), 2);
    QCOMPARE(logos(spy).constLast().logo, QByteArray("new"));
    QCOMPARE(m_server->requests().size(), 2);

    // The refetched logo went to the disk cache with its new time.
    LogoFetcher restarted(u"yahoo"_s, m_clock, options());
    QSignalSpy restartedSpy(&restarted, &LogoFetcher::instrumentsArrived);
    restarted.request(u"AAPL"_s);
    QCOMPARE(restartedSpy.size(), 1);
    QCOMPARE(logos(restartedSpy).constFirst().logo, QByteArray("new"));
}

void TestLogoFetcher::servesStaleOnError()
{
    m_server->setRoute(u"/logos/symbol/AAPL"_s, {image("cached"), FakeResponse::json("{}", 500)});
    {
        LogoFetcher fetcher(u"yahoo"_s, m_clock, options());
        QSignalSpy spy(&fetcher, &LogoFetcher::instrumentsArrived);
        fetcher.request(u"AAPL"_s);
        QTRY_COMPARE(spy.size(), 1);
    }
    m_clock.advanceMs(30 * DayMs);
    LogCapture log;
    LogoFetcher fetcher(u"yahoo"_s, m_clock, options());
    QSignalSpy spy(&fetcher, &LogoFetcher::instrumentsArrived);
    fetcher.request(u"AAPL"_s);
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(logos(spy).constFirst().logo, QByteArray("cached"));
    QVERIFY(log.contains(u"logo for AAPL failed: HTTP 500"_s));
    QCOMPARE(m_server->requests().size(), 2);
    // A failure is not retried on every request, only after a while.
    fetcher.request(u"AAPL"_s);
    QCOMPARE(m_server->requests().size(), 2);
}

QTEST_GUILESS_MAIN(TestLogoFetcher)
#include "tst_logofetcher.moc"
