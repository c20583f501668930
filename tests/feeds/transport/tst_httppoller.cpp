#include "FakeProviderServer.h"
#include "HttpPoller.h"
#include "RequestBudget.h"

#include <Clock.h>

#include <QSignalSpy>
#include <QTest>

using namespace tickerline;
using namespace Qt::StringLiterals;
using tickerline::test::FakeProviderServer;
using tickerline::test::FakeResponse;

namespace {

// Waits for the reply of one request and returns it.
HttpReply replyFor(QSignalSpy &spy, quint64 id, int timeoutMs = 5000)
{
    const auto found = [&]() -> std::optional<HttpReply> {
        for (const QList<QVariant> &call : std::as_const(spy)) {
            if (call.at(0).value<quint64>() == id)
                return call.at(1).value<HttpReply>();
        }
        return std::nullopt;
    };
    if (!QTest::qWaitFor([&] { return found().has_value(); }, timeoutMs))
        qWarning("no reply for request %llu", id);
    return found().value_or(HttpReply{});
}

} // namespace

class TestHttpPoller : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void okBody();
    void rateLimited_data();
    void rateLimited();
    void rateLimitHoldsTheQueueBack();
    void httpErrorKeepsBody();
    void tricklingServerTripsTheDeadline();
    void refusesNonHttpUrls();
    void refusesRedirectToOtherSchemes();
    void followsRedirectsWithinLimit();
    void bodyLimit();
    void selfSignedTlsIsRefused();
    void userAgentOption();
    void errorsNeverShowTheKey();
    void budgetSpacesEvenly();
    void budgetDefersForRetryAfter();
    void pollerSpacesRequests();

private:
    std::unique_ptr<FakeProviderServer> m_server;
};

void TestHttpPoller::init()
{
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
}

void TestHttpPoller::okBody()
{
    m_server->setRoute(QStringLiteral("/quote"),
                       FakeResponse::json(R"({"c":261.74})").withHeader("X-Extra", "yes"));
    HttpPoller poller({}, SystemClock::instance());
    QSignalSpy spy(&poller, &HttpPoller::finished);
    const quint64 id = poller.get(QNetworkRequest(m_server->httpUrl(QStringLiteral("/quote?symbol=AAPL"))));
    const HttpReply reply = replyFor(spy, id);
    QCOMPARE(reply.error, HttpReply::Error::None);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArray(R"({"c":261.74})"));
    QCOMPARE(reply.header("x-extra"), QByteArray("yes"));
    QCOMPARE(m_server->requests(QStringLiteral("/quote")).first().query, QStringLiteral("symbol=AAPL"));
}

void TestHttpPoller::rateLimited_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("429 seconds") << 429 << QByteArray("2") << qint64(2000);
    QTest::newRow("503 seconds") << 503 << QByteArray("7") << qint64(7000);
    const QDateTime inTenSeconds = QDateTime::currentDateTimeUtc().addSecs(10);
    QTest::newRow("429 http-date") << 429
                                   << QLocale::c().toString(inTenSeconds, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'").toLatin1()
                                   << qint64(10'000);
}

void TestHttpPoller::rateLimited()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(qint64, expectedMs);
    m_server->setRoute(QStringLiteral("/quote"),
                       FakeResponse::json("Too Many Requests", status).withHeader("Retry-After", retryAfter));
    HttpPoller poller({}, SystemClock::instance());
    QSignalSpy spy(&poller, &HttpPoller::finished);
    const HttpReply reply = replyFor(spy, poller.get(QNetworkRequest(m_server->httpUrl(u"/quote"_s))));
    QCOMPARE(reply.error, HttpReply::Error::RateLimited);
    QCOMPARE(reply.status, status);
    QVERIFY(reply.retryAfterMs.has_value());
    // An HTTP-date has second resolution and the clock moved on a little.
    QVERIFY2(*reply.retryAfterMs <= expectedMs && *reply.retryAfterMs > expectedMs - 2000,
             qPrintable(QString::number(*reply.retryAfterMs)));
}

void TestHttpPoller::rateLimitHoldsTheQueueBack()
{
    m_server->setRoute(u"/quote"_s, FakeResponse::json("slow down", 429).withHeader("Retry-After", "30"));
    HttpPoller poller({}, SystemClock::instance());
    QSignalSpy spy(&poller, &HttpPoller::finished);
    const qint64 before = SystemClock::instance().nowMs();
    (void)replyFor(spy, poller.get(QNetworkRequest(m_server->httpUrl(u"/quote"_s))));
    (void)poller.get(QNetworkRequest(m_server->httpUrl(u"/quote"_s)));
    QCOMPARE(poller.queuedCount(), 1);
    QVERIFY(poller.nextSlotMs() >= before + 30'000);
    QCOMPARE(m_server->requests(u"/quote"_s).size(), 1);
}

void TestHttpPoller::httpErrorKeepsBody()
{
    m_server->setRoute(u"/v8/finance/chart/NOPE"_s,
                       FakeResponse::json(R"({"chart":{"result":null,"error":{"code":"Not Found"}}})", 404));
    HttpPoller poller({}, SystemClock::instance());
    QSignalSpy spy(&poller, &HttpPoller::finished);
    const HttpReply reply =
        replyFor(spy, poller.get(QNetworkRequest(m_server->httpUrl(u"/v8/finance/chart/NOPE"_s))));
    QCOMPARE(reply.error, HttpReply::Error::Http);
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.body.contains("Not Found"));
}

void TestHttpPoller::tricklingServerTripsTheDeadline()
{
    FakeResponse slowloris = FakeResponse::json(QByteArray(200, 'x'));
    slowloris.trickleIntervalMs = 20;   // 4 s for the whole body, each byte well inside any inactivity timeout
    m_server->setRoute(u"/slow"_s, slowloris);
    HttpPollerOptions options;
    options.deadlineMs = 300;
    HttpPoller poller(options, SystemClock::instance());
    QSignalSpy spy(&poller, &HttpPoller::finished);
    const HttpReply reply = replyFor(spy, poller.get(QNetworkRequest(m_server->httpUrl(u"/slow"_s))));
    QCOMPARE(reply.error, HttpReply::Error::Timeout);
    QVERIFY(reply.message.contains(u"/slow"));
    QCOMPARE(poller.inFlightCount(), 0);
}

void TestHttpPoller::refusesNonHttpUrls()
{
    HttpPoller poller({}, SystemClock::instance());
    QSignalSpy spy(&poller, &HttpPoller::finished);
    const quint64 id = poller.get(QNetworkRequest(QUrl(u"file:///etc/passwd"_s)));
    QCOMPARE(spy.size(), 0);   // always reported later, after the caller has its id
    const HttpReply reply = replyFor(spy, id);
    QCOMPARE(reply.error, HttpReply::Error::Network);
    QVERIFY(reply.message.contains(u"http"));
}

void TestHttpPoller::refusesRedirectToOtherSchemes()
{
    m_server->setRoute(u"/moved"_s, FakeResponse::json({}, 302).withHeader("Location", "file:///etc/passwd"));
    HttpPoller poller({}, SystemClock::instance());
    QSignalSpy spy(&poller, &HttpPoller::finished);
    const HttpReply reply = replyFor(spy, poller.get(QNetworkRequest(m_server->httpUrl(u"/moved"_s))));
    QCOMPARE(reply.error, HttpReply::Error::Network);
    QVERIFY(reply.body.isEmpty());
}

void TestHttpPoller::followsRedirectsWithinLimit()
{
    m_server->setRoute(u"/a"_s, FakeResponse::json({}, 302).withHeader("Location", "/b"));
    m_server->setRoute(u"/b"_s, FakeResponse::json({}, 302).withHeader("Location", "/c"));
    m_server->setRoute(u"/c"_s, FakeResponse::json("arrived"));
    HttpPollerOptions options;
    options.maxRedirects = 2;
    HttpPoller poller(options, SystemClock::instance());
    QSignalSpy spy(&poller, &HttpPoller::finished);
    QCOMPARE(replyFor(spy, poller.get(QNetworkRequest(m_server->httpUrl(u"/a"_s)))).body,
             QByteArray("arrived"));
    options.maxRedirects = 1;
    HttpPoller strict(options, SystemClock::instance());
    QSignalSpy strictSpy(&strict, &HttpPoller::finished);
    QCOMPARE(replyFor(strictSpy, strict.get(QNetworkRequest(m_server->httpUrl(u"/a"_s)))).error,
             HttpReply::Error::Network);
}

void TestHttpPoller::bodyLimit()
{
    m_server->setRoute(u"/huge"_s, FakeResponse::json(QByteArray(64 * 1024, 'x')));
    HttpPollerOptions options;
    options.maxBodyBytes = 1024;
    HttpPoller poller(options, SystemClock::instance());
    QSignalSpy spy(&poller, &HttpPoller::finished);
    const HttpReply reply = replyFor(spy, poller.get(QNetworkRequest(m_server->httpUrl(u"/huge"_s))));
    QCOMPARE(reply.error, HttpReply::Error::Network);
    QVERIFY(reply.body.isEmpty());
}

void TestHttpPoller::selfSignedTlsIsRefused()
{
    QVERIFY(m_server->listenTls());
    m_server->setRoute(u"/quote"_s, FakeResponse::json("secret quote"));
    HttpPoller poller({}, SystemClock::instance());
    QSignalSpy spy(&poller, &HttpPoller::finished);
    const HttpReply reply = replyFor(spy, poller.get(QNetworkRequest(m_server->httpsUrl(u"/quote"_s))));
    QCOMPARE(reply.error, HttpReply::Error::Tls);
    QVERIFY(reply.body.isEmpty());
    QVERIFY(m_server->requests().isEmpty());
}

void TestHttpPoller::userAgentOption()
{
    m_server->setRoute(u"/ua"_s, FakeResponse::json("{}"));
    HttpPollerOptions options;
    options.userAgent = HttpPoller::BrowserUserAgent;
    HttpPoller poller(options, SystemClock::instance());
    QSignalSpy spy(&poller, &HttpPoller::finished);
    (void)replyFor(spy, poller.get(QNetworkRequest(m_server->httpUrl(u"/ua"_s))));
    QNetworkRequest own(m_server->httpUrl(u"/ua"_s));
    own.setRawHeader("User-Agent", "tickerline-test");
    (void)replyFor(spy, poller.get(own));
    const auto requests = m_server->requests(u"/ua"_s);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).headers.value("user-agent"), QByteArray(HttpPoller::BrowserUserAgent));
    QCOMPARE(requests.at(1).headers.value("user-agent"), QByteArray("tickerline-test"));
}

void TestHttpPoller::errorsNeverShowTheKey()
{
    m_server->setRoute(u"/query"_s, FakeResponse::json("{}", 500));
    HttpPoller poller({}, SystemClock::instance());
    QSignalSpy spy(&poller, &HttpPoller::finished);
    const HttpReply http = replyFor(
        spy, poller.get(QNetworkRequest(m_server->httpUrl(u"/query?symbol=IBM&apikey=SUPERSECRET"_s))));
    QCOMPARE(http.error, HttpReply::Error::Http);
    QVERIFY(http.message.contains(u"apikey=***"));
    QVERIFY(!http.message.contains(u"SUPERSECRET"));

    // Nothing listens on port 1: a Qt error string, which embeds the URL.
    const HttpReply refused = replyFor(
        spy, poller.get(QNetworkRequest(QUrl(u"http://127.0.0.1:1/query?token=SUPERSECRET"_s))));
    QCOMPARE(refused.error, HttpReply::Error::Network);
    QVERIFY(!refused.message.isEmpty());
    QVERIFY2(!refused.message.contains(u"SUPERSECRET"), qPrintable(refused.message));
}

void TestHttpPoller::budgetSpacesEvenly()
{
    ManualClock clock(1'000'000);
    RequestBudget budget({5, 1000});
    QCOMPARE(budget.spacingMs(), 200);
    QList<qint64> sent;
    // Five requests wanted at the same instant go 200 ms apart, not in a burst.
    while (sent.size() < 5) {
        const qint64 slot = budget.nextSlotMs(clock.nowMs());
        clock.setNowMs(slot);
        budget.noteSent(slot);
        sent.append(slot);
    }
    QCOMPARE(sent, (QList<qint64>{1'000'000, 1'000'200, 1'000'400, 1'000'600, 1'000'800}));
    // A day's 25 requests: one every 57.6 minutes.
    QCOMPARE(RequestBudget({25, 86'400'000}).spacingMs(), 3'456'000);
    // Never more than the allowance in any window, even when the division is not exact.
    QCOMPARE(RequestBudget({3, 1000}).spacingMs(), 334);
}

void TestHttpPoller::budgetDefersForRetryAfter()
{
    RequestBudget budget({60, 60'000});
    budget.noteSent(0);
    QCOMPARE(budget.nextSlotMs(0), 1000);
    budget.deferUntil(30'000);
    QCOMPARE(budget.nextSlotMs(500), 30'000);
    QCOMPARE(budget.nextSlotMs(40'000), 40'000);
}

void TestHttpPoller::pollerSpacesRequests()
{
    m_server->setRoute(u"/quote"_s, FakeResponse::json("{}"));
    HttpPollerOptions options;
    options.budget = BudgetPolicy{5, 1000};
    HttpPoller poller(options, SystemClock::instance());
    QSignalSpy spy(&poller, &HttpPoller::finished);
    for (int i = 0; i < 5; ++i)
        (void)poller.get(QNetworkRequest(m_server->httpUrl(u"/quote"_s)));
    QCOMPARE(poller.queuedCount(), 4);   // one left at once, the rest wait for their slots
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 5, 5000);
    const auto requests = m_server->requests(u"/quote"_s);
    QCOMPARE(requests.size(), 5);
    // Slots are 200 ms apart on the client; arrival times carry loopback and
    // scheduling jitter, so the bounds are loose, yet a burst would land within
    // a few milliseconds.
    for (qsizetype i = 1; i < requests.size(); ++i) {
        const qint64 gap = requests.at(i).receivedMs - requests.at(i - 1).receivedMs;
        QVERIFY2(gap >= 100, qPrintable(QStringLiteral("gap %1 ms between requests %2 and %3").arg(gap).arg(i - 1).arg(i)));
    }
    QVERIFY(requests.last().receivedMs - requests.first().receivedMs >= 700);
}

QTEST_GUILESS_MAIN(TestHttpPoller)
#include "tst_httppoller.moc"
