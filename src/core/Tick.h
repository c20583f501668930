#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>

namespace tickerline {

// One trade or quote update, as every provider adapter produces it.
// Times are UTC milliseconds since the epoch whatever the provider sends.
struct Tick
{
    QString symbol;
    QString provider;
    qint64 timeMs = 0;        // exchange / provider time
    double price = 0.0;
    double size = 0.0;        // size of this trade or update, not a cumulative volume
    qint64 sequence = -1;     // provider sequence or trade id; -1 when the provider has none
    qint64 receivedMs = 0;    // local receive time

    [[nodiscard]] bool hasSequence() const { return sequence >= 0; }
    friend bool operator==(const Tick &, const Tick &) = default;
};

using TickBatch = QList<Tick>;

// A provider price is usable only when it is finite and positive.
[[nodiscard]] bool isValidPrice(double price);

} // namespace tickerline

Q_DECLARE_METATYPE(tickerline::Tick)
Q_DECLARE_METATYPE(tickerline::TickBatch)
