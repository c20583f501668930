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
    void configuredKeyIsMaskedAnywhere_data();
    void configuredKeyIsMaskedAnywhere();
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
    QTest::newRow("userinfo masked") << "https://user:pw@x.test/path" << "https://***@x.test/path";
    QTest::newRow("key as user name") << "https://sk_live_abc@api.x.test/v1" << "https://***@api.x.test/v1";
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

// A key given to redactEverywhere() (Engine does, for every feed's key) is
// masked wherever it stands: in the path, under an unlisted query name, in
// a message that quotes the URL.
void TestRedaction::configuredKeyIsMaskedAnywhere_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("path") << "https://api.x.test/v1/Path-K3y-42/quote?symbol=IBM"
                          << "https://api.x.test/v1/***/quote?symbol=IBM";
    QTest::newRow("unlisted query name") << "https://api.x.test/q?auth=Path-K3y-42&symbol=IBM"
                                         << "https://api.x.test/q?auth=***&symbol=IBM";
    QTest::newRow("encoded in the path") << "https://api.x.test/v1/En%2Fcoded%2BKey/quote"
                                         << "https://api.x.test/v1/***/quote";
}

void TestRedaction::configuredKeyIsMaskedAnywhere()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    redactEverywhere(QStringLiteral("Path-K3y-42"));
    redactEverywhere(QStringLiteral("En/coded+Key"));
    redactEverywhere(QStringLiteral("a"));   // too short to mask: would hide every "a"
    QCOMPARE(tickerline::redactedUrl(QUrl(url)), expected);
    const QString error = QStringLiteral("Error transferring %1 - server replied: Forbidden").arg(url);
    const QString masked = redactedMessage(error, QUrl(url));
    QVERIFY2(!masked.contains(QStringLiteral("Path-K3y-42")) && !masked.contains(QStringLiteral("En%2Fcoded%2BKey")),
             qPrintable(masked));
    QVERIFY(masked.contains(QStringLiteral("transferring")));
    QCOMPARE(redactedText(u"auth Path-K3y-42 refused", u""), QStringLiteral("auth *** refused"));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
