#pragma once

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

namespace tickerline {

// One slot of the palette (wraps around).
[[nodiscard]] QColor seriesColor(int index);

// How a symbol is drawn wherever it appears: the watchlist's swatch, the
// price line, its 52-week band and its badge all take `color`; a badge with
// no real logo shows `letters`.
struct SymbolLook
{
    QColor color;
    QString letters;
};

// The looks of the symbols shown together. They belong to the symbols, not
// to their positions: the result does not depend on the order of `symbols`
// (reordering the watchlist recolours nothing). Each symbol prefers the
// palette slot its name hashes to; a taken slot moves it to the next free
// one, in alphabetical order of the symbols, so colours are distinct while
// there are no more symbols than slots. Letters are the symbol's first two
// letters or digits, or another pair of them where that would read the same
// as another shown symbol's (AAPL "AA", AMZN "AM").
[[nodiscard]] QHash<QString, SymbolLook> symbolLooks(const QStringList &symbols);

} // namespace tickerline
