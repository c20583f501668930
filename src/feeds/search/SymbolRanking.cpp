#include "SymbolRanking.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace tickerline::symbolsearch {

namespace {

QString lettersAndDigits(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            result.append(c.toUpper());
    }
    return result;
}

} // namespace

std::optional<Rank> rank(const SymbolMatch &match, const QString &query)
{
    const QString wanted = query.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    const QString bare = lettersAndDigits(wanted);
    const QString symbol = lettersAndDigits(match.symbol);
    const QString providerSymbol = lettersAndDigits(match.providerSymbol);
    if (!bare.isEmpty() && (symbol == bare || providerSymbol == bare))
        return Rank::ExactSymbol;
    if (!bare.isEmpty() && (symbol.startsWith(bare) || providerSymbol.startsWith(bare)))
        return Rank::SymbolPrefix;
    static const QRegularExpression separators(QStringLiteral("[\\s,./()&-]+"));
    const QStringList words = match.name.split(separators, Qt::SkipEmptyParts);
    if (std::any_of(words.cbegin(), words.cend(),
                    [&](const QString &word) { return word.startsWith(wanted, Qt::CaseInsensitive); }))
        return Rank::NameWord;
    if (match.name.contains(wanted, Qt::CaseInsensitive))
        return Rank::NameContains;
    return std::nullopt;
}

SymbolMatchList filter(const SymbolMatchList &all, const QString &query)
{
    SymbolMatchList result;
    for (const SymbolMatch &match : all) {
        if (rank(match, query))
            result.append(match);
    }
    return result;
}

SymbolMatchList merge(const QList<SymbolMatchList> &answers, const QString &query, qsizetype limit)
{
    struct Ranked
    {
        SymbolMatch match;
        Rank rank;
        qsizetype order;
    };
    QList<Ranked> merged;
    QHash<QString, qsizetype> bySymbol;
    for (const SymbolMatchList &answer : answers) {
        for (const SymbolMatch &match : answer) {
            const Rank found = rank(match, query).value_or(Rank::ProviderChosen);
            const auto known = bySymbol.constFind(match.symbol);
            if (known == bySymbol.cend()) {
                bySymbol.insert(match.symbol, merged.size());
                merged.append({match, found, merged.size()});
                continue;
            }
            Ranked &kept = merged[*known];
            kept.rank = std::min(kept.rank, found);
            for (const QString &provider : match.providers) {
                if (!kept.match.providers.contains(provider))
                    kept.match.providers.append(provider);
            }
            if (kept.match.name.isEmpty() || kept.match.name == kept.match.symbol)
                kept.match.name = match.name;
            if (kept.match.venue.isEmpty())
                kept.match.venue = match.venue;
            if (kept.match.currency.isEmpty())
                kept.match.currency = match.currency;
            if (kept.match.kind == SymbolMatch::Kind::Other)
                kept.match.kind = match.kind;
            // Fresh beats cached: one fresh answer makes the instrument current.
            kept.match.cached = kept.match.cached && match.cached;
        }
    }
    std::stable_sort(merged.begin(), merged.end(), [](const Ranked &a, const Ranked &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.order < b.order;
    });
    SymbolMatchList result;
    for (const Ranked &ranked : merged) {
        if (result.size() >= limit)
            break;
        result.append(ranked.match);
    }
    return result;
}

} // namespace tickerline::symbolsearch

namespace tickerline {

QString kindKey(SymbolMatch::Kind kind)
{
    switch (kind) {
    case SymbolMatch::Kind::Equity: return QStringLiteral("equity");
    case SymbolMatch::Kind::Etf: return QStringLiteral("etf");
    case SymbolMatch::Kind::Fund: return QStringLiteral("fund");
    case SymbolMatch::Kind::Index: return QStringLiteral("index");
    case SymbolMatch::Kind::Crypto: return QStringLiteral("crypto");
    case SymbolMatch::Kind::Forex: return QStringLiteral("forex");
    case SymbolMatch::Kind::Future: return QStringLiteral("future");
    case SymbolMatch::Kind::Other: break;
    }
    return QStringLiteral("other");
}

SymbolMatch::Kind kindFromKey(const QString &key)
{
    for (const SymbolMatch::Kind kind : {SymbolMatch::Kind::Equity, SymbolMatch::Kind::Etf, SymbolMatch::Kind::Fund,
                                         SymbolMatch::Kind::Index, SymbolMatch::Kind::Crypto, SymbolMatch::Kind::Forex,
                                         SymbolMatch::Kind::Future}) {
        if (kindKey(kind) == key)
            return kind;
    }
    return SymbolMatch::Kind::Other;
}

} // namespace tickerline
