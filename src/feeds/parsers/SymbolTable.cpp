#include "SymbolTable.h"

#include <algorithm>

namespace tickerline {

SymbolTable::SymbolTable(Fold fold)
    : m_fold(fold)
{
}

void SymbolTable::setMap(const SymbolMap &map)
{
    m_map.clear();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        m_map.insert(fold(it.key()), it.value());
    m_cache.clear();
    m_recent = {};
    m_recentCount = 0;
    m_recentNext = 0;
}

QString SymbolTable::resolve(std::string_view spelling)
{
    for (std::size_t i = 0; i < m_recentCount; ++i) {
        if (m_recent[i].spelling == spelling)
            return m_recent[i].user;
    }
    QString user;
    if (const auto it = m_cache.find(spelling); it != m_cache.end()) {
        user = it->second;
    } else {
        const QString folded = fold(QString::fromUtf8(spelling.data(), qsizetype(spelling.size())));
        user = m_map.value(folded, folded);
        if (m_cache.size() < MaxCached)
            m_cache.emplace(std::string(spelling), user);
    }
    Recent &slot = m_recent[m_recentNext];
    slot.spelling.assign(spelling);
    slot.user = user;
    m_recentNext = (m_recentNext + 1) % RecentSize;
    m_recentCount = std::max(m_recentCount, m_recentNext == 0 ? RecentSize : m_recentNext);
    return user;
}

QString SymbolTable::fold(QString spelling) const
{
    return m_fold == Fold::Upper ? std::move(spelling).toUpper() : spelling;
}

} // namespace tickerline
