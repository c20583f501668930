#include "SimulatedProfile.h"

#include "SimulatedCatalogue.h"

#include "SimulatedRandom.h"
#include "VenueLookup.h"

#include <QCoreApplication>

#include <array>
#include <cmath>

namespace tickerline {

namespace {

QString exchangeOf(const QString &symbol)
{
    using calendar::VenueId;
    const std::optional<VenueId> venue = calendar::venueForSymbol(symbol);
    if (!venue)
        return QStringLiteral("SIM");
    switch (*venue) {
    case VenueId::Nyse: return QStringLiteral("NYSE");
    case VenueId::Nasdaq: return QStringLiteral("NASDAQ");
    case VenueId::Lse: return QStringLiteral("LSE");
    case VenueId::Xetra: return QStringLiteral("XETRA");
    case VenueId::EuronextParis: return QStringLiteral("PAR");
    case VenueId::Tse: return QStringLiteral("TSE");
    case VenueId::Hkex: return QStringLiteral("HKSE");
    case VenueId::Asx: return QStringLiteral("ASX");
    case VenueId::Tsx: return QStringLiteral("TOR");
    case VenueId::Crypto: return QStringLiteral("CCC");
    }
    return QStringLiteral("SIM");
}

// Maps 53 bits of a hash to [0, 1).
double unitFromHash(quint64 hash)
{
    return double(hash >> 11) * 0x1.0p-53;
}

} // namespace

quint64 stableSymbolHash(const QString &symbol)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const QChar c : symbol) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

SimulatedProfile simulatedProfile(const QString &symbol)
{
    if (const std::optional<CatalogueEntry> known = simulatedCatalogueEntry(symbol))
        return {known->name, known->level, known->volatility, known->exchange, known->currency};
    const quint64 hash = stableSymbolHash(symbol);
    SimulatedProfile profile;
    profile.name = QCoreApplication::translate("SimulatedProfile", "%1 Corp. (simulated)").arg(symbol);
    // Log-uniform between $10 and $500, rounded to cents like a quoted price.
    profile.level = std::round(10.0 * std::pow(50.0, unitFromHash(mixSeed(hash, 1))) * 100.0) / 100.0;
    profile.volatility = 0.18 + 0.42 * unitFromHash(mixSeed(hash, 3));
    profile.exchange = exchangeOf(symbol);
    return profile;
}

} // namespace tickerline
