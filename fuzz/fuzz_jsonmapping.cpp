// Generic JSON feeds: the payload under the mappings the recorded shapes use
// (flat object, array at a pointer, root array, escaped keys, bare price).

#include "ParseChecks.h"

#include <JsonMapping.h>

#include <QByteArrayView>
#include <QString>

#include <memory>
#include <vector>

using namespace tickerline;

namespace {

JsonMappingConfig mapping(const char *items, const char *price, std::optional<QString> symbol, const char *time,
                          const char *size, TimeUnit unit)
{
    JsonMappingConfig config;
    config.itemsPointer = QString::fromUtf8(items);
    config.pricePointer = QString::fromUtf8(price);
    config.symbolPointer = std::move(symbol);
    if (time)
        config.timePointer = QString::fromUtf8(time);
    if (size)
        config.sizePointer = QString::fromUtf8(size);
    config.timeUnit = unit;
    if (!config.symbolPointer)
        config.fixedSymbol = QStringLiteral("GOLD");
    return config;
}

std::vector<std::unique_ptr<JsonMapping>> makeMappers()
{
    const JsonMappingConfig configs[] = {
        mapping("", "/price", QStringLiteral("/symbol"), "/ts", "/qty", TimeUnit::Milliseconds),
        mapping("/data", "/p", QStringLiteral("/s"), "/t", "/v", TimeUnit::Iso8601),
        mapping("", "/last", QStringLiteral("/sym"), "/time_us", nullptr, TimeUnit::Microseconds),
        mapping("", "/a~1b/m~0n/px", QStringLiteral("/meta/sym"), "/meta/time", "/a~1b/m~0n/sz", TimeUnit::Seconds),
        mapping("", "", std::nullopt, nullptr, nullptr, TimeUnit::Milliseconds),
    };
    std::vector<std::unique_ptr<JsonMapping>> mappers;
    for (const JsonMappingConfig &config : configs) {
        if (JsonMapping::configProblem(config))
            fuzz::fail("a fixed mapping is invalid", __FILE__, __LINE__);
        mappers.push_back(std::make_unique<JsonMapping>(
            config, SymbolMap{{QStringLiteral("MSFT"), QStringLiteral("Microsoft")}}));
    }
    return mappers;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const std::vector<std::unique_ptr<JsonMapping>> mappers = makeMappers();
    const QByteArrayView json(data, qsizetype(size));
    const bool utf8 = json.isValidUtf8();
    const QString text = utf8 ? QString::fromUtf8(json) : QString();
    for (const auto &mapper : mappers) {
        const ParseResult result = mapper->parseFrame(json, fuzz::NowMs);
        fuzz::checkResult(result);
        FUZZ_CHECK(!result.error);   // valid mappings report bad payloads as malformed, not as errors
        if (utf8)
            fuzz::checkSameAs(result, mapper->parseFrame(QStringView(text), fuzz::NowMs));
    }
    return 0;
}
