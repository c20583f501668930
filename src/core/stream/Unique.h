#pragma once

// Unique: drops a value whose key equals the previous value's key, so only
// changes pass (streamz `unique` with a history of one): e.g. polled quotes
// that repeat, or a derived value that did not move. The key defaults to the
// value itself; unique(&Tick::price) or unique(lambda) compare a projection.

#include "Pipe.h"

#include <functional>
#include <optional>
#include <type_traits>

namespace tickerline::stream {

struct Identity
{
    template <typename V>
    const V &operator()(const V &value) const { return value; }
};

template <typename T, typename Key = Identity, typename Down = Discard>
class Unique
{
public:
    using KeyType = std::remove_cvref_t<std::invoke_result_t<Key &, const T &>>;

    explicit Unique(Key key = {}, Down down = {}) : m_key(std::move(key)), m_down(std::move(down)) {}

    void push(const T &value)
    {
        KeyType key = std::invoke(m_key, value);
        if (m_last && *m_last == key)
            return;
        m_last = std::move(key);
        m_down.push(value);
    }

    // Forget the previous value: the next one passes whatever it is.
    void reset() { m_last.reset(); }

    [[nodiscard]] Down &downstream() { return m_down; }

private:
    Key m_key;
    std::optional<KeyType> m_last;
    Down m_down;
};

template <typename T, typename Key = Identity>
[[nodiscard]] auto unique(Key key = {})
{
    return makeOp([key = std::move(key)]<typename Down>(Down down) mutable {
        return Unique<T, Key, Down>(std::move(key), std::move(down));
    });
}

} // namespace tickerline::stream
