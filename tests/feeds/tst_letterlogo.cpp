#include "LetterLogo.h"

#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTest>

using namespace tickerline;

class TestLetterLogo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void svg_data();
    void svg();
    void colourDependsOnSymbol();
    void rendersWithQSvgRenderer();
};

void TestLetterLogo::svg_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("letter");
    QTest::newRow("stock") << QStringLiteral("AAPL") << QStringLiteral("A");
    QTest::newRow("index") << QStringLiteral("^GSPC") << QStringLiteral("G");
    QTest::newRow("digits") << QStringLiteral("7203.T") << QStringLiteral("7");
    QTest::newRow("lower case") << QStringLiteral("msft") << QStringLiteral("M");
    QTest::newRow("markup is not passed through") << QStringLiteral("<&>") << QStringLiteral("?");
}

void TestLetterLogo::svg()
{
    QFETCH(QString, symbol);
    QFETCH(QString, letter);
    const QByteArray svg = letterLogoSvg(symbol);
    QVERIFY(svg.startsWith("<svg"));
    QVERIFY(svg.endsWith("</svg>"));
    QVERIFY(svg.contains(QByteArray(">" + letter.toUtf8() + "</text>")));
    QVERIFY(svg.contains(letterLogoColor(symbol).toUtf8()));
    QCOMPARE(letterLogoSvg(symbol), svg);
    QCOMPARE(letterLogoMimeType(), QStringLiteral("image/svg+xml"));
}

void TestLetterLogo::colourDependsOnSymbol()
{
    const QString apple = letterLogoColor(QStringLiteral("AAPL"));
    QVERIFY(QRegularExpression(QStringLiteral("^#[0-9a-f]{6}$")).match(apple).hasMatch());
    QVERIFY(apple != letterLogoColor(QStringLiteral("AMZN")));
}

void TestLetterLogo::rendersWithQSvgRenderer()
{
    const QString symbol = QStringLiteral("NVDA");
    QSvgRenderer renderer(letterLogoSvg(symbol));
    QVERIFY(renderer.isValid());
    QImage image(64, 64, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        renderer.render(&painter);
    }
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);   // rounded corner
    QCOMPARE(QColor(image.pixel(4, 32)), QColor(letterLogoColor(symbol)));
    int white = 0;
    for (int y = 0; y < 64; ++y) {
        for (int x = 0; x < 64; ++x)
            white += image.pixel(x, y) == qRgb(255, 255, 255) ? 1 : 0;
    }
    QVERIFY2(white > 30, "the letter is drawn");
}

QTEST_MAIN(TestLetterLogo)
#include "tst_letterlogo.moc"
