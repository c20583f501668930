// `tickerline-collector serve` over real sockets on 127.0.0.1: subscribe,
// acknowledge and refuse; resume across a forced disconnect at 20k ticks/s
// with nothing missing or doubled (checked against the database); tokens;
// oversized, garbage and binary frames; a slow consumer cut while a fast one
// gets everything; the taken port and the non-loopback bind.

#include "ServeFixture.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace tickerline;
using namespace tickerline::test;

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray subscribe(const QString &id, const QStringList &symbols, const QJsonObject &resume = {})
{
    QJsonObject object{{QStringLiteral("type"), QStringLiteral("subscribe")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("symbols"), QJsonArray::fromStringList(symbols)}};
    if (!resume.isEmpty())
        object.insert(QStringLiteral("resume"), resume);
    return json(object);
}

// Sequences strictly one apart: nothing missing, nothing twice.
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

} // namespace

class TestServe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subscribeIsAcknowledgedOrRefused()
    {
        TempFolder folder;
        ServeProcess serve;
        QVERIFY2(serve.start({QStringLiteral("--provider"), QStringLiteral("simulated"), QStringLiteral("--symbols"),
                              QStringLiteral("A,B"), QStringLiteral("--rate"), QStringLiteral("200"),
                              QStringLiteral("--max-subscriptions"), QStringLiteral("2"), QStringLiteral("--database"),
                              folder.path(QStringLiteral("s.db"))}),
                 qPrintable(serve.stderrText()));
        StreamClient client;
        client.open(serve.url());
        QTRY_VERIFY_WITH_TIMEOUT(client.has(QStringLiteral("welcome")), 10'000);
        const QJsonObject welcome = client.find(QStringLiteral("welcome"));
        QCOMPARE(welcome.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(welcome.value(QLatin1String("roles")).toArray(),
                 (QJsonArray{QStringLiteral("read"), QStringLiteral("publish")}));

        client.send(subscribe(QStringLiteral("s1"), {QStringLiteral("a")}));
        QTRY_VERIFY_WITH_TIMEOUT(client.has(QStringLiteral("subscribed"), QStringLiteral("s1")), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(client.sequences.size() >= 50, 20'000);
        // The instrument's facts come with it: name, currency, the 52-week band.
        QTRY_VERIFY_WITH_TIMEOUT(client.has(QStringLiteral("instruments")), 20'000);
        const QJsonObject instrument =
            client.find(QStringLiteral("instruments")).value(QLatin1String("instruments")).toArray().at(0).toObject();
        QCOMPARE(instrument.value(QLatin1String("symbol")).toString(), QStringLiteral("A"));
        QVERIFY(!instrument.value(QLatin1String("name")).toString().isEmpty());
        QVERIFY(instrument.value(QLatin1String("week52High")).toDouble() > instrument.value(QLatin1String("week52Low")).toDouble());
        QVERIFY(std::all_of(client.symbols.cbegin(), client.symbols.cend(), [](const QString &s) { return s == u"A"; }));
        QVERIFY(std::is_sorted(client.sequences.cbegin(), client.sequences.cend()));

        client.send(subscribe(QStringLiteral("s2"), {QStringLiteral("NOPE")}));
        QTRY_VERIFY_WITH_TIMEOUT(client.has(QStringLiteral("refused"), QStringLiteral("s2")), 10'000);
        const QJsonObject unknown = client.find(QStringLiteral("refused"), QStringLiteral("s2"));
        QCOMPARE(unknown.value(QLatin1String("reason")).toString(), QStringLiteral("unknown symbol"));
        QCOMPARE(unknown.value(QLatin1String("symbols")).toArray(), QJsonArray{QStringLiteral("NOPE")});

        client.send(subscribe(QStringLiteral("s3"), {QStringLiteral("B")}));
        QTRY_VERIFY_WITH_TIMEOUT(client.has(QStringLiteral("subscribed"), QStringLiteral("s3")), 10'000);
        // Publishing makes a symbol known; a third one is over this server's limit.
        client.send(R"({"type":"publish","id":"p1","ticks":[{"symbol":"C","time":1700000000000,"price":5,"size":1}]})");
        QTRY_VERIFY_WITH_TIMEOUT(client.has(QStringLiteral("ack"), QStringLiteral("p1")), 10'000);
        client.send(subscribe(QStringLiteral("s4"), {QStringLiteral("C")}));
        QTRY_VERIFY_WITH_TIMEOUT(client.has(QStringLiteral("refused"), QStringLiteral("s4")), 10'000);
        QVERIFY(client.find(QStringLiteral("refused"), QStringLiteral("s4"))
                    .value(QLatin1String("reason"))
                    .toString()
                    .startsWith(QLatin1String("limit reached")));
        // A resume only makes sense on a connection's first subscribe.
        client.send(subscribe(QStringLiteral("s5"), {QStringLiteral("A")}, {{QStringLiteral("after"), 1}}));
        QTRY_VERIFY_WITH_TIMEOUT(client.has(QStringLiteral("refused"), QStringLiteral("s5")), 10'000);

        client.send(R"({"type":"unsubscribe","id":"u1","symbols":["A"]})");
        QTRY_VERIFY_WITH_TIMEOUT(client.has(QStringLiteral("unsubscribed"), QStringLiteral("u1")), 10'000);
        client.send(R"({"type":"ping","time":42})");
        QTRY_VERIFY_WITH_TIMEOUT(client.has(QStringLiteral("pong")), 10'000);
        QCOMPARE(client.find(QStringLiteral("pong")).value(QLatin1String("time")).toInteger(), 42);
        QTRY_VERIFY_WITH_TIMEOUT(client.has(QStringLiteral("status")), 10'000);
        QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
        QVERIFY(serve.stop());
    }

    void heartbeatsFlowBothWays()
    {
        TempFolder folder;
        ServeProcess serve;
        QVERIFY(serve.start({QStringLiteral("--heartbeat"), QStringLiteral("0.1"), QStringLiteral("--database"),
                             folder.path(QStringLiteral("h.db"))}));
        StreamClient talker;
        StreamClient silent;
        talker.open(serve.url());
        silent.open(serve.url());
        QTRY_VERIFY_WITH_TIMEOUT(talker.has(QStringLiteral("welcome")) && silent.has(QStringLiteral("welcome")), 10'000);
        QCOMPARE(talker.find(QStringLiteral("welcome")).value(QLatin1String("heartbeatMs")).toInt(), 100);
        QTimer pings;
        QObject::connect(&pings, &QTimer::timeout, &talker.socket, [&talker] { talker.send(R"({"type":"ping"})"); });
        pings.start(50);
        // The silent one misses three heartbeats' worth and is closed; the talker stays.
        QTRY_COMPARE_WITH_TIMEOUT(silent.socket.state(), QAbstractSocket::UnconnectedState, 10'000);
        QCOMPARE(int(silent.socket.closeCode()), 4005);
        QVERIFY(silent.socket.closeReason().startsWith(QLatin1String("heartbeat timeout")));
        QVERIFY(talker.has(QStringLiteral("heartbeat")));
        QCOMPARE(talker.socket.state(), QAbstractSocket::ConnectedState);
        QVERIFY(serve.stop());
    }

    // The simulated feed at 5k ticks/s per symbol, two symbols. A client is
    // cut off, the stream moves on by at least a second's worth, and the
    // client comes back asking for everything after the last sequence it
    // saw: it gets the gap from the database, then live ticks, every sequence
    // once, and each tick as stored.
    void resumeAcrossForcedDisconnectAtHighRate()
    {
        TempFolder folder;
        const QString db = folder.path(QStringLiteral("r.db"));
        ServeProcess serve;
        QVERIFY(serve.start({QStringLiteral("--provider"), QStringLiteral("simulated"), QStringLiteral("--symbols"),
                             QStringLiteral("A,B"), QStringLiteral("--rate"), QStringLiteral("5000"),
                             // A loaded test machine reads slowly: this test is about the seam, not the bound.
                             QStringLiteral("--send-queue-bytes"), QStringLiteral("1000000000"),
                             QStringLiteral("--database"), db}));
        StreamClient monitor;
        monitor.open(serve.url());
        QTRY_VERIFY_WITH_TIMEOUT(monitor.has(QStringLiteral("welcome")), 10'000);
        monitor.send(subscribe(QStringLiteral("m"), {QStringLiteral("A"), QStringLiteral("B")}));

        auto first = std::make_unique<StreamClient>();
        first->open(serve.url());
        QTRY_VERIFY_WITH_TIMEOUT(first->has(QStringLiteral("welcome")), 10'000);
        first->send(subscribe(QStringLiteral("s"), {QStringLiteral("A"), QStringLiteral("B")}));
        QTRY_VERIFY2_WITH_TIMEOUT(first->sequences.size() >= 10'000, qPrintable(serve.stderrText()), 60'000);
        first->socket.abort();   // no goodbye: as a dropped link
        QString why;
        QVERIFY2(consecutive(first->sequences, &why), qPrintable(why));
        const qint64 lastSeen = first->upTo;
        QTRY_VERIFY2_WITH_TIMEOUT(monitor.upTo >= lastSeen + 10'000, qPrintable(serve.stderrText()), 60'000);

        StreamClient again;
        again.open(serve.url());
        QTRY_VERIFY_WITH_TIMEOUT(again.has(QStringLiteral("welcome")), 10'000);
        again.send(subscribe(QStringLiteral("r"), {QStringLiteral("A"), QStringLiteral("B")},
                             {{QStringLiteral("after"), lastSeen}}));
        QTRY_VERIFY2_WITH_TIMEOUT(again.has(QStringLiteral("replayed"), QStringLiteral("r")),
                                  qPrintable(QStringLiteral("%1 ticks up to %2 after %3, monitor at %4, state %5 %6; %7")
                                                 .arg(again.sequences.size())
                                                 .arg(again.upTo)
                                                 .arg(lastSeen)
                                                 .arg(monitor.upTo)
                                                 .arg(int(again.socket.state()))
                                                 .arg(again.socket.closeReason(), serve.stderrText())),
                                  60'000);
        const qint64 seam = again.find(QStringLiteral("replayed")).value(QLatin1String("upTo")).toInteger();
        QVERIFY(seam >= lastSeen + 10'000);
        // Well past the seam: live ticks after it.
        QTRY_VERIFY2_WITH_TIMEOUT(again.upTo >= seam + 10'000, qPrintable(serve.stderrText()), 60'000);
        QVERIFY(serve.stop());

        QVERIFY(!again.sequences.isEmpty());
        QCOMPARE(again.sequences.constFirst(), lastSeen + 1);
        QVERIFY2(consecutive(again.sequences, &why), qPrintable(why));
        QVERIFY(again.replayFlags.contains(true));
        QVERIFY(again.replayFlags.constLast() == false);

        // What was served is what was stored, sequence by sequence.
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
            // And every stored tick has its stream row: the stream is the ticks table, numbered.
            QVERIFY(query.exec(QStringLiteral("SELECT (SELECT count(*) FROM ticks) - (SELECT count(*) FROM stream)")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toLongLong(), 0);
        }
        database.close();
        database = {};
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    // The sequence lives in the database: after a restart a client resumes
    // from where it was, and new ticks continue the numbering.
    void sequenceSurvivesRestart()
    {
        TempFolder folder;
        const QString db = folder.path(QStringLiteral("restart.db"));
        const QStringList arguments{QStringLiteral("--provider"), QStringLiteral("simulated"), QStringLiteral("--symbols"),
                                    QStringLiteral("A"), QStringLiteral("--rate"), QStringLiteral("500"),
                                    QStringLiteral("--database"), db};
        qint64 lastSeen = 0;
        {
            ServeProcess serve;
            QVERIFY(serve.start(arguments));
            StreamClient client;
            client.open(serve.url());
            QTRY_VERIFY_WITH_TIMEOUT(client.has(QStringLiteral("welcome")), 10'000);
            client.send(subscribe(QStringLiteral("s"), {QStringLiteral("A")}));
            QTRY_VERIFY_WITH_TIMEOUT(client.sequences.size() >= 200, 30'000);
            lastSeen = client.upTo;
            QVERIFY(serve.stop());
        }
        ServeProcess serve;
        QVERIFY(serve.start(arguments));
        StreamClient client;
        client.open(serve.url());
        QTRY_VERIFY_WITH_TIMEOUT(client.has(QStringLiteral("welcome")), 10'000);
        client.send(subscribe(QStringLiteral("s"), {QStringLiteral("A")}, {{QStringLiteral("after"), lastSeen}}));
        QTRY_VERIFY_WITH_TIMEOUT(client.has(QStringLiteral("replayed")), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(client.replayFlags.contains(false), 30'000);
        QCOMPARE(client.sequences.constFirst(), lastSeen + 1);
        QString why;
        QVERIFY2(consecutive(client.sequences, &why), qPrintable(why));
        QVERIFY(serve.stop());
    }

    void tokensDecideWhoMayDoWhat()
    {
        TempFolder folder;
        const QByteArray readToken = "read-token-7f3a9c2e41";
        const QByteArray publishToken = "publish-token-b81d0e77";
        const auto writeFile = [&folder](const QString &name, const QByteArray &contents) {
            QFile file(folder.path(name));
            file.open(QIODevice::WriteOnly);
            file.write(contents + '\n');
            return file.fileName();
        };
        const QString readFile = writeFile(QStringLiteral("read"), readToken);
        const QString publishFile = writeFile(QStringLiteral("publish"), publishToken);
        ServeProcess serve;
        QVERIFY(serve.start({QStringLiteral("--token-file"), readFile, QStringLiteral("--publish-token-file"), publishFile,
                             QStringLiteral("--symbols"), QStringLiteral("A"), QStringLiteral("--database"),
                             folder.path(QStringLiteral("t.db"))}));

        StreamClient anonymous;
        anonymous.open(serve.url());
        QTRY_COMPARE_WITH_TIMEOUT(anonymous.socket.state(), QAbstractSocket::UnconnectedState, 10'000);
        QCOMPARE(int(anonymous.socket.closeCode()), 4001);
        QVERIFY(anonymous.socket.closeReason().contains(QLatin1String("needs a token")));

        StreamClient wrong;
        wrong.open(serve.url(), "not-the-token-at-all");
        QTRY_COMPARE_WITH_TIMEOUT(wrong.socket.state(), QAbstractSocket::UnconnectedState, 10'000);
        QCOMPARE(int(wrong.socket.closeCode()), 4001);
        QCOMPARE(wrong.socket.closeReason(), QStringLiteral("unauthorized: bad token"));

        StreamClient reader;
        reader.open(serve.url(), readToken);
        QTRY_VERIFY_WITH_TIMEOUT(reader.has(QStringLiteral("welcome")), 10'000);
        QCOMPARE(reader.find(QStringLiteral("welcome")).value(QLatin1String("roles")).toArray(),
                 QJsonArray{QStringLiteral("read")});
        reader.send(R"({"type":"publish","id":"p","ticks":[{"symbol":"A","time":1700000000000,"price":5}]})");
        QTRY_VERIFY_WITH_TIMEOUT(reader.has(QStringLiteral("refused"), QStringLiteral("p")), 10'000);
        QCOMPARE(reader.find(QStringLiteral("refused")).value(QLatin1String("reason")).toString(),
                 QStringLiteral("publishing needs the publish token"));
        reader.send(subscribe(QStringLiteral("s"), {QStringLiteral("A")}));
        QTRY_VERIFY_WITH_TIMEOUT(reader.has(QStringLiteral("subscribed"), QStringLiteral("s")), 10'000);

        // push: refused with the read token, acknowledged with the publish token.
        const QString port = QString::number(serve.port());
        const Run refused = runCollector({QStringLiteral("push"), QStringLiteral("--port"), port, QStringLiteral("--count"),
                                          QStringLiteral("2"), QStringLiteral("--symbols"), QStringLiteral("A"),
                                          QStringLiteral("--token-file"), readFile, QStringLiteral("--timeout"),
                                          QStringLiteral("10")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("publishing needs the publish token"), refused.err.constData());
        const Run pushed = runCollector({QStringLiteral("push"), QStringLiteral("--port"), port, QStringLiteral("--count"),
                                         QStringLiteral("2"), QStringLiteral("--symbols"), QStringLiteral("A"),
                                         QStringLiteral("--token-file"), publishFile});
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
        // The reader sees the published ticks.
        QTRY_VERIFY_WITH_TIMEOUT(reader.sequences.size() >= 2, 10'000);
        QVERIFY(serve.stop());
        const QString log = serve.stderrText();
        QVERIFY(log.contains(QLatin1String("bad token")));
        QVERIFY(!log.contains(QString::fromLatin1(readToken)));
        QVERIFY(!log.contains(QString::fromLatin1(publishToken)));
    }

    void badFramesAreClosedWithReasons_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<bool>("binary");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("oversized") << QByteArray(2000, 'x') << false << 1009 << QString();
        QTest::newRow("not json") << QByteArray("hello") << false << 1007 << QStringLiteral("malformed message: not JSON");
        QTest::newRow("not an object") << QByteArray("[1]") << false << 1007
                                       << QStringLiteral("malformed message: not a JSON object");
        QTest::newRow("unknown type") << QByteArray(R"({"type":"dance"})") << false << 1008
                                      << QStringLiteral("malformed message: unknown message type");
        QTest::newRow("binary") << QByteArray("\x01\x02", 2) << true << 1003
                                << QStringLiteral("binary frames are not part of the protocol");
    }

    void badFramesAreClosedWithReasons()
    {
        QFETCH(QByteArray, frame);
        QFETCH(bool, binary);
        QFETCH(int, code);
        QFETCH(QString, reason);
        TempFolder folder;
        ServeProcess serve;
        QVERIFY(serve.start({QStringLiteral("--max-message-bytes"), QStringLiteral("1024"), QStringLiteral("--symbols"),
                             QStringLiteral("A"), QStringLiteral("--database"), folder.path(QStringLiteral("b.db"))}));
        StreamClient bad;
        StreamClient good;
        bad.open(serve.url());
        good.open(serve.url());
        QTRY_VERIFY_WITH_TIMEOUT(bad.has(QStringLiteral("welcome")) && good.has(QStringLiteral("welcome")), 10'000);
        if (binary)
            bad.socket.sendBinaryMessage(frame);
        else
            bad.send(frame);
        QTRY_COMPARE_WITH_TIMEOUT(bad.socket.state(), QAbstractSocket::UnconnectedState, 10'000);
        QCOMPARE(int(bad.socket.closeCode()), code);
        QVERIFY2(bad.socket.closeReason().startsWith(reason), qPrintable(bad.socket.closeReason()));
        // A message with an id is refused and the link kept.
        good.send(R"({"type":"dance","id":"d1"})");
        QTRY_VERIFY_WITH_TIMEOUT(good.has(QStringLiteral("refused"), QStringLiteral("d1")), 10'000);
        good.send(subscribe(QStringLiteral("s"), {QStringLiteral("A")}));
        QTRY_VERIFY_WITH_TIMEOUT(good.has(QStringLiteral("subscribed"), QStringLiteral("s")), 10'000);
        QVERIFY(serve.stop());
    }

    // A web page of another site must not reach a collector on this machine.
    void browserOriginsNeedTheAllowList()
    {
        TempFolder folder;
        ServeProcess serve;
        QVERIFY(serve.start({QStringLiteral("--allow-origin"), QStringLiteral("https://desk.example"),
                             QStringLiteral("--database"), folder.path(QStringLiteral("o.db"))}));
        QWebSocket evil(QStringLiteral("https://evil.example"));
        QWebSocket desk(QStringLiteral("https://desk.example"));
        StreamClient script;   // no Origin at all
        QStringList welcomed;
        for (QWebSocket *socket : {&evil, &desk}) {
            QObject::connect(socket, &QWebSocket::textMessageReceived, socket, [socket, &welcomed](const QString &text) {
                if (text.contains(QLatin1String("\"welcome\"")))
                    welcomed.append(socket->origin());
            });
        }
        QSignalSpy evilGone(&evil, &QWebSocket::disconnected);
        evil.open(serve.url());
        desk.open(serve.url());
        script.open(serve.url());
        QTRY_VERIFY_WITH_TIMEOUT(welcomed.contains(QStringLiteral("https://desk.example")), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(script.has(QStringLiteral("welcome")), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(evilGone.count() > 0 || evil.error() != QAbstractSocket::UnknownSocketError, 10'000);
        QVERIFY(!welcomed.contains(QStringLiteral("https://evil.example")));
        QTRY_VERIFY_WITH_TIMEOUT(serve.stderrText().contains(QLatin1String("refused a browser page from https://evil.example")),
                                 10'000);
        QVERIFY(serve.stop());
    }

    void tooManyClientsAreRefused()
    {
        TempFolder folder;
        ServeProcess serve;
        QVERIFY(serve.start({QStringLiteral("--max-clients"), QStringLiteral("2"), QStringLiteral("--database"),
                             folder.path(QStringLiteral("c.db"))}));
        StreamClient one, two, three;
        one.open(serve.url());
        two.open(serve.url());
        QTRY_VERIFY_WITH_TIMEOUT(one.has(QStringLiteral("welcome")) && two.has(QStringLiteral("welcome")), 10'000);
        three.open(serve.url());
        QTRY_COMPARE_WITH_TIMEOUT(three.socket.state(), QAbstractSocket::UnconnectedState, 10'000);
        QCOMPARE(int(three.socket.closeCode()), 4002);
        QCOMPARE(three.socket.closeReason(), QStringLiteral("too many clients (limit 2)"));
        QVERIFY(serve.stop());
    }

    // A client that stops reading is cut once its send queue passes the
    // bound; a fast one on the same server gets every tick meanwhile.
    void slowConsumerIsCutFastOneGetsEverything()
    {
        TempFolder folder;
        ServeProcess serve;
        QVERIFY(serve.start({QStringLiteral("--provider"), QStringLiteral("simulated"), QStringLiteral("--symbols"),
                             QStringLiteral("A,B"), QStringLiteral("--rate"), QStringLiteral("10000"),
                             QStringLiteral("--send-queue-bytes"), QStringLiteral("2000000"), QStringLiteral("--database"),
                             folder.path(QStringLiteral("slow.db"))}));
        StreamClient fast;
        fast.open(serve.url());
        QTRY_VERIFY_WITH_TIMEOUT(fast.has(QStringLiteral("welcome")), 10'000);
        fast.send(subscribe(QStringLiteral("f"), {QStringLiteral("A"), QStringLiteral("B")}));

        // The slow one: a WebSocket handshake by hand, a subscribe, then never a read.
        QTcpSocket slow;
        slow.setReadBufferSize(1024);
        slow.connectToHost(QHostAddress::LocalHost, serve.port());
        QVERIFY(slow.waitForConnected(10'000));
        slow.write("GET /v1/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QByteArray response;
        QTRY_VERIFY_WITH_TIMEOUT((response += slow.readAll()).contains("\r\n\r\n"), 10'000);
        QVERIFY2(response.startsWith("HTTP/1.1 101"), response.constData());
        // A masked text frame (RFC 6455 §5.3): the subscribe.
        const QByteArray payload = subscribe(QStringLiteral("slow"), {QStringLiteral("A"), QStringLiteral("B")});
        const char mask[4] = {0x11, 0x22, 0x33, 0x44};
        QByteArray frame;
        frame.append(char(0x81));
        frame.append(char(0x80 | payload.size()));
        frame.append(mask, 4);
        for (qsizetype i = 0; i < payload.size(); ++i)
            frame.append(char(payload.at(i) ^ mask[i % 4]));
        QVERIFY(payload.size() < 126);
        slow.write(frame);
        QTRY_VERIFY_WITH_TIMEOUT(serve.stderrText().contains(QLatin1String("cut slow client")), 60'000);
        QTRY_VERIFY2_WITH_TIMEOUT(fast.sequences.size() >= 40'000,
                                  qPrintable(QStringLiteral("%1 ticks, state %2, closed %3 %4; %5")
                                                 .arg(fast.sequences.size())
                                                 .arg(int(fast.socket.state()))
                                                 .arg(int(fast.socket.closeCode()))
                                                 .arg(fast.socket.closeReason(), serve.stderrText())),
                                  30'000);
        QString why;
        QVERIFY2(consecutive(fast.sequences, &why), qPrintable(why));
        QCOMPARE(fast.socket.state(), QAbstractSocket::ConnectedState);
        // Gone before the stop: stop() blocks this test's event loop, so a
        // client still subscribed would stop reading and be cut as slow too.
        fast.socket.close();
        QTRY_COMPARE(fast.socket.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(serve.stop());
        QVERIFY2(serve.stderrText().contains(QLatin1String("1 cut as slow")), qPrintable(serve.stderrText().right(600)));
    }

    void publishRateIsLimited()
    {
        TempFolder folder;
        ServeProcess serve;
        QVERIFY(serve.start({QStringLiteral("--publish-rate"), QStringLiteral("10"), QStringLiteral("--database"),
                             folder.path(QStringLiteral("rate.db"))}));
        StreamClient publisher;
        publisher.open(serve.url());
        QTRY_VERIFY_WITH_TIMEOUT(publisher.has(QStringLiteral("welcome")), 10'000);
        QJsonArray ticks;
        for (int i = 0; i < 11; ++i)
            ticks.append(QJsonObject{{QStringLiteral("symbol"), QStringLiteral("R")},
                                     {QStringLiteral("time"), qint64(1'700'000'000'000) + i},
                                     {QStringLiteral("price"), 10 + i}});
        const auto publish = [&ticks](const QString &id, qsizetype count) {
            return json({{QStringLiteral("type"), QStringLiteral("publish")},
                         {QStringLiteral("id"), id},
                         {QStringLiteral("ticks"), QJsonArray::fromVariantList(ticks.toVariantList().mid(0, count))}});
        };
        publisher.send(publish(QStringLiteral("ok"), 5));
        QTRY_VERIFY_WITH_TIMEOUT(publisher.has(QStringLiteral("ack"), QStringLiteral("ok")), 10'000);
        publisher.send(publish(QStringLiteral("over"), 11));   // more than a second's budget at once
        QTRY_COMPARE_WITH_TIMEOUT(publisher.socket.state(), QAbstractSocket::UnconnectedState, 10'000);
        QCOMPARE(int(publisher.socket.closeCode()), 4004);
        QVERIFY(publisher.socket.closeReason().startsWith(QLatin1String("publish rate limit exceeded")));
        QVERIFY(!publisher.has(QStringLiteral("ack"), QStringLiteral("over")));
        QVERIFY(serve.stop());
    }

    void takenPortGivesOneLineAndExitTwo()
    {
        TempFolder folder;
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
        const QString address = QStringLiteral("127.0.0.1:%1").arg(holder.serverPort());
        const Run run = runCollector({QStringLiteral("serve"), QStringLiteral("--listen"), address,
                                      QStringLiteral("--database"), folder.path(QStringLiteral("p.db"))});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(QString::fromUtf8(run.err),
                 QStringLiteral("tickerline-collector: cannot listen on %1: address in use \u2014 is another collector "
                                "serving there?\n")
                     .arg(address));
        QVERIFY(!QFile::exists(folder.path(QStringLiteral("p.db"))));   // nothing opened
    }

    void nonLoopbackWithoutTokenIsRefused()
    {
        const Run run = runCollector({QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.contains("needs a read token"), run.err.constData());
    }

    void pushWithoutServerGivesUp()
    {
        QTcpServer probe;   // a port nobody serves on
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString port = QString::number(probe.serverPort());
        probe.close();
        const Run run = runCollector({QStringLiteral("push"), QStringLiteral("--port"), port, QStringLiteral("--count"),
                                      QStringLiteral("3"), QStringLiteral("--timeout"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("3 ticks in 3 messages not acknowledged"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
