#include "Redaction.h"

#include <QTest>
#include <QUrl>

using namespace tickerline;

class TestRedaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redactedUrl_data();
    void redactedUrl();
    void redactedMessageMasksKeyInErrorStrings();
    void redactedTextMasksSecret();
};

void TestRedaction::redactedUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");

    QTest::newRow("finnhub ws token") << "wss://ws.finnhub.io?token=abc123"
                                      << "wss://ws.finnhub.io?token=***";
    QTest::newRow("alpha vantage apikey kept others")
        << "https://www.alphavantage.co/query?function=GLOBAL_QUOTE&symbol=IBM&apikey=K3Y"
        << "https://www.alphavantage.co/query?function=GLOBAL_QUOTE&symbol=IBM&apikey=***";
    QTest::newRow("any case") << "https://x.test/q?APIKEY=s3cret&Token=t0k"
                              << "https://x.test/q?APIKEY=***&Token=***";
    QTest::newRow("key and api_key") << "https://x.test/q?key=a&api_key=b&access_token=c&secret=d"
                                     << "https://x.test/q?key=***&api_key=***&access_token=***&secret=***";
    QTest::newRow("escaped name") << "https://x.test/q?api%5Fkey=b" << "https://x.test/q?api_key=***";
    QTest::newRow("similar names kept") << "https://x.test/q?keyword=a&tokens=b&monkey=c"
                                        << "https://x.test/q?keyword=a&tokens=b&monkey=c";
    QTest::newRow("no query") << "https://query1.finance.yahoo.com/v8/finance/chart/AAPL"
                              << "https://query1.finance.yahoo.com/v8/finance/chart/AAPL";
    QTest::newRow("password dropped") << "https://user:pw@x.test/path" << "https://user@x.test/path";
    QTest::newRow("fragment dropped") << "https://x.test/cb#access_token=zzz" << "https://x.test/cb";
}

void TestRedaction::redactedUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(tickerline::redactedUrl(QUrl(url)), expected);
}

void TestRedaction::redactedMessageMasksKeyInErrorStrings()
{
    const QUrl url(QStringLiteral("https://finnhub.io/api/v1/quote?symbol=AAPL&token=a%2Bb%3Dc"));
    // Qt writes URLs into error strings in either spelling.
    const QString encoded = QStringLiteral("Error transferring https://finnhub.io/api/v1/quote?symbol=AAPL&token=a%2Bb%3Dc");
    const QString decoded = QStringLiteral("Error transferring https://finnhub.io/api/v1/quote?symbol=AAPL&token=a+b=c");
    QCOMPARE(redactedMessage(encoded, url),
             QStringLiteral("Error transferring https://finnhub.io/api/v1/quote?symbol=AAPL&token=***"));
    QCOMPARE(redactedMessage(decoded, url),
             QStringLiteral("Error transferring https://finnhub.io/api/v1/quote?symbol=AAPL&token=***"));
    QCOMPARE(redactedMessage(u"Connection refused", url), QStringLiteral("Connection refused"));
}

void TestRedaction::redactedTextMasksSecret()
{
    QCOMPARE(redactedText(u"{\"action\":\"auth\",\"key\":\"K3Y\"}", u"K3Y"),
             QStringLiteral("{\"action\":\"auth\",\"key\":\"***\"}"));
    QCOMPARE(redactedText(u"nothing to hide", u""), QStringLiteral("nothing to hide"));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
