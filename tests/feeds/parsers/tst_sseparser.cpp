#include "ProviderPayloads.h"

#include <SseParser.h>

#include <QTest>

using namespace tickerline;

namespace {

QList<SseEvent> expectedStreamEvents()
{
    const QString message = QStringLiteral("message");
    return {
        {QStringLiteral("quote"), QStringLiteral(R"({"symbol":"AAPL","price":"189.91","ts":1717430400123})"),
         QStringLiteral("1")},
        {QStringLiteral("quote"), QStringLiteral(R"({"symbol":"MSFT","price":415.5,"ts":1717430400456})"),
         QStringLiteral("2")},
        // "data" without a colon adds an empty line; only one leading space is dropped.
        {message, QStringLiteral("first line\nsecond line\n\n two leading spaces keep one"), QStringLiteral("2")},
        {QStringLiteral("status"), QStringLiteral(R"({"state":"open"})"), QStringLiteral("3")},
        // An event with no data is not dispatched; a bare "id" clears the id.
        {message, QString::fromUtf8("déjà vu ✓ 📈"), QString()},
    };
}

QByteArray withLineEnding(QByteArray stream, const QByteArray &ending)
{
    return stream.replace("\n", ending);
}

QList<SseEvent> feedAll(SseParser &parser, const QList<QByteArray> &chunks)
{
    QList<SseEvent> events;
    for (const QByteArray &chunk : chunks)
        events.append(parser.feed(chunk));
    return events;
}

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT

private slots:
    void recordedStream_data();
    void recordedStream();
    void everySplitGivesTheSameEvents_data();
    void everySplitGivesTheSameEvents();
    void byteByByte();
    void crlfSplitBetweenCrAndLf();
    void bomOnlyOnceAndOnlyAtStart();
    void idWithNulIsIgnored();
    void retryNeedsDigits_data();
    void retryNeedsDigits();
    void oversizedEventsAreDropped();
    void endlessLineStaysBounded();
    void resetKeepsLastEventId();
};

void TestSseParser::recordedStream_data()
{
    QTest::addColumn<QByteArray>("stream");

    const QByteArray lf = test::payload(QStringLiteral("sse/quotes_stream.txt"));
    QTest::newRow("LF") << lf;
    QTest::newRow("CRLF") << withLineEnding(lf, "\r\n");
    QTest::newRow("CR") << withLineEnding(lf, "\r");
    QTest::newRow("BOM + CRLF") << QByteArray("\xEF\xBB\xBF" + withLineEnding(lf, "\r\n"));
}

void TestSseParser::recordedStream()
{
    QFETCH(QByteArray, stream);
    QVERIFY(stream.size() > 100);

    SseParser parser;
    QCOMPARE(parser.feed(stream), expectedStreamEvents());
    QCOMPARE(parser.retryMs(), std::optional<qint64>(3000));   // "retry: soon" was ignored
    QCOMPARE(parser.lastEventId(), QString());
    QCOMPARE(parser.malformed(), 0);
    // The last event had no blank line after it: it stays pending, never half-delivered.
    QVERIFY(parser.feed("").isEmpty());
    // Two LFs: after a CR-ended line the first one completes that CRLF.
    QCOMPARE(parser.feed("\n\n").size(), 1);
}

void TestSseParser::everySplitGivesTheSameEvents_data()
{
    recordedStream_data();
}

void TestSseParser::everySplitGivesTheSameEvents()
{
    QFETCH(QByteArray, stream);

    for (qsizetype split = 0; split <= stream.size(); ++split) {
        SseParser parser;
        const QList<SseEvent> events = feedAll(parser, {stream.left(split), stream.mid(split)});
        if (events != expectedStreamEvents())
            QFAIL(qPrintable(QStringLiteral("split at %1 differs").arg(split)));
        QCOMPARE(parser.retryMs(), std::optional<qint64>(3000));
    }
}

void TestSseParser::byteByByte()
{
    const QByteArray stream = "\xEF\xBB\xBF" + withLineEnding(test::payload(QStringLiteral("sse/quotes_stream.txt")), "\r\n");
    SseParser parser;
    QList<QByteArray> bytes;
    for (const char c : stream)
        bytes.append(QByteArray(1, c));
    QCOMPARE(feedAll(parser, bytes), expectedStreamEvents());
}

void TestSseParser::crlfSplitBetweenCrAndLf()
{
    // A CR at the end of one chunk and an LF at the start of the next are one
    // line end, not a line end plus a blank line that would dispatch early.
    SseParser parser;
    QVERIFY(parser.feed("data: a\r").isEmpty());
    QVERIFY(parser.feed("\ndata: b\r").isEmpty());
    const QList<SseEvent> events = parser.feed("\n\r\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().data, QStringLiteral("a\nb"));
}

void TestSseParser::bomOnlyOnceAndOnlyAtStart()
{
    SseParser split;
    QVERIFY(split.feed("\xEF").isEmpty());
    QVERIFY(split.feed("\xBB").isEmpty());
    QCOMPARE(split.feed("\xBF" "data: x\n\n").size(), 1);

    // A second BOM is text: it makes the field name "\uFEFFdata", which is ignored.
    SseParser twice;
    QVERIFY(twice.feed("\xEF\xBB\xBF\xEF\xBB\xBF" "data: x\n\n").isEmpty());
    QCOMPARE(twice.feed("data: y\n\n").size(), 1);

    // Bytes that only began like a BOM are text too.
    SseParser partial;
    QVERIFY(partial.feed("\xEF").isEmpty());
    QVERIFY(partial.feed("data: x\n\n").isEmpty());
    QCOMPARE(partial.feed("data: y\n\n").first().data, QStringLiteral("y"));
}

void TestSseParser::idWithNulIsIgnored()
{
    SseParser parser;
    static const char stream[] = "id: 7\ndata: a\n\nid: 8\0x\ndata: b\n\n";
    const QList<SseEvent> events = parser.feed(QByteArrayView(stream, sizeof(stream) - 1));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).id, QStringLiteral("7"));
    QCOMPARE(events.at(1).id, QStringLiteral("7"));
    QCOMPARE(parser.lastEventId(), QStringLiteral("7"));

    // An id without data still becomes the last event ID.
    QVERIFY(parser.feed("id: 9\n\n").isEmpty());
    QCOMPARE(parser.lastEventId(), QStringLiteral("9"));
}

void TestSseParser::retryNeedsDigits_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("retryMs");

    QTest::newRow("digits") << QByteArray("retry: 2500\n") << qint64(2500);
    QTest::newRow("no space") << QByteArray("retry:1000\n") << qint64(1000);
    QTest::newRow("letters") << QByteArray("retry: 10a\n") << qint64(-1);
    QTest::newRow("negative") << QByteArray("retry: -5\n") << qint64(-1);
    QTest::newRow("decimal") << QByteArray("retry: 1.5\n") << qint64(-1);
    QTest::newRow("empty") << QByteArray("retry:\n") << qint64(-1);
    QTest::newRow("overflow") << QByteArray("retry: 99999999999999999999999\n") << qint64(-1);
}

void TestSseParser::retryNeedsDigits()
{
    QFETCH(QByteArray, line);
    QFETCH(qint64, retryMs);

    SseParser parser;
    QVERIFY(parser.feed(QByteArray(line + "\n")).isEmpty());   // retry alone dispatches nothing
    QCOMPARE(parser.retryMs().value_or(-1), retryMs);
}

void TestSseParser::oversizedEventsAreDropped()
{
    SseParser parser(64);
    const QByteArray big = QByteArray("event: big\ndata: " + QByteArray(40, 'x') + "\ndata: " + QByteArray(40, 'y') + "\n\n");
    const QList<SseEvent> events = parser.feed(QByteArray(big + "data: small\n\n"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().data, QStringLiteral("small"));
    QCOMPARE(events.first().type, QStringLiteral("message"));   // the dropped event's type does not leak
    QCOMPARE(parser.malformed(), 1);
}

void TestSseParser::endlessLineStaysBounded()
{
    SseParser parser(1024);
    const QByteArray chunk(64 * 1024, 'z');
    QVERIFY(parser.feed("data: ").isEmpty());
    for (int i = 0; i < 160; ++i)   // 10 MiB without a line end
        QVERIFY(parser.feed(chunk).isEmpty());
    QCOMPARE(parser.malformed(), 1);
    const QList<SseEvent> events = parser.feed("\n\ndata: after\n\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().data, QStringLiteral("after"));
}

void TestSseParser::resetKeepsLastEventId()
{
    SseParser parser;
    QCOMPARE(parser.feed("retry: 500\nid: 41\ndata: a\n\nid: 42\ndata: half").size(), 1);
    parser.reset();   // the connection dropped mid-event
    QCOMPARE(parser.lastEventId(), QStringLiteral("41"));
    QCOMPARE(parser.retryMs(), std::optional<qint64>(500));
    const QList<SseEvent> events = parser.feed("\xEF\xBB\xBF" "data: b\n\n");   // a new stream may start with a BOM
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().data, QStringLiteral("b"));
    QCOMPARE(events.first().id, QStringLiteral("41"));
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
