#include "JsonMapping.h"

#include "JsonFrame.h"

#include <QCoreApplication>

#include <cmath>

namespace tickerline {

namespace {

// RFC 6901: empty, or "/"-separated tokens where "~" is followed by 0 or 1.
bool isValidPointer(const QString &pointer)
{
    if (pointer.isEmpty())
        return true;
    if (!pointer.startsWith(u'/'))
        return false;
    for (qsizetype i = 0; i < pointer.size(); ++i) {
        if (pointer.at(i) == u'~'
            && (i + 1 == pointer.size() || (pointer.at(i + 1) != u'0' && pointer.at(i + 1) != u'1')))
            return false;
    }
    return true;
}

std::optional<std::string> utf8(const std::optional<QString> &text)
{
    return text ? std::optional(text->toStdString()) : std::nullopt;
}

json::Value at(const simdjson::dom::element &item, const std::string &pointer)
{
    return item.at_pointer(pointer);
}

} // namespace

JsonMapping::JsonMapping(const JsonMappingConfig &config, const SymbolMap &symbols)
    : StreamFrameParser(config.provider, symbols)
    , m_problem(configProblem(config))
    , m_fixedSymbol(config.fixedSymbol)
    , m_timeUnit(config.timeUnit)
    , m_items(config.itemsPointer.toStdString())
    , m_price(config.pricePointer.toStdString())
    , m_symbol(utf8(config.symbolPointer))
    , m_time(utf8(config.timePointer))
    , m_size(utf8(config.sizePointer))
{
}

JsonMapping::~JsonMapping() = default;

std::optional<QString> JsonMapping::configProblem(const JsonMappingConfig &config)
{
    const std::pair<const char *, std::optional<QString>> pointers[] = {
        {"items", config.itemsPointer}, {"price", config.pricePointer}, {"symbol", config.symbolPointer},
        {"time", config.timePointer},   {"size", config.sizePointer},
    };
    for (const auto &[name, pointer] : pointers) {
        if (pointer && !isValidPointer(*pointer))
            return QCoreApplication::translate("JsonMapping", "The %1 pointer \"%2\" is not a JSON pointer (RFC 6901)")
                .arg(QLatin1String(name), *pointer);
    }
    if (config.symbolPointer.has_value() == !config.fixedSymbol.isEmpty())
        return QCoreApplication::translate("JsonMapping", "Give either a symbol pointer or a fixed symbol.");
    if (config.provider.isEmpty())
        return QCoreApplication::translate("JsonMapping", "The provider name is empty.");
    return std::nullopt;
}

ParseResult JsonMapping::parseLoaded(qint64 nowMs)
{
    ParseResult result;
    if (m_problem) {
        result.error = makeProviderError(*m_problem, ProviderError::Kind::Other);
        return result;
    }
    simdjson::dom::element root;
    simdjson::dom::element items;
    if (json().parse().get(root) != simdjson::SUCCESS || root.at_pointer(m_items).get(items) != simdjson::SUCCESS) {
        ++result.malformed;
        return result;
    }
    const auto mapItem = [&](const simdjson::dom::element &item) {
        const auto price = json::number(at(item, m_price));
        const auto symbol = m_symbol ? json::string(at(item, *m_symbol)) : std::nullopt;
        const auto time = m_time ? json::timeMs(at(item, *m_time), m_timeUnit) : std::optional(nowMs);
        // A missing size is common (quotes among trades) and no reason to lose the price.
        const json::Value sizeValue = m_size ? at(item, *m_size) : json::Value(simdjson::NO_SUCH_FIELD);
        const auto size = json::isMissingOrNull(sizeValue) ? std::optional(0.0) : json::number(sizeValue);
        if (!price || !isValidPrice(*price) || (m_symbol && (!symbol || symbol->empty())) || !time
            || !wire::isPlausibleTimeMs(*time) || !size || !(*size >= 0.0) || !std::isfinite(*size)) {
            ++result.malformed;
            return;
        }
        Tick tick;
        tick.symbol = m_symbol ? symbols().resolve(*symbol) : m_fixedSymbol;
        tick.provider = provider();
        tick.timeMs = *time;
        tick.price = *price;
        tick.size = *size;
        tick.receivedMs = nowMs;
        result.ticks.append(std::move(tick));
    };
    simdjson::dom::array array;
    if (items.get(array) == simdjson::SUCCESS) {
        result.ticks.reserve(qsizetype(array.size()));
        for (simdjson::dom::element item : array)
            mapItem(item);
    } else {
        mapItem(items);
    }
    return result;
}

} // namespace tickerline
