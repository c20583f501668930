// The serving port's HTTP requests without sockets: heads (complete,
// incomplete, too large, malformed), queries of /v1/events and /v1/history
// (what is accepted, what is refused and why), and the SSE framing.

#include "HttpRequest.h"

#include <QTest>

using namespace tickerline;
using namespace tickerline::http;

namespace {

RequestHead headOf(const QByteArray &bytes)
{
    const HeadParse parse = parseRequestHead(bytes);
    const auto *head = std::get_if<RequestHead>(&parse);
    return head ? *head : RequestHead{};
}

} // namespace

class TestHttpRequest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headIsParsed()
    {
        const QByteArray bytes = "GET /v1/%65vents?symbols=A%2CB&x+y=1+2&flag HTTP/1.1\r\nHost: h\r\n"
                                 "Last-Event-ID:  42 \r\nUpgrade: WebSocket\r\n\r\nrest";
        const RequestHead head = headOf(bytes);
        QCOMPARE(head.method, QByteArray("GET"));
        QCOMPARE(head.path, QStringLiteral("/v1/events"));
        QCOMPARE(head.query.size(), 3);
        QCOMPARE(head.query.at(0), (QPair<QString, QString>{QStringLiteral("symbols"), QStringLiteral("A,B")}));
        QCOMPARE(head.query.at(1), (QPair<QString, QString>{QStringLiteral("x y"), QStringLiteral("1 2")}));
        QCOMPARE(head.query.at(2).first, QStringLiteral("flag"));
        QCOMPARE(head.header("last-event-id"), QByteArray("42"));
        QVERIFY(head.isWebSocketUpgrade());
        QCOMPARE(head.size, bytes.indexOf("rest"));
    }

    void headIsRefusedOrAwaited_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");   // 0: incomplete
        QTest::newRow("no blank line yet") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n") << 0;
        QTest::newRow("too large") << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(kMaxHeadBytes, 'a')) << 431;
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: h\r\n\r\n") << 400;
        QTest::newRow("no path") << QByteArray("GET x HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2\r\n\r\n") << 505;
        QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\n continued\r\n\r\n") << 400;
        QTest::newRow("control byte") << QByteArray("GET /\x01 HTTP/1.1\r\n\r\n") << 400;
    }

    void headIsRefusedOrAwaited()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        const HeadParse parse = parseRequestHead(bytes);
        if (status == 0) {
            QVERIFY(std::holds_alternative<Incomplete>(parse));
            return;
        }
        const auto *error = std::get_if<Error>(&parse);
        QVERIFY(error);
        QCOMPARE(error->status, status);
        QVERIFY(!error->reason.isEmpty());
    }

    void eventsQuery()
    {
        auto parsed = parseEventsQuery(headOf("GET /v1/events?symbols=aapl,MSFT,aapl&lastEventId=7 HTTP/1.1\r\n\r\n"));
        QVERIFY(std::holds_alternative<EventsQuery>(parsed));
        QCOMPARE(std::get<EventsQuery>(parsed).symbols, (QStringList{QStringLiteral("AAPL"), QStringLiteral("MSFT")}));
        QCOMPARE(std::get<EventsQuery>(parsed).lastEventId, std::optional<qint64>(7));
        // What a reconnecting EventSource sends wins over the URL it was opened with.
        parsed = parseEventsQuery(headOf("GET /v1/events?symbols=A&lastEventId=7 HTTP/1.1\r\nLast-Event-ID: 99\r\n\r\n"));
        QCOMPARE(std::get<EventsQuery>(parsed).lastEventId, std::optional<qint64>(99));
        parsed = parseEventsQuery(headOf("GET /v1/events?symbols=A HTTP/1.1\r\n\r\n"));
        QVERIFY(!std::get<EventsQuery>(parsed).lastEventId);
        parsed = parseEventsQuery(headOf("GET /v1/events?symbols=A HTTP/1.1\r\nLast-Event-ID: x1\r\n\r\n"));
        QVERIFY(std::get<Error>(parsed).reason.startsWith(QLatin1String("Last-Event-ID must be")));
        parsed = parseEventsQuery(headOf("GET /v1/events?symbols=A&symbols=B HTTP/1.1\r\n\r\n"));
        QCOMPARE(std::get<Error>(parsed).reason, QStringLiteral("symbols given twice"));
    }

    void historyQuery()
    {
        auto parsed = parseHistoryQuery(
            headOf("GET /v1/history?symbol=btc-usd&from=2026-12-07T14:00:00%2B01:00&to=2026-12-07T14:00:00.250&buckets=9"
                   " HTTP/1.1\r\n\r\n"));
        QVERIFY(std::holds_alternative<HistoryQuery>(parsed));
        const HistoryQuery query = std::get<HistoryQuery>(parsed);
        QCOMPARE(query.symbol, QStringLiteral("BTC-USD"));
        QCOMPARE(query.fromMs, QDateTime(QDate(2026, 12, 7), QTime(13, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(query.toMs, QDateTime(QDate(2026, 12, 7), QTime(14, 0, 0, 250), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(query.buckets, 9);
        parsed = parseHistoryQuery(headOf("GET /v1/history?symbol=A&from=1&to=2 HTTP/1.1\r\n\r\n"));
        QCOMPARE(std::get<HistoryQuery>(parsed).buckets, 2'000);
    }

    void sseFraming()
    {
        QCOMPARE(sseEvent("{\"a\":1}", 12), QByteArray("id: 12\ndata: {\"a\":1}\n\n"));
        QCOMPARE(sseEvent("{}"), QByteArray("data: {}\n\n"));
        QCOMPARE(sseComment("heartbeat"), QByteArray(": heartbeat\n\n"));
        QCOMPARE(sseRetry(2000), QByteArray("retry: 2000\n\n"));
        const QByteArray head = encodeEventStreamHead("X: y\r\n");
        QVERIFY(head.startsWith("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"));
        QVERIFY(head.endsWith("X: y\r\n\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestHttpRequest)
#include "tst_httprequest.moc"
