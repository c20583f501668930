#include "SymbolTable.h"

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
}

QString SymbolTable::resolve(std::string_view spelling)
{
    if (const auto it = m_cache.find(spelling); it != m_cache.end())
        return it->second;
    const QString folded = fold(QString::fromUtf8(spelling.data(), qsizetype(spelling.size())));
    QString user = m_map.value(folded, folded);
    if (m_cache.size() < MaxCached)
        m_cache.emplace(std::string(spelling), user);
    return user;
}

QString SymbolTable::fold(QString spelling) const
{
    return m_fold == Fold::Upper ? std::move(spelling).toUpper() : spelling;
}

} // namespace tickerline
