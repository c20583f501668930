#pragma once

#include "ParseResult.h"
#include "StreamFrameParser.h"
#include "WireValues.h"

#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>
#include <string>

namespace tickerline {

// Where a generic JSON feed keeps its tick fields, as RFC 6901 JSON pointers
// ("/data/0/p"; "~1" is "/" and "~0" is "~" inside a key; "" is the value itself).
struct JsonMappingConfig
{
    QString provider = QStringLiteral("custom");   // set on every tick
    // Where the items are, from the root. An array there: each element is one
    // item, read with the pointers below relative to it; anything else is the
    // single item.
    QString itemsPointer;
    QString pricePointer;                    // required; "" when the item is the price itself
    std::optional<QString> symbolPointer;    // unset: fixedSymbol
    std::optional<QString> timePointer;      // unset: the receive time (the feed has no times)
    std::optional<QString> sizePointer;      // unset, or missing/null in an item: size 0
    TimeUnit timeUnit = TimeUnit::Milliseconds;
    QString fixedSymbol;                     // the symbol of a single-symbol feed
};

// Maps JSON texts (WebSocket frames, SSE data) to ticks with a configuration
// instead of code. Numbers and times may be strings. Holds a reusable JSON
// parser: one per feed, not thread-safe. With an invalid configuration every
// parse returns the configProblem() as an error.
class JsonMapping final : public StreamFrameParser
{
public:
    explicit JsonMapping(const JsonMappingConfig &config, const SymbolMap &symbols = {});
    ~JsonMapping() override;

    // Why a configuration cannot work (bad pointer syntax, no price, both or
    // neither of symbolPointer and fixedSymbol), for settings validation.
    [[nodiscard]] static std::optional<QString> configProblem(const JsonMappingConfig &config);

private:
    [[nodiscard]] ParseResult parseLoaded(qint64 nowMs) override;

    std::optional<QString> m_problem;
    QString m_fixedSymbol;
    TimeUnit m_timeUnit;
    std::string m_items;   // the pointers as UTF-8, converted once
    std::string m_price;
    std::optional<std::string> m_symbol;
    std::optional<std::string> m_time;
    std::optional<std::string> m_size;
};

} // namespace tickerline
