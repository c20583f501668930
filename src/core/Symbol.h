#pragma once

#include <QString>
#include <QStringList>

namespace tickerline {

// Rules for the symbols a user may type. Provider adapters translate the
// canonical form into their own spelling (btcusdt, BTC-USD, EUR/USD …).
struct SymbolCheck
{
    bool ok = false;
    QString normalized;   // trimmed, upper-cased
    QString reason;       // human-readable, translated, empty when ok
};

class Symbol final
{
public:
    static constexpr qsizetype MaxLength = 20;

    // Accepts letters, digits and . - / ^ = : (AAPL, BRK-B, BTC-USD, EUR/USD, ^GSPC, VOD.L, ES=F).
    [[nodiscard]] static SymbolCheck check(const QString &text);
    // Splits "AAPL, msft ,NVDA" into checked, de-duplicated symbols; stops at the first bad one.
    [[nodiscard]] static SymbolCheck checkList(const QString &commaSeparated, QStringList *out);
};

} // namespace tickerline
