#pragma once

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

    // simulated market
    quint32 seed = 0;                       // 0: seed from the clock (non-deterministic)
    double ticksPerSecondPerSymbol = 20.0;
    int historyDays = 7;
};

} // namespace tickerline
