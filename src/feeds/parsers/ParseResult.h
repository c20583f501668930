#pragma once

#include "ProviderError.h"

#include <Bar.h>
#include <FeedStatus.h>
#include <Instrument.h>
#include <Tick.h>

#include <QStringList>

#include <optional>

namespace tickerline {

// What every provider parser returns for one payload (a WebSocket frame, an
// SSE event's data, a REST body). Parsers never throw: bad items are counted
// and skipped, the rest of the payload is kept.
//
// Instruments carry only the facts their payload has (a /quote gives a
// previous close, a profile a name and logo): merge their non-empty fields.
struct ParseResult
{
    // Frames the transport must react to rather than store.
    enum class Control {
        None,
        Ping,          // Finnhub idle ping: proof of life, nothing to answer
        Heartbeat,     // Coinbase heartbeat channel, Twelve Data heartbeat reply
        SubscribeAck,  // Coinbase subscriptions, Binance {"result":…,"id":…}, Twelve Data subscribe-status
        Reconnect,     // the server asks for a new connection soon (Bitstamp bts:request_reconnect)
    };

    TickBatch ticks;
    BarBatch bars;                         // ascending time
    InstrumentList instruments;
    int malformed = 0;                     // frames/items skipped as unreadable or invalid
    int ignored = 0;                       // well-formed frames/items with nothing to use (null bars, unknown types)
    std::optional<ProviderError> error;
    Control control = Control::None;
    QStringList controlSymbols;            // user symbols an ack confirms or a heartbeat is for
    qint64 controlSequence = -1;           // Coinbase heartbeat: the product's sequence at that time
    // Coinbase: a ticker's trade_id, a heartbeat's last_trade_id. Trade ids
    // count every trade of a product, which makes them the gap check.
    qint64 tradeId = -1;
    qint64 ackId = -1;                     // Binance ack: id of the request it answers
    // The ticks carry their exactly-once keys already (a serving collector's
    // ticks: their occurrence was given where they were first received), so
    // the feed must not number identical ticks of this result again.
    bool keysAssigned = false;
    // A relay's report on its own feed (a serving collector's status frame),
    // for FeedStatus::upstream.
    std::optional<UpstreamFeed> upstream;
};

} // namespace tickerline
