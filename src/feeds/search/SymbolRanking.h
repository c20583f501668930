#pragma once

#include "SymbolMatch.h"

#include <optional>

namespace tickerline::symbolsearch {

// How well a match answers a query, lower is better: the exact symbol (in
// Tickerline's or the provider's spelling, punctuation ignored), then a
// symbol prefix, then a word of the name starting with it, then the name
// containing it; nullopt when none of these holds.
enum class Rank { ExactSymbol = 0, SymbolPrefix = 1, NameWord = 2, NameContains = 3, ProviderChosen = 4 };

[[nodiscard]] std::optional<Rank> rank(const SymbolMatch &match, const QString &query);

// The matches of a whole instrument list (Coinbase products, Binance pairs,
// the simulated catalogue) that answer the query at all.
[[nodiscard]] SymbolMatchList filter(const SymbolMatchList &all, const QString &query);

// One list from several providers' answers, given in the order asked: the
// same instrument (same Tickerline symbol) once, with every provider that
// knows it and the first non-empty name, venue and currency; ranked, then in
// the order found; at most `limit`. Matches a provider chose itself (Yahoo,
// Finnhub search by more than symbol and name) keep a place after the rest.
[[nodiscard]] SymbolMatchList merge(const QList<SymbolMatchList> &answers, const QString &query, qsizetype limit = 50);

} // namespace tickerline::symbolsearch
