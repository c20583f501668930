// The /v1/stream protocol's decoders on any bytes: a client message is
// either refused with a reason or understood, and what is understood is
// valid (symbols checked, prices positive, sizes not negative) and survives
// encoding and decoding again unchanged. A server frame never crashes the
// client side's decoder.

#include "FuzzSupport.h"

#include <Protocol.h>
#include <Symbol.h>

#include <cmath>

using namespace tickerline;
using namespace tickerline::protocol;

namespace {

void checkSymbols(const QStringList &symbols)
{
    FUZZ_CHECK(!symbols.isEmpty() && symbols.size() <= kMaxSymbolsPerMessage);
    for (const QString &symbol : symbols)
        FUZZ_CHECK(Symbol::check(symbol).ok && Symbol::check(symbol).normalized == symbol);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool silenced = (fuzz::silenceQtMessages(), true);
    Q_UNUSED(silenced)
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ClientMessage message = decodeClientMessage(bytes);
    if (const auto *malformed = std::get_if<Malformed>(&message)) {
        FUZZ_CHECK(!malformed->reason.isEmpty());
    } else if (const auto *subscribe = std::get_if<Subscribe>(&message)) {
        checkSymbols(subscribe->symbols);
        FUZZ_CHECK(!(subscribe->resumeAfter && subscribe->resumeSinceMs));
        const ClientMessage decodedAgain = decodeClientMessage(encodeSubscribe(*subscribe));
        const auto *again = std::get_if<Subscribe>(&decodedAgain);
        FUZZ_CHECK(again && again->symbols == subscribe->symbols && again->resumeAfter == subscribe->resumeAfter
                   && again->resumeSinceMs == subscribe->resumeSinceMs && again->id == subscribe->id);
    } else if (const auto *unsubscribe = std::get_if<Unsubscribe>(&message)) {
        checkSymbols(unsubscribe->symbols);
    } else if (const auto *publish = std::get_if<Publish>(&message)) {
        FUZZ_CHECK(!publish->ticks.isEmpty() && publish->ticks.size() <= kMaxTicksPerPublish);
        for (const Tick &tick : publish->ticks) {
            FUZZ_CHECK(isValidPrice(tick.price) && std::isfinite(tick.size) && tick.size >= 0 && tick.timeMs > 0);
            FUZZ_CHECK(Symbol::check(tick.symbol).ok);
            FUZZ_CHECK(!(tick.hasSequence() && tick.occurrence > 0));
        }
        const ClientMessage decodedAgain = decodeClientMessage(encodePublish(*publish));
        const auto *again = std::get_if<Publish>(&decodedAgain);
        FUZZ_CHECK(again && again->id == publish->id && again->ticks == publish->ticks);
    }
    // The client side: whatever a server sends.
    const ServerEvent event = decodeServerEvent(bytes);
    FUZZ_CHECK(event.ticks.size() == event.sequences.size());
    return 0;
}
