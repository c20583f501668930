#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace tickerline {

// One instrument a symbol search found. `symbol` is in Tickerline's spelling,
// the one its feeds understand (AAPL, BRK-B, VOD.L, BTC-USD, BTC-USDT, EUR/USD);
// `providerSymbol` is how the provider that found it spells it (BRK.B,
// BTCUSDT, XBT/USD), shown so that the mapping is visible.
struct SymbolMatch
{
    enum class Kind { Equity, Etf, Fund, Index, Crypto, Forex, Future, Other };

    QString symbol;
    QString providerSymbol;
    QString name;
    QString venue;        // exchange as the provider names it: NASDAQ, LSE, Coinbase …
    QString currency;     // quote currency when known
    Kind kind = Kind::Other;
    QStringList providers;   // every provider that knows it, in the order asked
    bool cached = false;     // from the on-disk cache, not a fresh answer

    friend bool operator==(const SymbolMatch &, const SymbolMatch &) = default;
};

using SymbolMatchList = QList<SymbolMatch>;

// "equity", "crypto" … for the cache file, and back (Other for anything else).
[[nodiscard]] QString kindKey(SymbolMatch::Kind kind);
[[nodiscard]] SymbolMatch::Kind kindFromKey(const QString &key);

// What one provider answered: matches, or why not (a sentence for the user).
struct SymbolSearchParse
{
    SymbolMatchList matches;
    QString error;   // empty: the answer was understood
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

} // namespace tickerline

Q_DECLARE_METATYPE(tickerline::SymbolMatch)
