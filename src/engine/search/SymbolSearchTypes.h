#pragma once

#include "SymbolMatch.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace tickerline {

// One provider a search asks. The key (Finnhub, Twelve Data) goes in a
// request header, never in the URL, and is never logged.
struct SymbolSearchSource
{
    QString provider;   // yahoo | finnhub | twelvedata | coinbase | binance | kraken
    QUrl endpoint;      // empty: the provider's own REST origin; else an origin (plus prefix) in its place
    QString apiKey;
};

struct SymbolSearchOptions
{
    QList<SymbolSearchSource> sources;
    bool simulated = true;        // the simulated market's catalogue answers too
    QString cacheFile;            // empty: memory only
    qint64 timeoutMs = 8'000;     // per request, inactivity
};

// Why one provider has no fresh answer.
struct SymbolSearchFailure
{
    QString provider;
    QString message;    // for the user; never holds a key
    bool offline = false;   // unreachable (no answer at all), as opposed to a bad answer
    qint64 cachedAtMs = 0;  // offline and its cached answer was used: when that was saved; 0: none
};

// The answer to one search so far: sent again as each provider answers,
// until pending is 0.
struct SymbolSearchResult
{
    quint64 id = 0;
    QString query;
    SymbolMatchList matches;          // merged and ranked
    QList<SymbolSearchFailure> failures;
    int pending = 0;                  // providers not answered yet
};

} // namespace tickerline

Q_DECLARE_METATYPE(tickerline::SymbolSearchResult)
