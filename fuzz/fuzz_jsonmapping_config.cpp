// Generic JSON feeds with the mapping itself from the input, as a user may
// type anything into the settings: configProblem() must catch every mapping
// that cannot work, and any mapping it accepts must parse safely.
//
// Input: one flags byte, then the items, price, symbol, time and size
// pointers each ended by '\n', then the JSON payload. Flags: bit 0 symbol
// pointer set (else the fixed symbol "FX"), bits 1/2 time/size pointers set,
// bits 3-4 the time unit, bit 5 an empty provider name, bit 6 both a symbol
// pointer and a fixed symbol.

#include "ParseChecks.h"

#include <JsonMapping.h>

#include <QByteArrayView>
#include <QString>

using namespace tickerline;

namespace {

// The next '\n'-terminated field of the input (the rest when there is none).
QString takeField(QByteArrayView &input)
{
    const qsizetype end = input.indexOf('\n');
    const QByteArrayView field = end < 0 ? input : input.first(end);
    input = end < 0 ? QByteArrayView() : input.sliced(end + 1);
    return QString::fromUtf8(field);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t flags = data[0];
    QByteArrayView input(data + 1, qsizetype(size) - 1);

    JsonMappingConfig config;
    config.provider = flags & 0x20 ? QString() : QStringLiteral("custom");
    config.itemsPointer = takeField(input);
    config.pricePointer = takeField(input);
    const QString symbol = takeField(input);
    const QString time = takeField(input);
    const QString sizePointer = takeField(input);
    if (flags & 0x01)
        config.symbolPointer = symbol;
    if (!(flags & 0x01) || (flags & 0x40))
        config.fixedSymbol = QStringLiteral("FX");
    if (flags & 0x02)
        config.timePointer = time;
    if (flags & 0x04)
        config.sizePointer = sizePointer;
    static constexpr TimeUnit units[] = {TimeUnit::Seconds, TimeUnit::Milliseconds, TimeUnit::Microseconds,
                                         TimeUnit::Iso8601};
    config.timeUnit = units[(flags >> 3) & 0x03];

    const std::optional<QString> problem = JsonMapping::configProblem(config);
    FUZZ_CHECK(!problem || !problem->isEmpty());

    JsonMapping mapper(config);
    const ParseResult result = mapper.parseFrame(input, fuzz::NowMs);
    fuzz::checkResult(result);
    if (problem) {
        FUZZ_CHECK(result.error && result.ticks.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!result.error);
    for (const Tick &tick : result.ticks) {
        FUZZ_CHECK(tick.provider == config.provider);
        FUZZ_CHECK(config.symbolPointer || tick.symbol == config.fixedSymbol);
        FUZZ_CHECK(config.timePointer || tick.timeMs == fuzz::NowMs);
    }
    return 0;
}
