// The app as a client of a serving collector: the "tickerline" provider's
// feed against a real `tickerline-collector serve` on 127.0.0.1. Ticks are
// published into the server with their provider and keys and must come out
// of the feed unchanged; a server killed and started again on the same port
// and database is resumed from the last sequence (nothing missing, nothing
// twice); a wrong or missing token fails once, clearly; a refused symbol
// shows the server's reason; the status carries what the server's own feed
// does; wss:// with a self-signed certificate reads only once it is trusted.

#include "ServeFixture.h"

#include "Clock.h"
#include "Feed.h"
#include "FeedConfig.h"
#include "ProviderRegistry.h"
#include "ProviderSpec.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QSignalSpy>

#include <algorithm>

using namespace tickerline;
using namespace tickerline::test;

namespace {

constexpr qint64 T0 = 1'796'000'000'000;   // 2026-11-30

ProviderOptions quickReconnects()
{
    ProviderOptions options;
    options.webSocket.reconnect.backoff.baseMs = 200;
    options.webSocket.reconnect.backoff.capMs = 400;
    return options;
}

std::unique_ptr<Feed> makeFeed(const QUrl &url, const QStringList &symbols, const QString &token = {},
                               const QString &caFile = {})
{
    FeedConfig config;
    config.provider = QStringLiteral("tickerline");
    config.endpoint = url;
    config.symbols = symbols;
    config.apiKey = token;
    config.caCertificatesFile = caFile;
    return ProviderRegistry::create(config, SystemClock::instance(), quickReconnects());
}

bool everLive(const QSignalSpy &spy)
{
    return std::any_of(spy.cbegin(), spy.cend(), [](const QList<QVariant> &arguments) {
        return arguments.at(0).value<FeedStatus>().state == FeedState::Live;
    });
}

// Publishes ticks into the server as `push` would, and waits for the ack.
bool publish(const QUrl &url, const QString &id, const QString &provider, const QJsonArray &ticks)
{
    StreamClient client;
    client.open(url);
    if (!QTest::qWaitFor([&] { return client.has(QStringLiteral("welcome")); }, 10'000))
        return false;
    const QJsonObject message{{QStringLiteral("type"), QStringLiteral("publish")},
                              {QStringLiteral("id"), id},
                              {QStringLiteral("provider"), provider},
                              {QStringLiteral("ticks"), ticks}};
    client.send(QJsonDocument(message).toJson(QJsonDocument::Compact));
    return QTest::qWaitFor([&] { return client.has(QStringLiteral("ack"), id); }, 10'000);
}

QJsonObject trade(const char *symbol, qint64 time, double price, double size, qint64 tradeId)
{
    return {{QStringLiteral("symbol"), QLatin1String(symbol)}, {QStringLiteral("time"), time},
            {QStringLiteral("price"), price}, {QStringLiteral("size"), size}, {QStringLiteral("tradeId"), tradeId}};
}

TickBatch allTicks(const QSignalSpy &spy)
{
    TickBatch ticks;
    for (const QList<QVariant> &arguments : spy)
        ticks += arguments.at(0).value<TickBatch>();
    return ticks;
}

FeedStatus lastStatus(const QSignalSpy &spy)
{
    return spy.isEmpty() ? FeedStatus{} : spy.last().at(0).value<FeedStatus>();
}

bool isLive(const QSignalSpy &spy)
{
    return lastStatus(spy).state == FeedState::Live;
}

// What the client's status says of the server's own feed; none: nothing.
std::optional<UpstreamFeed> upstreamOf(const QSignalSpy &spy)
{
    return lastStatus(spy).upstream;
}

} // namespace

class TestServerClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<TickBatch>();
        qRegisterMetaType<FeedStatus>();
    }

    void ticksKeepTheirProviderAndKeys()
    {
        TempFolder folder;
        ServeProcess serve;
        QVERIFY(serve.start({QStringLiteral("--database"), folder.path(QStringLiteral("served.db")),
                             QStringLiteral("--symbols"), QStringLiteral("AAPL,MSFT")}));
        const auto feed = makeFeed(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(serve.port())), {QStringLiteral("AAPL")});
        QVERIFY(feed);
        QSignalSpy ticks(feed.get(), &Feed::ticksArrived);
        QSignalSpy status(feed.get(), &Feed::statusChanged);
        feed->start();
        QTRY_VERIFY_WITH_TIMEOUT(isLive(status), 10'000);

        // Two identical prints without a trade id (occurrence 0 and 1), one with; MSFT is not subscribed.
        QJsonObject print{{QStringLiteral("symbol"), QStringLiteral("AAPL")}, {QStringLiteral("time"), T0},
                          {QStringLiteral("price"), 201.25}, {QStringLiteral("size"), 3}};
        QJsonObject second = print;
        second.insert(QStringLiteral("occurrence"), 1);
        QVERIFY(publish(serve.url(), QStringLiteral("p1"), QStringLiteral("finnhub"),
                        {print, second, trade("AAPL", T0 + 1, 201.5, 7, 991), trade("MSFT", T0, 410.0, 1, 5)}));
        QTRY_COMPARE_WITH_TIMEOUT(allTicks(ticks).size(), 3, 10'000);
        const TickBatch got = allTicks(ticks);
        for (const Tick &tick : got) {
            QCOMPARE(tick.provider, QStringLiteral("finnhub"));
            QCOMPARE(tick.symbol, QStringLiteral("AAPL"));
        }
        QCOMPARE(got.at(0).occurrence, 0u);
        QCOMPARE(got.at(1).occurrence, 1u);
        QCOMPARE(got.at(0).sequence, -1);
        QCOMPARE(got.at(2).sequence, 991);
        QCOMPARE(got.at(2).price, 201.5);
        QCOMPARE(got.at(2).size, 7.0);
        feed->stop();
    }

    void resumesAfterTheServerComesBack()
    {
        TempFolder folder;
        const QString db = folder.path(QStringLiteral("served.db"));
        const QStringList arguments{QStringLiteral("--database"), db, QStringLiteral("--symbols"), QStringLiteral("AAPL")};
        ServeProcess serve;
        QVERIFY(serve.start(arguments));
        const quint16 port = serve.port();
        const auto feed = makeFeed(serve.url(), {QStringLiteral("AAPL")});
        QSignalSpy ticks(feed.get(), &Feed::ticksArrived);
        QSignalSpy status(feed.get(), &Feed::statusChanged);
        feed->start();
        QTRY_VERIFY_WITH_TIMEOUT(isLive(status), 10'000);
        QVERIFY(publish(serve.url(), QStringLiteral("a"), QStringLiteral("push"),
                        {trade("AAPL", T0, 100, 1, 1), trade("AAPL", T0 + 1, 101, 1, 2)}));
        QTRY_COMPARE_WITH_TIMEOUT(allTicks(ticks).size(), 2, 10'000);

        // Gone without a goodbye; back on the same port and database, where
        // ticks arrive before the feed is back: the resume must replay them.
        serve.kill();
        QTRY_VERIFY_WITH_TIMEOUT(!isLive(status), 10'000);
        ServeProcess again;
        QVERIFY(again.start(arguments, port));
        QVERIFY(publish(again.url(), QStringLiteral("b"), QStringLiteral("push"),
                        {trade("AAPL", T0 + 2, 102, 1, 3), trade("AAPL", T0 + 3, 103, 1, 4)}));
        QTRY_VERIFY_WITH_TIMEOUT(isLive(status), 10'000);
        QVERIFY(publish(again.url(), QStringLiteral("c"), QStringLiteral("push"), {trade("AAPL", T0 + 4, 104, 1, 5)}));
        QTRY_COMPARE_WITH_TIMEOUT(allTicks(ticks).size(), 5, 10'000);

        QList<qint64> ids;
        for (const Tick &tick : allTicks(ticks))
            ids.append(tick.sequence);
        QCOMPARE(ids, (QList<qint64>{1, 2, 3, 4, 5}));
        QVERIFY(lastStatus(status).reconnects >= 1);
        feed->stop();
    }

    void aWrongOrMissingTokenFailsOnce_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("wrong") << QStringLiteral("not-the-token-at-all");
        QTest::newRow("missing") << QString();
    }

    void aWrongOrMissingTokenFailsOnce()
    {
        QFETCH(QString, token);
        TempFolder folder;
        const QString tokenFile = folder.path(QStringLiteral("read.token"));
        QVERIFY(writeFile(tokenFile, "read-token-7f3a9c2e41\n"));
        ServeProcess serve;
        QVERIFY(serve.start({QStringLiteral("--database"), folder.path(QStringLiteral("served.db")), QStringLiteral("--symbols"),
                             QStringLiteral("AAPL"), QStringLiteral("--token-file"), tokenFile}));
        const auto feed = makeFeed(serve.url(), {QStringLiteral("AAPL")}, token);
        QSignalSpy status(feed.get(), &Feed::statusChanged);
        feed->start();
        QTRY_COMPARE_WITH_TIMEOUT(lastStatus(status).state, FeedState::Failed, 10'000);
        QVERIFY2(lastStatus(status).message.contains(QLatin1String("The server refused the token")),
                 qPrintable(lastStatus(status).message));
        // No retry storm: with 200 ms backoff, a retrying feed would be connecting again within this window.
        QTest::qWait(1500);
        const auto connecting = std::count_if(status.cbegin(), status.cend(), [](const QList<QVariant> &arguments) {
            return arguments.at(0).value<FeedStatus>().state == FeedState::Connecting;
        });
        QCOMPARE(connecting, 1);
        QCOMPARE(lastStatus(status).state, FeedState::Failed);
    }

    void theRightTokenReads()
    {
        TempFolder folder;
        const QString tokenFile = folder.path(QStringLiteral("read.token"));
        QVERIFY(writeFile(tokenFile, "read-token-7f3a9c2e41\n"));
        ServeProcess serve;
        QVERIFY(serve.start({QStringLiteral("--database"), folder.path(QStringLiteral("served.db")), QStringLiteral("--symbols"),
                             QStringLiteral("AAPL"), QStringLiteral("--token-file"), tokenFile}));
        const auto feed = makeFeed(serve.url(), {QStringLiteral("AAPL")}, QStringLiteral("read-token-7f3a9c2e41"));
        QSignalSpy status(feed.get(), &Feed::statusChanged);
        feed->start();
        QTRY_VERIFY_WITH_TIMEOUT(isLive(status), 10'000);
        QVERIFY(!serve.stderrText().contains(QLatin1String("read-token-7f3a9c2e41")));
        feed->stop();
    }

    // The client is Live while the server answers; its status says what the
    // server's own feed does, and forgets it when the server is gone.
    void statusSaysWhatTheServersFeedDoes()
    {
        TempFolder folder;
        ServeProcess serve;
        QVERIFY(serve.start({QStringLiteral("--database"), folder.path(QStringLiteral("served.db")), QStringLiteral("--provider"),
                             QStringLiteral("simulated"), QStringLiteral("--symbols"), QStringLiteral("AAPL")}));
        const auto feed = makeFeed(serve.url(), {QStringLiteral("AAPL")});
        QSignalSpy status(feed.get(), &Feed::statusChanged);
        feed->start();
        QTRY_VERIFY_WITH_TIMEOUT(upstreamOf(status) && upstreamOf(status)->state == FeedState::Live, 10'000);
        QCOMPARE(upstreamOf(status)->feed, QStringLiteral("simulated"));
        QVERIFY(isLive(status));
        QCOMPARE(upstreamFeedText(*upstreamOf(status)), QStringLiteral("server: Live, simulated"));

        serve.kill();
        QTRY_VERIFY_WITH_TIMEOUT(!isLive(status), 10'000);
        QVERIFY(!upstreamOf(status));
        feed->stop();
    }

    // A server whose source refuses it: the link to the server is fine, the
    // ticks still do not come, and the status says why.
    void aServerWhoseFeedIsDownSaysSo()
    {
        TempFolder folder;
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 refusing = closed.serverPort();
        closed.close();
        ServeProcess serve;
        QVERIFY(serve.start({QStringLiteral("--database"), folder.path(QStringLiteral("served.db")), QStringLiteral("--provider"),
                             QStringLiteral("websocket-json"), QStringLiteral("--endpoint"),
                             QStringLiteral("ws://127.0.0.1:%1").arg(refusing), QStringLiteral("--price-pointer"),
                             QStringLiteral("/p"), QStringLiteral("--symbols"), QStringLiteral("AAPL")}));
        const auto feed = makeFeed(serve.url(), {QStringLiteral("AAPL")});
        QSignalSpy status(feed.get(), &Feed::statusChanged);
        feed->start();
        QTRY_VERIFY_WITH_TIMEOUT(upstreamOf(status) && upstreamOf(status)->state == FeedState::BackingOff, 20'000);
        QCOMPARE(upstreamOf(status)->feed, QStringLiteral("websocket-json"));
        QVERIFY2(!upstreamOf(status)->message.isEmpty(), "the server's reason is missing");
        QVERIFY(isLive(status));
        const QString text = upstreamFeedText(*upstreamOf(status));
        QVERIFY2(text.startsWith(QStringLiteral("server: Backing off, websocket-json (")), qPrintable(text));
        feed->stop();
    }

    // wss:// to a server with a self-signed certificate: refused with the
    // certificate problem while only the system's CAs are trusted, read once
    // its certificate is given as a CA; verification is never switched off.
    void wssTrustsTheCaItIsGiven()
    {
        TempFolder folder;
        const QString certificate = folder.path(QStringLiteral("cert.pem"));
        const QString key = folder.path(QStringLiteral("key.pem"));
        QString problem;
        QVERIFY2(makeSelfSignedCertificate(certificate, key, &problem), qPrintable(problem));
        ServeProcess serve;
        QVERIFY(serve.start({QStringLiteral("--cert"), certificate, QStringLiteral("--key"), key, QStringLiteral("--database"),
                             folder.path(QStringLiteral("served.db")), QStringLiteral("--provider"), QStringLiteral("simulated"),
                             QStringLiteral("--symbols"), QStringLiteral("AAPL")}));
        QVERIFY2(serve.stderrText().contains(QLatin1String("serving on wss://")), qPrintable(serve.stderrText()));
        const QUrl url(QStringLiteral("wss://127.0.0.1:%1").arg(serve.port()));

        const auto untrusted = makeFeed(url, {QStringLiteral("AAPL")});
        QSignalSpy refused(untrusted.get(), &Feed::statusChanged);
        untrusted->start();
        QTRY_VERIFY_WITH_TIMEOUT(lastStatus(refused).state == FeedState::BackingOff, 10'000);
        QVERIFY2(lastStatus(refused).message.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
                 qPrintable(lastStatus(refused).message));
        untrusted->stop();
        QVERIFY(!everLive(refused));

        const auto trusted = makeFeed(url, {QStringLiteral("AAPL")}, {}, certificate);
        QSignalSpy status(trusted.get(), &Feed::statusChanged);
        QSignalSpy ticks(trusted.get(), &Feed::ticksArrived);
        trusted->start();
        QTRY_VERIFY_WITH_TIMEOUT(isLive(status) && !ticks.isEmpty(), 10'000);
        QCOMPARE(allTicks(ticks).constFirst().provider, QStringLiteral("simulated"));
        trusted->stop();

        // The collector as a follower: --ca on the command line, the server's feed in its log.
        const Run follower = runCollector({QStringLiteral("record"), QStringLiteral("--provider"), QStringLiteral("tickerline"),
                                           QStringLiteral("--endpoint"), url.toString(), QStringLiteral("--ca"), certificate,
                                           QStringLiteral("--symbols"), QStringLiteral("AAPL"), QStringLiteral("--database"),
                                           folder.path(QStringLiteral("follower.db")), QStringLiteral("--duration"),
                                           QStringLiteral("2")});
        QVERIFY2(follower.exitCode == 0, follower.err.constData());
        QVERIFY2(follower.err.contains("feed tickerline: server: Live, simulated"), follower.err.constData());

        // A CA file that holds no certificate is a setup mistake, said once.
        const QString notPem = folder.path(QStringLiteral("not-a-ca.pem"));
        QVERIFY(writeFile(notPem, "not a certificate\n"));
        const auto misconfigured = makeFeed(url, {QStringLiteral("AAPL")}, {}, notPem);
        QSignalSpy failed(misconfigured.get(), &Feed::statusChanged);
        misconfigured->start();
        QTRY_COMPARE_WITH_TIMEOUT(lastStatus(failed).state, FeedState::Failed, 10'000);
        QVERIFY2(lastStatus(failed).message.contains(QLatin1String("no PEM certificate")), qPrintable(lastStatus(failed).message));
    }

    void aRefusedSymbolShowsTheServersReason()
    {
        TempFolder folder;
        ServeProcess serve;
        QVERIFY(serve.start({QStringLiteral("--database"), folder.path(QStringLiteral("served.db")),
                             QStringLiteral("--symbols"), QStringLiteral("AAPL")}));
        const auto feed = makeFeed(serve.url(), {QStringLiteral("AAPL"), QStringLiteral("ZZZZ")});
        QSignalSpy status(feed.get(), &Feed::statusChanged);
        feed->start();
        QTRY_VERIFY_WITH_TIMEOUT(lastStatus(status).refusedSymbols.contains(QStringLiteral("ZZZZ")), 10'000);
        QVERIFY2(lastStatus(status).notice.contains(QLatin1String("unknown symbol")), qPrintable(lastStatus(status).notice));
        QCOMPARE(lastStatus(status).state, FeedState::Live);
        feed->stop();
    }
};

QTEST_GUILESS_MAIN(TestServerClient)
#include "tst_serverclient.moc"
