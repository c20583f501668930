// The must-show of issue 15 part 3: the primary provider answers quotes, then
// HTTP 429 with Retry-After, then dies; the symbol goes on from the secondary
// within one poll interval, the SQLite file holds no tick twice, and the
// symbol comes back to the primary once it recovers. Two real loopback
// servers speaking Yahoo's and Alpha Vantage's formats, the real engine.

#include "Clock.h"
#include "Engine.h"
#include "FakeProviderServer.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace tickerline;
using namespace Qt::StringLiterals;
using tickerline::test::FakeProviderServer;
using tickerline::test::FakeResponse;

namespace {

constexpr qint64 PollMs = 400;
const QString AaplPath = u"/v8/finance/chart/AAPL"_s;

// Real time moved to Wednesday 2 December 2026, 16:00 UTC (NYSE open), so
// that staleness and recovery follow the market's session whatever day the
// test runs; timers stay real.
class SessionClock final : public Clock
{
public:
    SessionClock()
        : m_offsetMs(QDateTime(QDate(2026, 12, 2), QTime(16, 0), Qt::UTC).toMSecsSinceEpoch()
                     - QDateTime::currentMSecsSinceEpoch())
    {
    }
    [[nodiscard]] qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }

private:
    qint64 m_offsetMs;
};

// Yahoo's v8 chart as PROVIDERS.md records it, one quote at timeS.
QByteArray yahooChart(qint64 timeS, double price)
{
    const QByteArray t = QByteArray::number(timeS);
    const QByteArray p = QByteArray::number(price, 'g', 17);
    return R"({"chart":{"result":[{"meta":{"currency":"USD","symbol":"AAPL","exchangeName":"NMS",)"
           R"("instrumentType":"EQUITY","regularMarketTime":)" + t + R"(,"gmtoffset":-18000,)"
           R"("exchangeTimezoneName":"America/New_York","regularMarketPrice":)" + p + R"(,)"
           R"("fiftyTwoWeekHigh":408.61,"fiftyTwoWeekLow":205.28,"regularMarketVolume":20849776,)"
           R"("longName":"Apple Inc.","shortName":"Apple","chartPreviousClose":340.67},)"
           R"("timestamp":[)" + t + R"(],"indicators":{"quote":[{"open":[)" + p + R"(],"high":[)" + p
        + R"(],"low":[)" + p + R"(],"close":[)" + p + R"(],"volume":[100]}]}}],"error":null}})";
}

// Alpha Vantage's GLOBAL_QUOTE; its time is the trading day's close, or now while that is ahead.
QByteArray alphaVantageQuote(double price, const QByteArray &tradingDay = "2026-12-02")
{
    const QByteArray p = QByteArray::number(price, 'f', 4);
    return R"({"Global Quote":{"01. symbol":"AAPL","02. open":")" + p + R"(","03. high":")" + p
        + R"(","04. low":")" + p + R"(","05. price":")" + p + R"(","06. volume":"1000",)"
          R"("07. latest trading day":")" + tradingDay + R"(","08. previous close":"340.6700",)"
          R"("09. change":"0.0000","10. change percent":"0.0000%"}})";
}

double lastPrice(const QSignalSpy &frames)
{
    for (qsizetype i = frames.size() - 1; i >= 0; --i) {
        const auto frame = frames.at(i).constFirst().value<Frame>();
        if (const auto it = frame.quotes.constFind(u"AAPL"_s); it != frame.quotes.cend())
            return it->last;
    }
    return 0.0;
}

bool anyNotice(const QSignalSpy &statuses, const QString &part)
{
    for (const QList<QVariant> &call : statuses) {
        if (call.constFirst().value<FeedStatus>().notice.contains(part))
            return true;
    }
    return false;
}

struct Row
{
    QString provider;
    qint64 timeMs = 0;
    double price = 0.0;
};

QList<Row> storedRows(const QString &path)
{
    QList<Row> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return rows;
        QSqlQuery query(db);
        query.prepare(u"SELECT s.provider, t.time_ms, t.price FROM ticks t JOIN series s ON s.id = t.series"
                      " WHERE s.symbol = ? ORDER BY t.time_ms"_s);
        query.addBindValue(u"AAPL"_s);
        query.exec();
        while (query.next())
            rows.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toDouble()});
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return rows;
}

EngineConfig failoverConfig(const QString &database, const FakeProviderServer &primary,
                            const FakeProviderServer &secondary, const QString &logos)
{
    EngineConfig config;
    config.databaseLocation = database;
    config.feed.provider = u"yahoo"_s;
    config.feed.symbols = {u"AAPL"_s};
    config.feed.endpoint = primary.httpUrl();
    config.feed.pollIntervalMs = PollMs;
    config.feed.staleTimeoutMs = 60'000;
    config.feed.failover.enabled = true;
    config.feed.failover.providers = {u"yahoo"_s, u"alphavantage"_s};
    config.feed.failover.apiKeys = {{u"alphavantage"_s, u"test-key"_s}};
    config.feed.failover.endpoints = {{u"alphavantage"_s, secondary.httpUrl()}};
    config.providerOptions.polling.backoff.baseMs = 20;
    config.providerOptions.polling.backoff.capMs = 50;
    config.providerOptions.polling.http.budget = BudgetPolicy{1000, 1000};   // instead of 25 a day
    config.providerOptions.advisedPollIntervalMs = 0;
    config.providerOptions.logos.cacheDir = logos;
    return config;
}

} // namespace

class TestFailover final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rateLimitedThenDeadPrimaryFailsOverAndComesBack();
    void aSecondaryBehindTheSeamIsNotShownBackwards();
};

void TestFailover::rateLimitedThenDeadPrimaryFailsOverAndComesBack()
{
    const SessionClock clock;
    test::TempFolder folder;
    FakeProviderServer primary;
    FakeProviderServer secondary;
    QVERIFY(primary.listen());
    QVERIFY(secondary.listen());
    const quint16 primaryPort = primary.port();
    const qint64 startS = clock.nowMs() / 1000 - 600;
    primary.setRoute(AaplPath, FakeResponse::json(yahooChart(startS, 100.5)));
    secondary.setRoute(u"/query"_s, FakeResponse::json(alphaVantageQuote(200.25)));

    const EngineConfig config =
        failoverConfig(folder.path(u"failover.sqlite"_s), primary, secondary, folder.path(u"logos"_s));

    Engine engine(clock);
    QSignalSpy frames(&engine, &Engine::frameReady);
    QSignalSpy statuses(&engine, &Engine::feedStatusChanged);
    engine.start(config);

    // The primary answers quotes.
    QTRY_COMPARE_WITH_TIMEOUT(lastPrice(frames), 100.5, 10'000);
    primary.setRoute(AaplPath, FakeResponse::json(yahooChart(startS + 1, 100.75)));
    QTRY_COMPARE_WITH_TIMEOUT(lastPrice(frames), 100.75, 10'000);
    QVERIFY(secondary.requests(u"/query"_s).isEmpty());   // a standby spends nothing

    // Then 429 with Retry-After, then it dies.
    const qsizetype before = primary.requests(AaplPath).size();
    primary.setRoute(AaplPath, FakeResponse::json("Too Many Requests", 429).withHeader("Retry-After", "1"));
    QTRY_VERIFY_WITH_TIMEOUT(primary.requests(AaplPath).size() > before, 10'000);
    primary.close();
    // The secondary carries on within one poll interval of the 429.
    QTRY_COMPARE_WITH_TIMEOUT(lastPrice(frames), 200.25, PollMs);
    QVERIFY(anyNotice(statuses, u"AAPL: yahoo \u2192 alphavantage: yahoo is rate-limited"_s));

    // The primary comes back, with a newer quote: the symbol returns to it.
    const qint64 backS = clock.nowMs() / 1000 + 30;
    primary.setRoute(AaplPath, FakeResponse::json(yahooChart(backS, 101.0)));
    QVERIFY(primary.listen(primaryPort));
    QTRY_COMPARE_WITH_TIMEOUT(lastPrice(frames), 101.0, 15'000);
    QVERIFY(anyNotice(statuses, u"AAPL: alphavantage \u2192 yahoo: yahoo has recovered"_s));

    QSignalSpy stopped(&engine, &Engine::stopped);
    engine.stop();
    QVERIFY(stopped.wait(10'000));

    // Each tick under the provider that sent it, once, in one stream.
    const QList<Row> rows = storedRows(config.databaseLocation);
    QList<double> yahooPrices;
    int alphaVantageRows = 0;
    for (const Row &row : rows) {
        if (row.provider == u"yahoo"_s) {
            yahooPrices.append(row.price);
        } else {
            QCOMPARE(row.provider, u"alphavantage"_s);
            QCOMPARE(row.price, 200.25);
            QVERIFY(row.timeMs > (startS + 1) * 1000 && row.timeMs < backS * 1000);
            ++alphaVantageRows;
        }
    }
    QCOMPARE(yahooPrices, (QList<double>{100.5, 100.75, 101.0}));
    QVERIFY(alphaVantageRows >= 1);
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY2(rows.at(i).timeMs > rows.at(i - 1).timeMs, "a tick doubled or out of order at the seam");
}

// A secondary whose quotes are older than the primary's last one (yesterday's
// close) is not shown going back in time; its first newer quote is.
void TestFailover::aSecondaryBehindTheSeamIsNotShownBackwards()
{
    const SessionClock clock;
    test::TempFolder folder;
    FakeProviderServer primary;
    FakeProviderServer secondary;
    QVERIFY(primary.listen());
    QVERIFY(secondary.listen());
    const qint64 lastS = clock.nowMs() / 1000 - 60;
    primary.setRoute(AaplPath, FakeResponse::json(yahooChart(lastS, 100.5)));
    secondary.setRoute(u"/query"_s, FakeResponse::json(alphaVantageQuote(150.0, "2026-12-01")));
    const EngineConfig config =
        failoverConfig(folder.path(u"seam.sqlite"_s), primary, secondary, folder.path(u"logos"_s));

    Engine engine(clock);
    QSignalSpy frames(&engine, &Engine::frameReady);
    engine.start(config);
    QTRY_COMPARE_WITH_TIMEOUT(lastPrice(frames), 100.5, 10'000);
    primary.setRoute(AaplPath, FakeResponse::json("Too Many Requests", 429).withHeader("Retry-After", "30"));
    const qsizetype quoted = secondary.requests(u"/query"_s).size();
    QTRY_VERIFY_WITH_TIMEOUT(secondary.requests(u"/query"_s).size() >= quoted + 2, 10'000);   // polled, and again

    secondary.setRoute(u"/query"_s, FakeResponse::json(alphaVantageQuote(200.25)));
    QTRY_COMPARE_WITH_TIMEOUT(lastPrice(frames), 200.25, 10'000);
    for (const QList<QVariant> &call : std::as_const(frames)) {
        const auto frame = call.constFirst().value<Frame>();
        QVERIFY(frame.quotes.value(u"AAPL"_s).last != 150.0);
    }

    QSignalSpy stopped(&engine, &Engine::stopped);
    engine.stop();
    QVERIFY(stopped.wait(10'000));
    const QList<Row> rows = storedRows(config.databaseLocation);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.first().provider, u"yahoo"_s);
    for (const Row &row : rows) {
        QVERIFY(row.price != 150.0);
        QVERIFY(row.timeMs >= lastS * 1000);
    }
}

QTEST_GUILESS_MAIN(TestFailover)
#include "tst_failover.moc"
