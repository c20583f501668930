// GET /v1/history on a serving collector: 20,000 published ticks, asked for
// as reduced buckets (and unreduced), answer for answer what the store
// itself gives for the same request; bad parameters get 400 and the reason.

#include "ServeFixture.h"

#include "Clock.h"
#include "TickStore.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

#include <cmath>

using namespace tickerline;
using namespace tickerline::test;

namespace {

constexpr qint64 kStartMs = 1'780'000'000'000;
constexpr int kTicks = 20'000;
constexpr qint64 kStepMs = 100;

struct Answer
{
    int status = 0;
    QByteArray body;
};

Answer get(const QUrl &url)
{
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(30'000))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

Series pointsOf(const QByteArray &body)
{
    Series series;
    for (const QJsonValue &value : QJsonDocument::fromJson(body).object().value(QLatin1String("points")).toArray()) {
        const QJsonObject point = value.toObject();
        series.append({point.value(QLatin1String("time")).toInteger(), point.value(QLatin1String("price")).toDouble(),
                       point.value(QLatin1String("size")).toDouble()});
    }
    return series;
}

} // namespace

class TestServeHistory final : public QObject
{
    Q_OBJECT

private:
    TempFolder m_folder;
    ServeProcess m_serve;
    QString m_db;

    [[nodiscard]] QUrl url(const QString &query) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/v1/history?%2").arg(m_serve.port()).arg(query));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_folder.path(QStringLiteral("h.db"));
        QByteArray csv = "symbol,time,price,volume\n";
        for (int i = 0; i < kTicks; ++i) {
            const double price = 100 + 10 * std::sin(i / 300.0) + (i % 7) * 0.25;
            csv += "HIST," + iso(kStartMs + i * kStepMs).toLatin1() + ','
                   + QByteArray::number(price, 'g', QLocale::FloatingPointShortest) + ',' + QByteArray::number(1 + i % 5)
                   + '\n';
        }
        const QString file = m_folder.path(QStringLiteral("ticks.csv"));
        QVERIFY(writeFile(file, csv));
        QVERIFY(m_serve.start({QStringLiteral("--symbols"), QStringLiteral("HIST"), QStringLiteral("--database"), m_db}));
        const Run pushed = runCollector({QStringLiteral("push"), QStringLiteral("--port"), QString::number(m_serve.port()),
                                         QStringLiteral("--file"), file});
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
    }

    // Every answer of the server, then the store's own for the same requests.
    void answersAreTheStoresOwn()
    {
        struct Asked
        {
            QString query;
            qint64 fromMs;
            qint64 toMs;
            int buckets;
            Answer answer;
        };
        const qint64 endMs = kStartMs + (kTicks - 1) * kStepMs;
        QList<Asked> asked{
            {QStringLiteral("symbol=HIST&from=%1&to=%2&buckets=50").arg(kStartMs).arg(endMs), kStartMs, endMs, 50, {}},
            {QStringLiteral("symbol=hist&from=%1&to=%2&buckets=300").arg(iso(kStartMs + 5'000), iso(endMs - 5'000)),
             kStartMs + 5'000, endMs - 5'000, 300, {}},
            {QStringLiteral("symbol=HIST&from=%1&to=%2&buckets=25000").arg(kStartMs).arg(endMs), kStartMs, endMs, 25'000, {}},
            {QStringLiteral("symbol=NONE&from=0&to=1"), 0, 1, 2'000, {}},
        };
        for (Asked &one : asked) {
            one.answer = get(url(one.query));
            QCOMPARE(one.answer.status, 200);
            const QJsonObject body = QJsonDocument::fromJson(one.answer.body).object();
            QCOMPARE(body.value(QLatin1String("from")).toInteger(), one.fromMs);
            QCOMPARE(body.value(QLatin1String("to")).toInteger(), one.toMs);
            QCOMPARE(body.value(QLatin1String("buckets")).toInt(), one.buckets);
        }
        QVERIFY(m_serve.stop());

        TickStore store(SystemClock::instance());
        QSignalSpy opened(&store, &TickStore::opened);
        store.open(m_db);
        QCOMPARE(opened.count(), 1);
        for (const Asked &one : std::as_const(asked)) {
            HistoryRequest request;
            request.symbols = {one.query.contains(QLatin1String("NONE")) ? QStringLiteral("NONE") : QStringLiteral("HIST")};
            request.fromMs = one.fromMs;
            request.toMs = one.toMs;
            request.maxPoints = one.buckets * 4;
            QSignalSpy ready(&store, &TickStore::historyReady);
            store.requestHistory(request);
            QCOMPARE(ready.count(), 1);
            const Series own = ready.at(0).at(0).value<HistoryResult>().series.value(request.symbols.constFirst());
            QCOMPARE(pointsOf(one.answer.body), own);
            QVERIFY(own.size() <= one.buckets * 4);
        }
        QCOMPARE(pointsOf(asked.at(2).answer.body).size(), kTicks);                  // unreduced
        QVERIFY(pointsOf(asked.at(0).answer.body).size() < kTicks / 50);             // reduced
        QVERIFY(pointsOf(asked.at(3).answer.body).isEmpty());
    }

    void badParametersGetReasons_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no symbol") << QStringLiteral("from=0&to=1") << QStringLiteral("symbol is required");
        QTest::newRow("bad symbol") << QStringLiteral("symbol=%3Cx%3E&from=0&to=1") << QStringLiteral("invalid symbol");
        QTest::newRow("no to") << QStringLiteral("symbol=HIST&from=0") << QStringLiteral("from and to are required");
        QTest::newRow("from after to") << QStringLiteral("symbol=HIST&from=5&to=1") << QStringLiteral("from is after to");
        QTest::newRow("bad time") << QStringLiteral("symbol=HIST&from=yesterday&to=1")
                                  << QStringLiteral("from must be UTC milliseconds or ISO-8601");
        QTest::newRow("zero buckets") << QStringLiteral("symbol=HIST&from=0&to=1&buckets=0")
                                      << QStringLiteral("buckets must be a whole number from 1 to 25000");
        QTest::newRow("too many buckets") << QStringLiteral("symbol=HIST&from=0&to=1&buckets=25001")
                                          << QStringLiteral("buckets must be a whole number");
        QTest::newRow("unknown parameter") << QStringLiteral("symbol=HIST&from=0&to=1&step=5")
                                           << QStringLiteral("unknown parameter");
    }

    void badParametersGetReasons()
    {
        QFETCH(QString, query);
        QFETCH(QString, reason);
        ServeProcess serve;
        QVERIFY(serve.start({QStringLiteral("--symbols"), QStringLiteral("HIST"), QStringLiteral("--database"),
                             m_folder.path(QStringLiteral("bad.db"))}));
        const Answer answer = get(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/history?%2").arg(serve.port()).arg(query)));
        QCOMPARE(answer.status, 400);
        QVERIFY2(QJsonDocument::fromJson(answer.body).object().value(QLatin1String("error")).toString().contains(reason),
                 answer.body.constData());
        QVERIFY(serve.stop());
    }
};

QTEST_GUILESS_MAIN(TestServeHistory)
#include "tst_servehistory.moc"
