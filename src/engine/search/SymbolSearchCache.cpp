#include "SymbolSearchCache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace tickerline {

namespace {

Q_LOGGING_CATEGORY(lcSearchCache, "tickerline.search.cache")

constexpr int FormatVersion = 1;

QJsonObject toJson(const SymbolMatch &match)
{
    return {{QStringLiteral("symbol"), match.symbol},         {QStringLiteral("providerSymbol"), match.providerSymbol},
            {QStringLiteral("name"), match.name},             {QStringLiteral("venue"), match.venue},
            {QStringLiteral("currency"), match.currency},     {QStringLiteral("kind"), kindKey(match.kind)},
            {QStringLiteral("providers"), QJsonArray::fromStringList(match.providers)}};
}

std::optional<SymbolMatch> fromJson(const QJsonObject &object)
{
    SymbolMatch match;
    match.symbol = object.value(QLatin1StringView("symbol")).toString();
    if (match.symbol.isEmpty())
        return std::nullopt;
    match.providerSymbol = object.value(QLatin1StringView("providerSymbol")).toString();
    match.name = object.value(QLatin1StringView("name")).toString();
    match.venue = object.value(QLatin1StringView("venue")).toString();
    match.currency = object.value(QLatin1StringView("currency")).toString();
    match.kind = kindFromKey(object.value(QLatin1StringView("kind")).toString());
    for (const QJsonValue &provider : object.value(QLatin1StringView("providers")).toArray())
        match.providers.append(provider.toString());
    match.cached = true;
    return match;
}

} // namespace

SymbolSearchCache::SymbolSearchCache(QString file)
    : m_file(std::move(file))
{
    load();
}

QString SymbolSearchCache::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/symbol-search-cache.json";
}

QString SymbolSearchCache::key(const QString &provider, const QString &query)
{
    return provider + u'\n' + query.trimmed().toCaseFolded();
}

void SymbolSearchCache::store(const QString &provider, const QString &query, const SymbolMatchList &matches, qint64 nowMs)
{
    m_entries.insert(key(provider, query), {matches.first(std::min(matches.size(), MaxMatchesPerEntry)), nowMs});
    // Oldest first out, and anything past its age.
    for (auto it = m_entries.begin(); it != m_entries.end();)
        it = nowMs - it->savedMs > MaxAgeMs ? m_entries.erase(it) : std::next(it);
    while (m_entries.size() > MaxEntries) {
        const auto oldest = std::min_element(m_entries.begin(), m_entries.end(),
                                             [](const Entry &a, const Entry &b) { return a.savedMs < b.savedMs; });
        m_entries.erase(oldest);
    }
    save();
}

std::optional<SymbolSearchCache::Hit> SymbolSearchCache::find(const QString &provider, const QString &query,
                                                              qint64 nowMs) const
{
    const auto found = m_entries.constFind(key(provider, query));
    if (found == m_entries.cend() || nowMs - found->savedMs > MaxAgeMs)
        return std::nullopt;
    Hit hit{found->matches, found->savedMs};
    for (SymbolMatch &match : hit.matches)
        match.cached = true;
    return hit;
}

void SymbolSearchCache::load()
{
    if (m_file.isEmpty())
        return;
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return;   // none yet
    const QJsonObject root = QJsonDocument::fromJson(file.read(16 * 1024 * 1024)).object();
    if (root.value(QLatin1StringView("version")).toInt() != FormatVersion) {
        qCWarning(lcSearchCache) << "ignoring the symbol search cache" << m_file << ": not a version"
                                 << FormatVersion << "cache";
        return;
    }
    for (const QJsonValue &value : root.value(QLatin1StringView("entries")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString provider = entry.value(QLatin1StringView("provider")).toString();
        const QString query = entry.value(QLatin1StringView("query")).toString();
        if (provider.isEmpty() || query.isEmpty())
            continue;
        Entry kept;
        kept.savedMs = entry.value(QLatin1StringView("savedMs")).toInteger();
        for (const QJsonValue &match : entry.value(QLatin1StringView("matches")).toArray()) {
            if (const std::optional<SymbolMatch> read = fromJson(match.toObject()))
                kept.matches.append(*read);
        }
        m_entries.insert(key(provider, query), kept);
    }
}

void SymbolSearchCache::save() const
{
    if (m_file.isEmpty())
        return;
    QJsonArray entries;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        QJsonArray matches;
        for (const SymbolMatch &match : it->matches)
            matches.append(toJson(match));
        entries.append(QJsonObject{{QStringLiteral("provider"), it.key().section(u'\n', 0, 0)},
                                   {QStringLiteral("query"), it.key().section(u'\n', 1)},
                                   {QStringLiteral("savedMs"), it->savedMs},
                                   {QStringLiteral("matches"), matches}});
    }
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcSearchCache) << "cannot write the symbol search cache" << m_file << ":" << file.errorString();
        return;
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), FormatVersion},
                                         {QStringLiteral("entries"), entries}})
                   .toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcSearchCache) << "cannot write the symbol search cache" << m_file << ":" << file.errorString();
}

} // namespace tickerline
