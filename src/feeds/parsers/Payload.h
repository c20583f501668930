#pragma once

#include "ParseResult.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace tickerline {

// One payload, whatever carried it: a WebSocket frame, an SSE event, a REST
// reply body. The views are valid for the parse() call only.
struct Payload
{
    QByteArrayView bytes;   // a binary frame or a REST body
    // A text frame or an SSE event's data as Qt delivers it, already UTF-16;
    // set instead of bytes, so that no QByteArray is made per frame.
    QStringView text;
    // What the payload answers or is: a REST request's tag ("quote",
    // "profile2", "klines"), an SSE event's type; empty for WebSocket frames.
    QString tag;
    QStringList symbols;    // the user symbols a REST request was for
    qint64 nowMs = 0;       // receive time

    [[nodiscard]] bool isText() const { return !text.isNull(); }
};

// The one parser interface of every provider adapter, whatever the
// transport: bytes in, a ParseResult out (never an exception, never a
// sentinel). Like PlotJuggler's MessageParser, but returning what it read.
class PayloadParser
{
public:
    virtual ~PayloadParser() = default;

    [[nodiscard]] virtual ParseResult parse(const Payload &payload) = 0;
};

} // namespace tickerline
