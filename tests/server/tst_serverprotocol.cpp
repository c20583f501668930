// The /v1/stream protocol without sockets: what the decoder accepts and
// refuses (and why), that ticks survive encoding bit for bit, that the
// resume seam (StreamCursor) neither loses nor repeats a tick however the
// replay's pages and the live batches interleave, and the token rules.

#include "AccessTokens.h"
#include "Protocol.h"
#include "StreamCursor.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace tickerline;
using namespace tickerline::protocol;

namespace {

SharedStreamBatch batchOf(qint64 first, qsizetype size)
{
    auto batch = std::make_shared<StreamBatch>();
    batch->firstSequence = first;
    for (qsizetype i = 0; i < size; ++i) {
        Tick tick;
        tick.symbol = QStringLiteral("A");
        tick.price = double(first + i);
        batch->ticks.append(tick);
    }
    return batch;
}

void appendFrom(QList<qint64> &sent, const StreamBatch &batch, qsizetype from)
{
    for (qsizetype i = from; i < batch.ticks.size(); ++i)
        sent.append(batch.firstSequence + i);
}

} // namespace

class TestServerProtocol final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subscribeDecodes()
    {
        const ClientMessage message = decodeClientMessage(
            R"({"type":"subscribe","id":"s1","symbols":["aapl"," MSFT","AAPL"],"resume":{"after":41}})");
        const auto *subscribe = std::get_if<Subscribe>(&message);
        QVERIFY(subscribe);
        QCOMPARE(subscribe->id, QStringLiteral("s1"));
        QCOMPARE(subscribe->symbols, (QStringList{QStringLiteral("AAPL"), QStringLiteral("MSFT")}));
        QCOMPARE(subscribe->resumeAfter, std::optional<qint64>(41));
        QVERIFY(!subscribe->resumeSinceMs);

        const ClientMessage since =
            decodeClientMessage(R"({"type":"subscribe","symbols":["A"],"resume":{"since":1700000000000}})");
        QCOMPARE(std::get<Subscribe>(since).resumeSinceMs, std::optional<qint64>(1700000000000));
        // Encoding gives back what decoding reads.
        const Subscribe again = std::get<Subscribe>(decodeClientMessage(encodeSubscribe(*subscribe)));
        QCOMPARE(again.symbols, subscribe->symbols);
        QCOMPARE(again.resumeAfter, subscribe->resumeAfter);
    }

    void malformedIsNamed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");   // the start of it
        QTest::addColumn<QString>("id");
        QTest::newRow("not json") << QByteArray("hello") << QStringLiteral("not JSON") << QString();
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not a JSON object") << QString();
        QTest::newRow("no type") << QByteArray(R"({"id":"x"})") << QStringLiteral("no \"type\"") << QStringLiteral("x");
        QTest::newRow("unknown type") << QByteArray(R"({"type":"dance"})") << QStringLiteral("unknown message type")
                                      << QString();
        QTest::newRow("bad id") << QByteArray(R"({"type":"ping","id":7})") << QStringLiteral("\"id\" must be")
                                << QString();
        QTest::newRow("version 2") << QByteArray(R"({"type":"ping","id":"v","version":2})")
                                   << QStringLiteral("unsupported protocol version") << QStringLiteral("v");
        QTest::newRow("no symbols") << QByteArray(R"({"type":"subscribe","id":"a","symbols":[]})")
                                    << QStringLiteral("\"symbols\" must be") << QStringLiteral("a");
        QTest::newRow("bad symbol") << QByteArray(R"({"type":"subscribe","id":"a","symbols":["A B"]})")
                                    << QStringLiteral("invalid symbol") << QStringLiteral("a");
        QTest::newRow("both resumes")
            << QByteArray(R"({"type":"subscribe","id":"a","symbols":["A"],"resume":{"after":1,"since":2}})")
            << QStringLiteral("\"resume\" must be") << QStringLiteral("a");
        QTest::newRow("negative price")
            << QByteArray(R"({"type":"publish","id":"p","ticks":[{"symbol":"A","time":5,"price":-1}]})")
            << QStringLiteral("a tick needs") << QStringLiteral("p");
        QTest::newRow("fractional time")
            << QByteArray(R"({"type":"publish","id":"p","ticks":[{"symbol":"A","time":5.5,"price":1}]})")
            << QStringLiteral("a tick needs") << QStringLiteral("p");
        QTest::newRow("no ticks") << QByteArray(R"({"type":"publish","id":"p","ticks":[]})")
                                  << QStringLiteral("\"ticks\" must be") << QStringLiteral("p");
        QTest::newRow("bad provider")
            << QByteArray(R"({"type":"publish","id":"p","provider":"No Way","ticks":[{"symbol":"A","time":5,"price":1}]})")
            << QStringLiteral("\"provider\" must be") << QStringLiteral("p");
        QTest::newRow("occurrence with trade id")
            << QByteArray(R"({"type":"publish","id":"p","ticks":[{"symbol":"A","time":5,"price":1,"tradeId":3,"occurrence":1}]})")
            << QStringLiteral("\"occurrence\" must be") << QStringLiteral("p");
    }

    void malformedIsNamed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        QFETCH(QString, id);
        const ClientMessage message = decodeClientMessage(text);
        const auto *malformed = std::get_if<Malformed>(&message);
        QVERIFY2(malformed, text.constData());
        QVERIFY2(malformed->reason.startsWith(reason), qPrintable(malformed->reason));
        QCOMPARE(malformed->id, id);
    }

    void publishRoundTripsLossless()
    {
        Publish publish{QStringLiteral("p1"), {}};
        const double prices[] = {0.1 + 0.2, 190.49, 1e-7, 123456789.123456789, std::nextafter(1.0, 2.0)};
        qint64 time = 1'700'000'000'123;
        for (const double price : prices) {
            Tick tick;
            tick.provider = QStringLiteral("mine");
            tick.symbol = QStringLiteral("BRK-B");
            tick.timeMs = time++;
            tick.price = price;
            tick.size = price / 3;
            publish.ticks.append(tick);
        }
        publish.ticks[1].sequence = 9'007'199'254'740'991;   // the largest exact integer
        publish.ticks[2].occurrence = 2;
        const ClientMessage decoded = decodeClientMessage(encodePublish(publish));
        const auto *back = std::get_if<Publish>(&decoded);
        QVERIFY(back);
        QCOMPARE(back->id, publish.id);
        QCOMPARE(back->ticks, publish.ticks);
    }

    void servedTicksRoundTrip()
    {
        Tick tick;
        tick.provider = QStringLiteral("we\"ird\\\n");   // escaped, whatever a database holds
        tick.symbol = QStringLiteral("EUR/USD");
        tick.timeMs = 1'700'000'000'000;
        tick.price = 1.0 / 3.0;
        tick.size = 0;
        tick.receivedMs = tick.timeMs + 4;
        tick.occurrence = 3;
        Tick traded = tick;
        traded.sequence = 77;
        traded.occurrence = 0;
        const QByteArray text = encodeTicks({encodeTick({5, &tick}), encodeTick({6, &traded})}, 9, true);
        const ServerEvent event = decodeServerEvent(text);
        QCOMPARE(event.type, QStringLiteral("ticks"));
        QCOMPARE(event.upTo, 9);
        QCOMPARE(event.sequences, (QList<qint64>{5, 6}));
        QCOMPARE(event.ticks, (TickBatch{tick, traded}));
    }

    void serverEventsDecode()
    {
        QCOMPARE(decodeServerEvent(encodeAck({QStringLiteral("p3"), 12})).count, 12);
        const ServerEvent refused =
            decodeServerEvent(encodeRefused({QStringLiteral("s"), QStringLiteral("unknown symbol"), {QStringLiteral("X")}}));
        QCOMPARE(refused.type, QStringLiteral("refused"));
        QCOMPARE(refused.reason, QStringLiteral("unknown symbol"));
        Welcome welcome;
        welcome.heartbeatMs = 1500;
        QCOMPARE(decodeServerEvent(encodeWelcome(welcome)).heartbeatMs, 1500);
        QCOMPARE(decodeServerEvent("garbage").type, QString());
    }

    void liveBatchesPassOnceEach()
    {
        StreamCursor cursor(10);
        QCOMPARE(cursor.live(batchOf(5, 10)), std::optional<qsizetype>(6));   // 11..14 are new
        QCOMPARE(cursor.covered(), 14);
        QCOMPARE(cursor.live(batchOf(15, 3)), std::optional<qsizetype>(0));
        QCOMPARE(cursor.live(batchOf(12, 2)), std::optional<qsizetype>(2));   // nothing new
    }

    // However pages and live batches interleave, the client gets every
    // sequence after its resume point exactly once, in order.
    void resumeSeamHasNoGapNorRepeat_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 40; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void resumeSeamHasNoGapNorRepeat()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        // The store: committed batches, numbered from 1.
        QList<SharedStreamBatch> committed;
        qint64 next = 1;
        const auto commit = [&] {
            const qsizetype size = 1 + random.bounded(50);
            committed.append(batchOf(next, size));
            next += size;
            return committed.constLast();
        };
        for (int i = 0; i < 20; ++i)
            commit();
        const qint64 resumeAfter = random.bounded(qint64(next));
        StreamCursor cursor(resumeAfter);
        cursor.beginReplay();
        QList<qint64> sent;
        qint64 readFrom = resumeAfter;
        bool complete = false;
        while (!complete) {
            // Commits race the read: their batches reach the cursor before the page.
            for (int i = random.bounded(3); i > 0; --i)
                QVERIFY(!cursor.live(commit()));
            const qsizetype page = 1 + random.bounded(120);
            const qint64 last = next - 1;
            const qint64 upTo = std::min<qint64>(last, readFrom + page);
            for (qint64 s = readFrom + 1; s <= upTo; ++s)
                sent.append(s);
            complete = upTo == last;
            const QList<StreamCursor::Release> released = cursor.replayed(upTo, complete);
            for (const StreamCursor::Release &release : released)
                appendFrom(sent, *release.batch, release.from);
            readFrom = cursor.covered();
        }
        for (int i = 0; i < 5; ++i) {
            const SharedStreamBatch batch = commit();
            const std::optional<qsizetype> from = cursor.live(batch);
            QVERIFY(from);
            appendFrom(sent, *batch, *from);
        }
        QCOMPARE(sent.size(), qsizetype(next - 1 - resumeAfter));
        for (qsizetype i = 0; i < sent.size(); ++i)
            QCOMPARE(sent.at(i), resumeAfter + 1 + i);
    }

    void tokensCompareByContent()
    {
        QVERIFY(tokensEqual("0123456789abcdef", "0123456789abcdef"));
        QVERIFY(!tokensEqual("0123456789abcdef", "0123456789abcdeF"));
        QVERIFY(!tokensEqual("0123456789abcdef", "0123456789abcdef0"));
        QVERIFY(!tokensEqual("", "x"));
        QCOMPARE(bearerToken("Bearer  secret-token "), QByteArray("secret-token"));
        QCOMPARE(bearerToken("bearer x"), QByteArray("x"));
        QCOMPARE(bearerToken("Basic abc"), QByteArray());
    }

    void accessFollowsTokens()
    {
        const AccessTokens none;
        const AccessTokens both{"read-token-0123456", "publish-token-0123"};
        // Loopback without tokens: everything; elsewhere no publishing without its token.
        QVERIFY(accessFor(none, {}, true).canPublish);
        QVERIFY(!accessFor(none, {}, false).canPublish);
        QVERIFY(accessFor(none, {}, false).canRead);
        const Access anonymous = accessFor(both, {}, true);
        QVERIFY(anonymous.authenticated);
        QVERIFY(!anonymous.canRead);
        QVERIFY(!anonymous.canPublish);
        const Access reader = accessFor(both, "read-token-0123456", true);
        QVERIFY(reader.canRead);
        QVERIFY(!reader.canPublish);
        const Access publisher = accessFor(both, "publish-token-0123", true);
        QVERIFY(publisher.canRead);
        QVERIFY(publisher.canPublish);
        QVERIFY(!accessFor(both, "wrong", true).authenticated);
        QVERIFY(!accessFor(none, "anything", true).authenticated);
    }
};

QTEST_GUILESS_MAIN(TestServerProtocol)
#include "tst_serverprotocol.moc"
