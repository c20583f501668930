#include <ProviderUrls.h>

#include <QTest>
#include <QUrlQuery>

using namespace tickerline;
using namespace Qt::StringLiterals;

class TestProviderUrls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withPath_data();
    void withPath();
    void symbolsStayOneSegment();
    void queryItemsAreEncoded();
    void httpOrigin_data();
    void httpOrigin();
};

void TestProviderUrls::withPath_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host") << QUrl(u"https://query1.finance.yahoo.com"_s)
                          << u"https://query1.finance.yahoo.com/v8/finance/chart/AAPL"_s;
    QTest::newRow("root slash") << QUrl(u"http://127.0.0.1:8080/"_s)
                                << u"http://127.0.0.1:8080/v8/finance/chart/AAPL"_s;
    QTest::newRow("proxy prefix") << QUrl(u"http://proxy/yahoo/"_s) << u"http://proxy/yahoo/v8/finance/chart/AAPL"_s;
    QTest::newRow("query dropped") << QUrl(u"http://proxy/y?token=1#x"_s) << u"http://proxy/y/v8/finance/chart/AAPL"_s;
}

void TestProviderUrls::withPath()
{
    QFETCH(QUrl, base);
    QFETCH(QString, expected);
    QCOMPARE(tickerline::withPath(base, u"/v8/finance/chart/AAPL").toString(), expected);
}

void TestProviderUrls::symbolsStayOneSegment()
{
    const QUrl url = tickerline::withPath(QUrl(u"http://h"_s), QString(u"/chart/" + pathSegment(u"EUR/USD^X"_s)));
    QCOMPARE(url.toEncoded(), QByteArray("http://h/chart/EUR%2FUSD%5EX"));
    QCOMPARE(pathSegment(u"BRK-B"_s), u"BRK-B"_s);
}

void TestProviderUrls::queryItemsAreEncoded()
{
    const QString key = u"a+b/c=d&e%f g"_s;
    const QUrl url = withQueryItem(QUrl(u"wss://ws.example/v1?stream=1"_s), u"token"_s, key);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"stream"_s), u"1"_s);
    QCOMPARE(query.queryItemValue(u"token"_s, QUrl::FullyDecoded), key);
}

void TestProviderUrls::httpOrigin_data()
{
    QTest::addColumn<QUrl>("endpoint");
    QTest::addColumn<QUrl>("expected");
    QTest::newRow("ws") << QUrl(u"ws://127.0.0.1:9000/ws?x=1"_s) << QUrl(u"http://127.0.0.1:9000"_s);
    QTest::newRow("wss") << QUrl(u"wss://proxy.example/finnhub"_s) << QUrl(u"https://proxy.example"_s);
    QTest::newRow("https") << QUrl(u"https://proxy.example:8443/a"_s) << QUrl(u"https://proxy.example:8443"_s);
}

void TestProviderUrls::httpOrigin()
{
    QFETCH(QUrl, endpoint);
    QFETCH(QUrl, expected);
    QCOMPARE(tickerline::httpOrigin(endpoint), expected);
}

QTEST_GUILESS_MAIN(TestProviderUrls)
#include "tst_providerurls.moc"
