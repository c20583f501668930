#pragma once

#include <QHash>
#include <QString>

#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace tickerline {

// Provider spelling → user spelling, e.g. "BTC-USD" → "BTCUSD", "EUR/USD" → "EURUSD".
using SymbolMap = QHash<QString, QString>;

// Resolves the symbol bytes of a streaming frame to the user's spelling. Each
// spelling is decoded and looked up once, then served from a cache as one
// shared QString, so the hot path allocates nothing per tick. Spellings not in
// the map pass through (folded). Not thread-safe: one per parser.
class SymbolTable final
{
public:
    // Binance names streams in lower case and trades in upper case: fold both
    // sides so that either spelling in the map matches.
    enum class Fold { None, Upper };

    explicit SymbolTable(Fold fold = Fold::None);

    void setMap(const SymbolMap &map);
    [[nodiscard]] QString resolve(std::string_view spelling);

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    // A hostile or buggy server could send endless distinct symbols; past this
    // the table still resolves them, just without caching.
    static constexpr std::size_t MaxCached = 4096;

    [[nodiscard]] QString fold(QString spelling) const;

    Fold m_fold;
    SymbolMap m_map;   // keys folded
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_cache;
    // A feed's few busy symbols, compared before hashing: cheaper than
    // std::hash and a bucket walk for the short spellings symbols have.
    struct Recent
    {
        std::string spelling;
        QString user;
    };
    static constexpr std::size_t RecentSize = 8;
    std::array<Recent, RecentSize> m_recent;
    std::size_t m_recentCount = 0;
    std::size_t m_recentNext = 0;   // round-robin replacement
};

} // namespace tickerline
