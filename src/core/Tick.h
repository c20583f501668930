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
    // Without a sequence: the tick's ordinal among identical ticks (same
    // symbol, provider, time, price and size) of one provider message, poll
    // reply or backfill page, 0 for the first. Identical prints in one
    // message are separate real trades; the same message sent again (a
    // reconnect, a repeated backfill page) numbers them the same way and so
    // maps onto the same stored keys. numberIdenticalTicks() assigns it.
    quint32 occurrence = 0;

    [[nodiscard]] bool hasSequence() const { return sequence >= 0; }
    friend bool operator==(const Tick &, const Tick &) = default;
};

using TickBatch = QList<Tick>;

// A provider price is usable only when it is finite and positive.
[[nodiscard]] bool isValidPrice(double price);

// Sets Tick::occurrence of every tick without a sequence in `ticks`, which
// must be the ticks of one provider message (or poll reply, or backfill
// page), in the provider's order: the first of identical ticks gets 0, the
// next 1, and so on. Ticks with a sequence keep 0: the sequence is their key.
void numberIdenticalTicks(TickBatch &ticks);

} // namespace tickerline

Q_DECLARE_METATYPE(tickerline::Tick)
Q_DECLARE_METATYPE(tickerline::TickBatch)
