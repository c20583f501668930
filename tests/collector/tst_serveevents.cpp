// `tickerline-collector serve` as a Server-Sent Events source on the same
// port as its WebSocket: events with id = sequence, retry once, heartbeat
// comments; resume with Last-Event-ID (or the lastEventId parameter) across
// a forced disconnect at a high tick rate, every tick once, as stored; the
// read token, the Origin allow-list, bad requests and a slow consumer.

#include "ServeFixture.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace tickerline;
using namespace tickerline::test;

namespace {

bool consecutive(const QList<qint64> &sequences, QString *why)
{
    for (qsizetype i = 1; i < sequences.size(); ++i) {
        if (sequences.at(i) != sequences.at(i - 1) + 1) {
            *why = QStringLiteral("at %1: %2 after %3").arg(i).arg(sequences.at(i)).arg(sequences.at(i - 1));
            return false;
        }
    }
    return true;
}

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray allowOrigin;
};

// One plain HTTP GET through QNetworkAccessManager.
Answer get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &verb = "GET")
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(manager.sendCustomRequest(request, verb));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(20'000))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
            reply->rawHeader("Access-Control-Allow-Origin")};
}

QStringList simulated(const QString &db, int rate)
{
    return {QStringLiteral("--provider"), QStringLiteral("simulated"), QStringLiteral("--symbols"), QStringLiteral("A,B"),
            QStringLiteral("--rate"), QString::number(rate), QStringLiteral("--database"), db};
}

} // namespace

class TestServeEvents final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void eventsArriveWithIdsRetryAndHeartbeats()
    {
        TempFolder folder;
        ServeProcess serve;
        QVERIFY(serve.start(simulated(folder.path(QStringLiteral("e.db")), 200)
                            + QStringList{QStringLiteral("--heartbeat"), QStringLiteral("0.2")}));
        EventStreamClient client;
        client.open(serve.port(), "/v1/events?symbols=a");
        QTRY_VERIFY_WITH_TIMEOUT(client.sequences.size() >= 50 && client.heartbeats >= 2, 20'000);
        QCOMPARE(client.status, 200);
        QCOMPARE(client.header("content-type"), QByteArray("text/event-stream"));
        QCOMPARE(client.retryFields, 1);
        QVERIFY(client.has(QStringLiteral("welcome")));
        QVERIFY(client.has(QStringLiteral("subscribed")));
        QCOMPARE(client.symbols.count(QStringLiteral("A")), client.symbols.size());   // only what was asked for
        QVERIFY(client.idsRise);
        QVERIFY(client.lastEventId >= client.sequences.constLast());
        QCOMPARE(client.eventsWithoutData, 0);
        client.socket.abort();
        QVERIFY(serve.stop());
    }

    // Ticks at 5k/s per symbol. A client is cut off mid-stream, the stream
    // moves on by at least 10k ticks, and the client comes back with the
    // last id it got: it gets the gap from the database, then live ticks,
    // every sequence once, each tick as stored.
    void resumeWithLastEventIdAtHighRate_data()
    {
        QTest::addColumn<bool>("asHeader");
        QTest::newRow("Last-Event-ID header") << true;
        QTest::newRow("lastEventId parameter") << false;
    }

    void resumeWithLastEventIdAtHighRate()
    {
        QFETCH(bool, asHeader);
        TempFolder folder;
        const QString db = folder.path(QStringLiteral("r.db"));
        ServeProcess serve;
        // A loaded test machine reads slowly: this test is about the seam, not the bound.
        QVERIFY(serve.start(simulated(db, 5000)
                            + QStringList{QStringLiteral("--send-queue-bytes"), QStringLiteral("1000000000")}));
        EventStreamClient monitor;
        monitor.open(serve.port(), "/v1/events?symbols=A,B");
        auto first = std::make_unique<EventStreamClient>();
        first->open(serve.port(), "/v1/events?symbols=A,B");
        QTRY_VERIFY2_WITH_TIMEOUT(first->sequences.size() >= 10'000, qPrintable(serve.stderrText()), 60'000);
        first->socket.abort();   // no goodbye: as a dropped link
        QString why;
        QVERIFY2(consecutive(first->sequences, &why), qPrintable(why));
        QVERIFY(first->lastEventId);
        const qint64 lastId = *first->lastEventId;
        QTRY_VERIFY2_WITH_TIMEOUT(monitor.sequences.size() >= first->sequences.size() + 10'000,
                                  qPrintable(serve.stderrText()), 60'000);

        EventStreamClient again;
        if (asHeader)
            again.open(serve.port(), "/v1/events?symbols=A,B", "Last-Event-ID: " + QByteArray::number(lastId) + "\r\n");
        else
            again.open(serve.port(), "/v1/events?symbols=A,B&lastEventId=" + QByteArray::number(lastId));
        QTRY_VERIFY2_WITH_TIMEOUT(again.has(QStringLiteral("replayed")), qPrintable(serve.stderrText()), 60'000);
        const qint64 seam = again.find(QStringLiteral("replayed")).value(QLatin1String("upTo")).toInteger();
        QVERIFY(seam >= lastId + 10'000);
        QTRY_VERIFY2_WITH_TIMEOUT(again.sequences.size() > 0 && again.sequences.constLast() >= seam + 10'000,
                                  qPrintable(serve.stderrText()), 60'000);
        monitor.socket.abort();
        again.socket.abort();
        QVERIFY(serve.stop());

        QCOMPARE(again.sequences.constFirst(), lastId + 1);
        QVERIFY2(consecutive(again.sequences, &why), qPrintable(why));
        QVERIFY(again.replayFlags.contains(true));
        QVERIFY(!again.replayFlags.constLast());
        QVERIFY(again.idsRise);

        // Served is stored, sequence by sequence.
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        database.setDatabaseName(db);
        QVERIFY(database.open());
        {
            QSqlQuery query(database);
            QVERIFY(query.prepare(QStringLiteral("SELECT s.seq, r.symbol, s.price FROM stream s JOIN series r ON r.id = s.series"
                                                 " WHERE s.seq BETWEEN ? AND ? ORDER BY s.seq")));
            query.addBindValue(again.sequences.constFirst());
            query.addBindValue(again.sequences.constLast());
            QVERIFY(query.exec());
            qsizetype i = 0;
            while (query.next()) {
                QVERIFY(i < again.sequences.size());
                QCOMPARE(query.value(0).toLongLong(), again.sequences.at(i));
                QCOMPARE(query.value(1).toString(), again.symbols.at(i));
                QCOMPARE(query.value(2).toDouble(), again.prices.at(i));
                ++i;
            }
            QCOMPARE(i, again.sequences.size());
        }
        database.close();
        database = {};
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void badRequestsGetReasons_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown path") << QByteArray("/v1/nothing") << QByteArray("GET") << 404 << QStringLiteral("unknown path /v1/nothing");
        QTest::newRow("no symbols") << QByteArray("/v1/events") << QByteArray("GET") << 400 << QStringLiteral("symbols is required");
        QTest::newRow("bad symbol") << QByteArray("/v1/events?symbols=A,%3Cb%3E") << QByteArray("GET") << 400
                                    << QStringLiteral("invalid symbol");
        QTest::newRow("unknown symbol") << QByteArray("/v1/events?symbols=ZZZ") << QByteArray("GET") << 400
                                        << QStringLiteral("unknown symbol: ZZZ");
        QTest::newRow("bad lastEventId") << QByteArray("/v1/events?symbols=A&lastEventId=-3") << QByteArray("GET") << 400
                                         << QStringLiteral("lastEventId must be a sequence number");
        QTest::newRow("unknown parameter") << QByteArray("/v1/events?symbols=A&since=1") << QByteArray("GET") << 400
                                           << QStringLiteral("unknown parameter");
        QTest::newRow("POST") << QByteArray("/v1/events?symbols=A") << QByteArray("POST") << 405 << QStringLiteral("only GET");
        QTest::newRow("stream without upgrade") << QByteArray("/v1/stream") << QByteArray("GET") << 426
                                                << QStringLiteral("is a WebSocket");
    }

    void badRequestsGetReasons()
    {
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, verb);
        QFETCH(int, status);
        QFETCH(QString, reason);
        TempFolder folder;
        ServeProcess serve;
        QVERIFY(serve.start(simulated(folder.path(QStringLiteral("b.db")), 10)));
        const Answer answer = get(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serve.port()) + QString::fromLatin1(target)),
                                  {}, verb);
        QCOMPARE(answer.status, status);
        const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
        QCOMPARE(body.value(QLatin1String("status")).toInt(), status);
        QVERIFY2(body.value(QLatin1String("error")).toString().contains(reason), answer.body.constData());
        // The server goes on serving.
        EventStreamClient client;
        client.open(serve.port(), "/v1/events?symbols=A");
        QTRY_VERIFY_WITH_TIMEOUT(client.has(QStringLiteral("subscribed")), 10'000);
        client.socket.abort();
        QVERIFY(serve.stop());
    }

    void tokenAndOriginAreChecked()
    {
        TempFolder folder;
        const QString tokenFile = folder.path(QStringLiteral("read.token"));
        const QByteArray token = "sse-read-token-0123456789";
        QVERIFY(writeFile(tokenFile, token + '\n'));
        ServeProcess serve;
        QVERIFY(serve.start(simulated(folder.path(QStringLiteral("t.db")), 50)
                            + QStringList{QStringLiteral("--token-file"), tokenFile, QStringLiteral("--allow-origin"),
                                          QStringLiteral("https://desk.example")}));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/v1/events?symbols=A").arg(serve.port()));
        const QByteArray bearer = "Bearer " + token;

        Answer answer = get(url);
        QCOMPARE(answer.status, 401);
        QVERIFY(answer.body.contains("needs the read token"));
        answer = get(url, {{"Authorization", "Bearer wrong-token-wrong-token"}});
        QCOMPARE(answer.status, 401);
        QVERIFY(answer.body.contains("bad token"));
        answer = get(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/history?symbol=A&from=0&to=1").arg(serve.port())));
        QCOMPARE(answer.status, 401);
        answer = get(url, {{"Authorization", bearer}, {"Origin", "https://evil.example"}});
        QCOMPARE(answer.status, 403);
        QVERIFY(answer.body.contains("origin https://evil.example is not allowed"));
        QTRY_VERIFY(serve.stderrText().contains(QLatin1String("refused a browser page from https://evil.example")));

        EventStreamClient browser;
        browser.open(serve.port(), "/v1/events?symbols=A", "Authorization: " + bearer + "\r\nOrigin: https://desk.example\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(browser.sequences.size() >= 5, 20'000);
        QCOMPARE(browser.header("access-control-allow-origin"), QByteArray("https://desk.example"));
        browser.socket.abort();
        QVERIFY(serve.stop());
        QVERIFY(!serve.stderrText().contains(QString::fromLatin1(token)));
        QVERIFY(!serve.stderrText().contains(QLatin1String("wrong-token")));
    }

    // An SSE client that stops reading is cut like a WebSocket one; a fast
    // one on the same server gets every tick meanwhile.
    void slowConsumerIsCut()
    {
        TempFolder folder;
        ServeProcess serve;
        QVERIFY(serve.start(simulated(folder.path(QStringLiteral("s.db")), 10000)
                            + QStringList{QStringLiteral("--send-queue-bytes"), QStringLiteral("2000000")}));
        EventStreamClient fast;
        fast.open(serve.port(), "/v1/events?symbols=A,B");
        QTcpSocket slow;
        slow.setReadBufferSize(1024);
        slow.connectToHost(QHostAddress::LocalHost, serve.port());
        QVERIFY(slow.waitForConnected(10'000));
        slow.write("GET /v1/events?symbols=A,B HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(serve.stderrText().contains(QLatin1String("cut slow client")), 60'000);
        QTRY_VERIFY2_WITH_TIMEOUT(fast.sequences.size() >= 40'000, qPrintable(serve.stderrText()), 30'000);
        QString why;
        QVERIFY2(consecutive(fast.sequences, &why), qPrintable(why));
        QCOMPARE(fast.socket.state(), QAbstractSocket::ConnectedState);
        fast.socket.abort();
        QVERIFY(serve.stop());
        QVERIFY2(serve.stderrText().contains(QLatin1String("1 cut as slow")), qPrintable(serve.stderrText().right(600)));
    }
};

QTEST_GUILESS_MAIN(TestServeEvents)
#include "tst_serveevents.moc"
