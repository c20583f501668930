#pragma once

#include <QString>

namespace tickerline {

// How one simulated symbol behaves (see SimulatedPath).
struct SimulatedProfile
{
    QString name;
    double level = 0.0;         // the median price in `currency`, which it moves around
    double volatility = 0.0;    // annual sigma of log returns
    // The exchange it "trades" on, spelled as Yahoo's exchange codes so that the
    // venue lookup finds its calendar (the built-in names are Nasdaq's, others
    // go by their suffix: VOD.L "LSE", 7203.T "TSE", BTC-USD "CCC"); "SIM" for none.
    QString exchange;
    QString currency = QStringLiteral("USD");
};

// FNV-1a over the UTF-16 code units: unlike qHash it is not salted per
// process, so colours, profiles and seeds stay the same from run to run.
[[nodiscard]] quint64 stableSymbolHash(const QString &symbol);

// The simulated catalogue's (SimulatedCatalogue.h) for the names it knows;
// any other symbol gets a profile derived from its hash.
[[nodiscard]] SimulatedProfile simulatedProfile(const QString &symbol);

} // namespace tickerline
