#include "SeriesPalette.h"

#include "SimulatedProfile.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace tickerline {

namespace {
// Okabe–Ito and Tableau hues, distinguishable for most colour-vision types
// and readable on light and dark backgrounds.
constexpr std::array<QRgb, 10> Palette{
    0x1f77b4, 0xe69f00, 0x009e73, 0xd55e00, 0xcc79a7,
    0x56b4e9, 0x8c564b, 0xbcbd22, 0x7f7f7f, 0x9467bd,
};

QString marks(const QString &symbol)
{
    QString out;
    for (const QChar c : symbol) {
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    }
    return out.isEmpty() ? QStringLiteral("?") : out;
}

// Pairs in the order they are tried: the first two marks, then the first
// with each later one, then any two in order.
QStringList letterCandidates(const QString &symbol)
{
    const QString m = marks(symbol);
    if (m.size() < 2)
        return {m};
    QStringList out;
    for (qsizetype j = 1; j < m.size(); ++j)
        out.append(QString(m.at(0)) + m.at(j));
    for (qsizetype i = 1; i < m.size(); ++i) {
        for (qsizetype j = i + 1; j < m.size(); ++j)
            out.append(QString(m.at(i)) + m.at(j));
    }
    return out;
}
} // namespace

QColor seriesColor(int index)
{
    const auto n = static_cast<int>(Palette.size());
    return QColor::fromRgb(Palette[std::size_t(((index % n) + n) % n)]);
}

QHash<QString, SymbolLook> symbolLooks(const QStringList &symbols)
{
    QStringList sorted = symbols;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());

    QHash<QString, SymbolLook> looks;
    std::array<bool, Palette.size()> taken{};
    QSet<QString> letters;
    const auto slotCount = Palette.size();
    for (const QString &symbol : sorted) {
        const std::size_t preferred = std::size_t(stableSymbolHash(symbol) % slotCount);
        std::size_t slot = preferred;
        for (std::size_t k = 0; k < slotCount; ++k) {
            const std::size_t s = (preferred + k) % slotCount;
            if (!taken[s]) {
                slot = s;
                break;
            }
        }
        taken[slot] = true;
        if (std::all_of(taken.cbegin(), taken.cend(), [](bool t) { return t; }))
            taken.fill(false);   // more symbols than colours: start another round

        const QStringList candidates = letterCandidates(symbol);
        const auto free = std::find_if(candidates.cbegin(), candidates.cend(),
                                       [&](const QString &c) { return !letters.contains(c); });
        const QString chosen = free == candidates.cend() ? candidates.constFirst() : *free;
        letters.insert(chosen);
        looks.insert(symbol, SymbolLook{QColor::fromRgb(Palette[slot]), chosen});
    }
    return looks;
}

} // namespace tickerline
