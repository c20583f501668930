// SSE (text/event-stream): the stream fed whole and fed in chunks split at
// positions the input chooses must give the same events, since transports
// deliver bytes however the network cut them.
//
// Input: [size limit byte][split seed byte][stream bytes…]. Seeds made from
// recorded streams carry those two bytes in front.

#include "ParseChecks.h"

#include <SseParser.h>

using namespace tickerline;

namespace {

// The WHATWG rules leave no way for these to get into a dispatched event.
void checkEvent(const SseEvent &event, qsizetype maxEventBytes)
{
    FUZZ_CHECK(!event.type.isEmpty());
    FUZZ_CHECK(!event.type.contains(u'\r') && !event.type.contains(u'\n'));
    FUZZ_CHECK(!event.data.contains(u'\r'));
    FUZZ_CHECK(!event.id.contains(u'\r') && !event.id.contains(u'\n') && !event.id.contains(QChar(0)));
    FUZZ_CHECK(event.data.size() <= maxEventBytes);   // a UTF-8 byte decodes to at most one UTF-16 unit
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // Small limits make the drop-oversized-events path reachable; 0 keeps the default.
    const qsizetype maxEventBytes = data[0] == 0 ? SseParser::DefaultMaxEventBytes : qsizetype(data[0]) * 4;
    quint32 state = data[1] * 2654435761u + 1;   // xorshift32 needs a non-zero state
    const QByteArrayView stream(data + 2, qsizetype(size) - 2);

    SseParser whole(maxEventBytes);
    const QList<SseEvent> expected = whole.feed(stream);

    SseParser chunked(maxEventBytes);
    QList<SseEvent> events;
    for (qsizetype pos = 0; pos < stream.size();) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        const qsizetype length = std::min<qsizetype>(state % 17, stream.size() - pos);   // 0: an empty read
        events += chunked.feed(stream.sliced(pos, length));
        pos += length;
    }

    FUZZ_CHECK(events == expected);
    FUZZ_CHECK(chunked.lastEventId() == whole.lastEventId());
    FUZZ_CHECK(chunked.retryMs() == whole.retryMs());
    FUZZ_CHECK(chunked.malformed() == whole.malformed());
    FUZZ_CHECK(!whole.retryMs() || *whole.retryMs() >= 0);
    for (const SseEvent &event : expected)
        checkEvent(event, maxEventBytes);
    return 0;
}
