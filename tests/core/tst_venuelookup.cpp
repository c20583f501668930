#include "VenueLookup.h"

#include <QTest>

using namespace tickerline::calendar;

Q_DECLARE_METATYPE(std::optional<tickerline::calendar::VenueId>)

namespace {
const std::optional<VenueId> None = std::nullopt;
}

class TestVenueLookup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void symbols_data();
    void symbols();
    void exchangeNames_data();
    void exchangeNames();
    void instrumentPrefersTheExchangeField();
};

void TestVenueLookup::symbols_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<std::optional<VenueId>>("venue");
    const auto row = [](const char *symbol, std::optional<VenueId> venue) {
        QTest::newRow(symbol) << QString::fromLatin1(symbol) << venue;
    };
    row("VOD.L", VenueId::Lse);
    row("SAP.DE", VenueId::Xetra);
    row("MC.PA", VenueId::EuronextParis);
    row("7203.T", VenueId::Tse);
    row("0700.HK", VenueId::Hkex);
    row("BHP.AX", VenueId::Asx);
    row("RY.TO", VenueId::Tsx);
    row("vod.l", VenueId::Lse);
    row("AAPL", VenueId::Nyse);
    row("BRK-B", VenueId::Nyse);
    row("BRK.B", VenueId::Nyse);
    row("BTC-USD", VenueId::Crypto);
    row("ETH-USD", VenueId::Crypto);
    row("ETH-EUR", VenueId::Crypto);
    row("BTCUSDT", VenueId::Crypto);
    row("ETHUSDC", VenueId::Crypto);
    row("^GSPC", None);
    row("ES=F", None);
    row("EURUSD=X", None);
    row("EUR/USD", None);
    row("NESN.SW", None);
    row("7203", None);
    row("", None);
}

void TestVenueLookup::symbols()
{
    QFETCH(QString, symbol);
    QFETCH(std::optional<VenueId>, venue);
    QCOMPARE(venueForSymbol(symbol), venue);
}

void TestVenueLookup::exchangeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<std::optional<VenueId>>("venue");
    const auto row = [](const char *name, std::optional<VenueId> venue) {
        QTest::newRow(name) << QString::fromLatin1(name) << venue;
    };
    // Yahoo fullExchangeName (what src/feeds/parsers/YahooParser puts in Instrument::exchange) …
    row("NasdaqGS", VenueId::Nasdaq);
    row("NasdaqGM", VenueId::Nasdaq);
    row("NasdaqCM", VenueId::Nasdaq);
    row("NYSE", VenueId::Nyse);
    row("NYSEArca", VenueId::Nyse);
    row("LSE", VenueId::Lse);
    row("XETRA", VenueId::Xetra);
    row("Paris", VenueId::EuronextParis);
    row("Tokyo", VenueId::Tse);
    row("HKSE", VenueId::Hkex);
    row("ASX", VenueId::Asx);
    row("Toronto", VenueId::Tsx);
    row("CCC", VenueId::Crypto);
    // … its exchangeName codes …
    row("NMS", VenueId::Nasdaq);
    row("NYQ", VenueId::Nyse);
    row("GER", VenueId::Xetra);
    row("JPX", VenueId::Tse);
    row("HKG", VenueId::Hkex);
    // … and other providers' spellings.
    row("NASDAQ NMS - GLOBAL MARKET", VenueId::Nasdaq);
    row("NEW YORK STOCK EXCHANGE, INC.", VenueId::Nyse);
    row("LONDON STOCK EXCHANGE", VenueId::Lse);
    row("HONG KONG EXCHANGES AND CLEARING LTD", VenueId::Hkex);
    row("Swiss", None);
    row("", None);
}

void TestVenueLookup::exchangeNames()
{
    QFETCH(QString, name);
    QFETCH(std::optional<VenueId>, venue);
    QCOMPARE(venueForExchangeName(name), venue);
}

void TestVenueLookup::instrumentPrefersTheExchangeField()
{
    QCOMPARE(venueForInstrument(u"AAPL", u"NasdaqGS"), std::optional(VenueId::Nasdaq));
    QCOMPARE(venueForInstrument(u"AAPL", u""), std::optional(VenueId::Nyse));
    QCOMPARE(venueForInstrument(u"VOD.L", u"Unknown"), std::optional(VenueId::Lse));
}

QTEST_GUILESS_MAIN(TestVenueLookup)
#include "tst_venuelookup.moc"
