#pragma once

// Internal to tickerline_parsers: the only header that includes simdjson, so
// that the public parser headers do not need it.

#include "WireValues.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <simdjson.h>

#include <optional>
#include <string_view>
#include <vector>

namespace tickerline {

// A reusable simdjson DOM parser with its own padded copy of the frame: both
// keep their allocations from one frame to the next, so steady-state parsing
// allocates nothing. One per feed; not thread-safe.
class JsonFrame final
{
public:
    // Larger frames fail to parse (counted malformed) instead of growing buffers unboundedly.
    static constexpr std::size_t MaxFrameBytes = 16 * 1024 * 1024;

    JsonFrame();
    Q_DISABLE_COPY_MOVE(JsonFrame)

    // The text to parse next, copied (or, from a QString, encoded as UTF-8)
    // into the padded buffer.
    void load(QByteArrayView bytes);
    void load(QStringView text);
    // The root element of the loaded text; valid until the next parse().
    [[nodiscard]] simdjson::simdjson_result<simdjson::dom::element> parse();

    // Most providers' frames: an object saying what it is in one string
    // member ("type", "event"). nullopt when the loaded text is not such an object.
    struct Typed
    {
        simdjson::dom::object root;
        std::string_view type;
    };
    [[nodiscard]] std::optional<Typed> parseTyped(const char *member);
    // The loaded text as it came (providers that answer a ping with bare text, OKX "pong").
    [[nodiscard]] std::string_view text() const
    {
        return m_tooLarge ? std::string_view() : std::string_view(m_buffer.data(), m_size);
    }

private:
    simdjson::dom::parser m_parser;
    std::vector<char> m_buffer;
    std::size_t m_size = 0;
    bool m_tooLarge = false;
};

// Readers over simdjson results: a missing key, a null or a wrong type all
// give nullopt. Numbers may be strings, as Coinbase and Binance send them.
namespace json {

using Value = simdjson::simdjson_result<simdjson::dom::element>;

using Element = simdjson::dom::element;

[[nodiscard]] bool isMissingOrNull(const Value &value);
[[nodiscard]] std::optional<std::string_view> string(const Element &element);
[[nodiscard]] std::optional<double> number(const Element &element);
// Exact 64-bit integers: never through a double, so ids past 2^53 survive.
[[nodiscard]] std::optional<qint64> integer(const Element &element);
[[nodiscard]] std::optional<qint64> timeMs(const Element &element, TimeUnit unit);

// The same for a lookup result (obj["key"]), where a missing key reads as nullopt.
[[nodiscard]] std::optional<std::string_view> string(const Value &value);
[[nodiscard]] std::optional<double> number(const Value &value);
[[nodiscard]] std::optional<qint64> integer(const Value &value);
[[nodiscard]] std::optional<qint64> timeMs(const Value &value, TimeUnit unit);
[[nodiscard]] QString toQString(std::string_view text);

} // namespace json
} // namespace tickerline
