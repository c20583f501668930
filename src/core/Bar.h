#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace tickerline {

// OHLCV over [timeMs, timeMs + intervalMs): backfilled history, stored apart from ticks.
struct Bar
{
    QString symbol;
    QString provider;
    qint64 timeMs = 0;
    qint64 intervalMs = 60'000;
    double open = 0.0;
    double high = 0.0;
    double low = 0.0;
    double close = 0.0;
    double volume = 0.0;

    friend bool operator==(const Bar &, const Bar &) = default;
};

using BarBatch = QList<Bar>;

} // namespace tickerline

Q_DECLARE_METATYPE(tickerline::Bar)
Q_DECLARE_METATYPE(tickerline::BarBatch)
