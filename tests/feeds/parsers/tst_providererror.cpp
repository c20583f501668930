#include <ProviderError.h>

#include <QTest>

using namespace tickerline;

class TestProviderError : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void messageIsOneCappedLine();
    void retryAfter_data();
    void retryAfter();
};

void TestProviderError::classify_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("kind");

    const int rate = int(ProviderError::Kind::RateLimited);
    const int auth = int(ProviderError::Kind::Auth);
    const int unknown = int(ProviderError::Kind::UnknownSymbol);
    const int other = int(ProviderError::Kind::Other);
    // Real provider messages.
    QTest::newRow("finnhub limit") << "API limit reached. Please try again later. Remaining Limit: 0" << rate;
    QTest::newRow("finnhub access") << "You don't have access to this resource." << auth;
    QTest::newRow("finnhub key") << "Invalid API key" << auth;
    QTest::newRow("finnhub symbols") << "Subscribing to too many symbols" << other;
    QTest::newRow("av limit, mentions premium")
        << "Thank you for using Alpha Vantage! Our standard API rate limit is 25 requests per day. Please subscribe "
           "to any of the premium plans at https://www.alphavantage.co/premium/ to instantly remove all daily rate "
           "limits."
        << rate;
    QTest::newRow("av frequency") << "Our standard API call frequency is 5 calls per minute" << rate;
    QTest::newRow("av premium endpoint") << "Thank you for using Alpha Vantage! This is a premium endpoint." << auth;
    QTest::newRow("twelve credits") << "You have run out of API credits for the current minute." << rate;
    QTest::newRow("twelve apikey") << "**apikey** parameter is incorrect or not specified." << auth;
    QTest::newRow("twelve symbol") << "**symbol** not found: XYZQ." << unknown;
    QTest::newRow("coinbase product") << "Failed to subscribe: BTC-XYZ is not a valid product" << unknown;
    QTest::newRow("coinbase NotFound") << "NotFound" << unknown;
    QTest::newRow("coinbase rate") << "Public rate limit exceeded" << rate;
    QTest::newRow("yahoo crumb") << "Unauthorized: Invalid Crumb" << auth;
    QTest::newRow("binance symbol") << "Invalid symbol." << unknown;
    QTest::newRow("something else") << "Internal error; unable to process your request." << other;
    QTest::newRow("empty") << "" << other;
}

void TestProviderError::classify()
{
    QFETCH(QString, message);
    QFETCH(int, kind);
    QCOMPARE(int(classifyErrorMessage(message)), kind);
}

void TestProviderError::messageIsOneCappedLine()
{
    const QString hostile = QStringLiteral("line one\nline two\r\n") + QString(10'000, u'x');
    const ProviderError error = makeProviderError(hostile);
    QVERIFY(!error.message.contains(u'\n'));
    QVERIFY(!error.message.contains(u'\r'));
    QVERIFY(error.message.size() <= 300);
    QVERIFY(error.message.startsWith(u"line one line two"));
    QCOMPARE(makeProviderError(u"Invalid API key", ProviderError::Kind::Other).kind, ProviderError::Kind::Other);
}

void TestProviderError::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("delayMs");

    const qint64 now = 1'445'412'470'000;   // 2015-10-21T07:27:50Z
    QTest::newRow("seconds") << QByteArray("120") << now << qint64(120'000);
    QTest::newRow("spaces") << QByteArray("  5 ") << now << qint64(5'000);
    QTest::newRow("zero") << QByteArray("0") << now << qint64(0);
    QTest::newRow("capped at a day") << QByteArray("9999999") << now << qint64(86'400'000);
    QTest::newRow("overflow") << QByteArray("99999999999999999999999") << now << qint64(86'400'000);
    QTest::newRow("date") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << now << qint64(10'000);
    QTest::newRow("date in the past") << QByteArray("Wed, 21 Oct 2015 07:20:00 GMT") << now << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << now << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << now << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << now << qint64(-1);
    QTest::newRow("empty") << QByteArray() << now << qint64(-1);
    QTest::newRow("bad date") << QByteArray("Wed, 32 Oct 2015 07:28:00 GMT") << now << qint64(-1);
}

void TestProviderError::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, now);
    QFETCH(qint64, delayMs);
    QCOMPARE(parseRetryAfter(value, now).value_or(-1), delayMs);
}

QTEST_GUILESS_MAIN(TestProviderError)
#include "tst_providererror.moc"
