#include "JsonFrame.h"

#include <QStringEncoder>

#include <cmath>
#include <cstring>

namespace tickerline {

JsonFrame::JsonFrame()
    : m_parser(MaxFrameBytes)
{
}

// simdjson reads up to SIMDJSON_PADDING bytes past the end; a QByteArray from
// the socket gives no such guarantee, so the text goes into our padded buffer.
void JsonFrame::load(QByteArrayView bytes)
{
    m_size = static_cast<std::size_t>(bytes.size());
    m_tooLarge = m_size > MaxFrameBytes;
    if (m_tooLarge)
        return;
    m_buffer.resize(m_size + simdjson::SIMDJSON_PADDING);
    if (m_size > 0)
        std::memcpy(m_buffer.data(), bytes.data(), m_size);
}

void JsonFrame::load(QStringView text)
{
    // Stateless: a lone surrogate at the end of one frame must not carry into the next.
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    const auto capacity = static_cast<std::size_t>(encoder.requiredSpace(text.size()));
    m_tooLarge = capacity > MaxFrameBytes * 3;
    if (m_tooLarge)
        return;
    m_buffer.resize(capacity + simdjson::SIMDJSON_PADDING);
    const char *end = encoder.appendToBuffer(m_buffer.data(), text);
    m_size = static_cast<std::size_t>(end - m_buffer.data());
    m_tooLarge = m_size > MaxFrameBytes;
}

simdjson::simdjson_result<simdjson::dom::element> JsonFrame::parse()
{
    if (m_tooLarge)
        return simdjson::CAPACITY;
    return m_parser.parse(m_buffer.data(), m_size, false);
}

std::optional<JsonFrame::Typed> JsonFrame::parseTyped(const char *member)
{
    Typed frame;
    if (parse().get(frame.root) != simdjson::SUCCESS || frame.root[member].get(frame.type) != simdjson::SUCCESS)
        return std::nullopt;
    return frame;
}

namespace json {

bool isMissingOrNull(const Value &value)
{
    return value.error() != simdjson::SUCCESS || value.value_unsafe().is_null();
}

std::optional<std::string_view> string(const Element &element)
{
    std::string_view text;
    if (element.get(text) != simdjson::SUCCESS)
        return std::nullopt;
    return text;
}

std::optional<double> number(const Element &element)
{
    switch (element.type()) {
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE: {
        double d = 0.0;
        if (element.get(d) != simdjson::SUCCESS)
            return std::nullopt;
        return d;
    }
    case simdjson::dom::element_type::STRING: {
        std::string_view text;
        if (element.get(text) != simdjson::SUCCESS)
            return std::nullopt;
        return wire::parseDecimal(text);
    }
    default:
        return std::nullopt;
    }
}

std::optional<qint64> integer(const Element &element)
{
    switch (element.type()) {
    case simdjson::dom::element_type::INT64: {
        int64_t i = 0;
        if (element.get(i) != simdjson::SUCCESS)
            return std::nullopt;
        return qint64(i);
    }
    case simdjson::dom::element_type::DOUBLE: {
        // Some encoders write whole numbers as 1.6e12; accept them only while a double is exact.
        constexpr double exactLimit = 9'007'199'254'740'992.0;   // 2^53
        double d = 0.0;
        if (element.get(d) != simdjson::SUCCESS || std::trunc(d) != d || std::fabs(d) > exactLimit)
            return std::nullopt;
        return qint64(d);
    }
    case simdjson::dom::element_type::STRING: {
        std::string_view text;
        if (element.get(text) != simdjson::SUCCESS)
            return std::nullopt;
        return wire::parseInteger(text);
    }
    default:   // UINT64 is above qint64's range; the rest are not numbers
        return std::nullopt;
    }
}

std::optional<qint64> timeMs(const Element &element, TimeUnit unit)
{
    if (unit == TimeUnit::Iso8601) {
        const auto text = string(element);
        return text ? wire::parseIsoTimeMs(*text) : std::nullopt;
    }
    if (const auto whole = integer(element))
        return wire::toTimeMs(*whole, unit);
    if (const auto fractional = number(element))
        return wire::toTimeMs(*fractional, unit);
    return std::nullopt;
}

std::optional<std::string_view> string(const Value &value)
{
    return value.error() == simdjson::SUCCESS ? string(value.value_unsafe()) : std::nullopt;
}

std::optional<double> number(const Value &value)
{
    return value.error() == simdjson::SUCCESS ? number(value.value_unsafe()) : std::nullopt;
}

std::optional<qint64> integer(const Value &value)
{
    return value.error() == simdjson::SUCCESS ? integer(value.value_unsafe()) : std::nullopt;
}

std::optional<qint64> timeMs(const Value &value, TimeUnit unit)
{
    return value.error() == simdjson::SUCCESS ? timeMs(value.value_unsafe(), unit) : std::nullopt;
}

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace json
} // namespace tickerline
