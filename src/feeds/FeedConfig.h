#pragma once

#include "JsonMapping.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tickerline {

// Everything needed to create one feed. The API key is a secret: it is never
// logged, never stored in QSettings and never written to the database.
struct FeedConfig
{
    QString provider = QStringLiteral("simulated");
    QStringList symbols;
    QUrl endpoint;                          // empty: the provider's default base URL
    qint64 pollIntervalMs = 15'000;
    qint64 staleTimeoutMs = 30'000;
    QString apiKey;
    // wss:// to a Tickerline server with its own certificate: a PEM file of
    // CA certificates trusted besides the system's. Empty: the system's only.
    QString caCertificatesFile;

    // simulated market
    quint32 seed = 0;                       // 0: the built-in market, the same on every start
    double ticksPerSecondPerSymbol = 20.0;
    int historyDays = 7;
    // Stocks trade only in their venue's sessions (pre, regular, after): no
    // ticks or bars on nights, weekends and holidays; crypto runs on.
    bool simulatedSessions = false;

    // Streaming providers with a REST history (Coinbase candles, Binance
    // klines) backfill gaps from here. Empty: the scheme, host and port of
    // `endpoint` (ws → http, wss → https), so one --endpoint serves both;
    // without an endpoint, the provider's own REST base.
    QUrl historyEndpoint;

    // sse and websocket-json: any JSON feed, described by configuration.
    struct JsonFeedOptions
    {
        // Sent on every connect (websocket-json). "{symbol}" makes one message
        // per symbol, "{symbols}" one message with the symbols comma-joined;
        // both are JSON-string escaped, the template supplies the quotes:
        // {"type":"subscribe","symbol":"{symbol}"}. Empty: nothing is sent.
        // For sse it is appended to the URL's query instead, symbols
        // percent-encoded: "symbols={symbols}".
        QString subscribeTemplate;
        QString unsubscribeTemplate;   // sent live on setSymbols(); empty: none
        // Where the tick fields are. mapping.provider is replaced by the feed's
        // provider name; without a symbol pointer the feed's only symbol (when
        // it is made) is every tick's.
        JsonMappingConfig mapping;
    };
    JsonFeedOptions json;

    // replay: `endpoint` is a file:// URL of a CSV recording (the export format).
    double replaySpeed = 1.0;               // 10: ten times faster; 0: as fast as possible

    // Failover (the engine's FailoverFeed): each symbol runs on the first
    // provider of its list that works and moves down the list when that one
    // fails, rate-limits, refuses it or goes stale, and back when it
    // recovers. Off: the one provider above serves every symbol.
    struct FailoverOptions
    {
        bool enabled = false;
        QStringList providers;                    // every symbol's list; empty: defaults per asset class
        QHash<QString, QStringList> perSymbol;    // a symbol's own list, before `providers`
        QHash<QString, QString> apiKeys;          // by provider name; secrets, like apiKey
        QHash<QString, QUrl> endpoints;           // by provider name; none: the provider's own base URL
    };
    FailoverOptions failover;
};

} // namespace tickerline
