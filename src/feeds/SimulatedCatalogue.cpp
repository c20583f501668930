#include "SimulatedCatalogue.h"

#include <array>

namespace tickerline {

namespace {

struct Known
{
    const char16_t *symbol;
    const char16_t *name;
    double level;
    double volatility;
    const char16_t *exchange;
    const char16_t *currency;
    SymbolMatch::Kind kind;
};

using Kind = SymbolMatch::Kind;

// Late-2026-ish levels; volatility in the range these names have shown.
constexpr std::array catalogue{
    Known{u"AAPL", u"Apple Inc.", 344.80, 0.27, u"NASDAQ", u"USD", Kind::Equity},
    Known{u"MSFT", u"Microsoft Corporation", 565.30, 0.25, u"NASDAQ", u"USD", Kind::Equity},
    Known{u"NVDA", u"NVIDIA Corporation", 212.60, 0.50, u"NASDAQ", u"USD", Kind::Equity},
    Known{u"AMZN", u"Amazon.com, Inc.", 262.40, 0.32, u"NASDAQ", u"USD", Kind::Equity},
    Known{u"GOOGL", u"Alphabet Inc.", 291.70, 0.30, u"NASDAQ", u"USD", Kind::Equity},
    Known{u"NFLX", u"Netflix, Inc.", 118.90, 0.38, u"NASDAQ", u"USD", Kind::Equity},
    Known{u"META", u"Meta Platforms, Inc.", 702.10, 0.36, u"NASDAQ", u"USD", Kind::Equity},
    Known{u"TSLA", u"Tesla, Inc.", 431.50, 0.58, u"NASDAQ", u"USD", Kind::Equity},
    Known{u"BRK-B", u"Berkshire Hathaway Inc. Class B", 498.20, 0.17, u"NYSE", u"USD", Kind::Equity},
    Known{u"JPM", u"JPMorgan Chase & Co.", 318.40, 0.24, u"NYSE", u"USD", Kind::Equity},
    Known{u"KO", u"The Coca-Cola Company", 71.30, 0.15, u"NYSE", u"USD", Kind::Equity},
    Known{u"SPY", u"SPDR S&P 500 ETF Trust", 684.90, 0.16, u"NYSE", u"USD", Kind::Etf},
    Known{u"VOD.L", u"Vodafone Group Plc", 86.40, 0.24, u"LSE", u"GBp", Kind::Equity},
    Known{u"AZN.L", u"AstraZeneca PLC", 13'120.00, 0.22, u"LSE", u"GBp", Kind::Equity},
    Known{u"SAP.DE", u"SAP SE", 238.60, 0.28, u"XETRA", u"EUR", Kind::Equity},
    Known{u"SIE.DE", u"Siemens Aktiengesellschaft", 241.90, 0.26, u"XETRA", u"EUR", Kind::Equity},
    Known{u"MC.PA", u"LVMH Moët Hennessy Louis Vuitton", 612.30, 0.30, u"PAR", u"EUR", Kind::Equity},
    Known{u"7203.T", u"Toyota Motor Corporation", 3'010.00, 0.27, u"TSE", u"JPY", Kind::Equity},
    Known{u"6758.T", u"Sony Group Corporation", 4'180.00, 0.31, u"TSE", u"JPY", Kind::Equity},
    Known{u"0700.HK", u"Tencent Holdings Limited", 642.00, 0.34, u"HKSE", u"HKD", Kind::Equity},
    Known{u"BHP.AX", u"BHP Group Limited", 41.20, 0.25, u"ASX", u"AUD", Kind::Equity},
    Known{u"SHOP.TO", u"Shopify Inc.", 221.70, 0.52, u"TOR", u"CAD", Kind::Equity},
    Known{u"BTC-USD", u"Bitcoin / USD", 99'700.00, 0.55, u"CCC", u"USD", Kind::Crypto},
    Known{u"ETH-USD", u"Ethereum / USD", 3'870.00, 0.70, u"CCC", u"USD", Kind::Crypto},
    Known{u"SOL-USD", u"Solana / USD", 212.40, 0.90, u"CCC", u"USD", Kind::Crypto},
    Known{u"DOGE-USD", u"Dogecoin / USD", 0.38, 1.10, u"CCC", u"USD", Kind::Crypto},
};

CatalogueEntry entryOf(const Known &known)
{
    return {QString::fromUtf16(known.symbol), QString::fromUtf16(known.name), known.level, known.volatility,
            QString::fromUtf16(known.exchange), QString::fromUtf16(known.currency), known.kind};
}

} // namespace

std::optional<CatalogueEntry> simulatedCatalogueEntry(const QString &symbol)
{
    for (const Known &known : catalogue) {
        if (symbol == QStringView(known.symbol))
            return entryOf(known);
    }
    return std::nullopt;
}

SymbolMatchList simulatedCatalogue()
{
    SymbolMatchList result;
    result.reserve(qsizetype(catalogue.size()));
    for (const Known &known : catalogue) {
        const CatalogueEntry entry = entryOf(known);
        result.append({entry.symbol, entry.symbol, entry.name, entry.exchange, entry.currency, entry.kind,
                       {QStringLiteral("simulated")}, false});
    }
    return result;
}

} // namespace tickerline
