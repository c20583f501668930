#pragma once

// Pipe: how stream operators compose. Every operator is a stage with
// `push(value)` that forwards zero or more values to the stage downstream of
// it. Factories (stream::map, stream::filter, …) return an operator spec; `|`
// chains specs and, once a sink is on the right, builds the nested stages:
//
//     auto pipeline = stream::map([](const Tick &t) { return t.price; })
//                   | stream::filter([](double p) { return p > 0; })
//                   | stream::sink([&](double p) { prices.append(p); });
//     pipeline.push(tick);
//
// The pipeline is one value holding all stages by value (no virtual calls, no
// heap). A sink is anything with push(): stream::sink(callable), another
// stage, or stream::into(object) for an existing stage held by reference.
// Stage classes can also be used alone with the default Discard downstream
// (e.g. a TimedWindow that is only queried).

#include <QtGlobal>

#include <tuple>
#include <type_traits>
#include <utility>

namespace tickerline::stream {

// A downstream that drops everything: the default for a stage used alone.
struct Discard
{
    template <typename V>
    void push(const V &) {}
};

// Calls a function with each value.
template <typename F>
class Sink
{
public:
    explicit Sink(F f) : m_f(std::move(f)) {}
    template <typename V>
    void push(V &&value) { m_f(std::forward<V>(value)); }

private:
    F m_f;
};

template <typename F>
[[nodiscard]] Sink<F> sink(F f) { return Sink<F>(std::move(f)); }

// Pushes into an object that outlives the pipeline (another stage, a port).
template <typename Target>
class Into
{
public:
    explicit Into(Target &target) : m_target(&target) {}
    template <typename V>
    void push(V &&value) { m_target->push(std::forward<V>(value)); }

private:
    Target *m_target;
};

template <typename Target>
[[nodiscard]] Into<Target> into(Target &target) { return Into<Target>(target); }

// An operator spec: make(downstream) builds the stage around its downstream.
template <typename Make>
struct Op
{
    Make make;
};

template <typename... Ops>
struct Chain
{
    std::tuple<Ops...> ops;
};

template <typename Make>
[[nodiscard]] Op<Make> makeOp(Make make) { return Op<Make>{std::move(make)}; }

namespace detail {

template <typename T>
struct IsSpec : std::false_type {};
template <typename M>
struct IsSpec<Op<M>> : std::true_type {};
template <typename... O>
struct IsSpec<Chain<O...>> : std::true_type {};

template <std::size_t I, typename... Ops, typename Down>
auto bindFrom(std::tuple<Ops...> &ops, Down down)
{
    if constexpr (I == sizeof...(Ops)) {
        return down;
    } else {
        auto rest = bindFrom<I + 1>(ops, std::move(down));
        return std::get<I>(ops).make(std::move(rest));
    }
}

} // namespace detail

template <typename A, typename B>
[[nodiscard]] auto operator|(Op<A> left, Op<B> right)
{
    return Chain<Op<A>, Op<B>>{{std::move(left), std::move(right)}};
}

template <typename... L, typename B>
[[nodiscard]] auto operator|(Chain<L...> left, Op<B> right)
{
    return Chain<L..., Op<B>>{std::tuple_cat(std::move(left.ops), std::make_tuple(std::move(right)))};
}

// A chain of specs is a spec too: reusable pieces compose.
template <typename A, typename... R>
[[nodiscard]] auto operator|(Op<A> left, Chain<R...> right)
{
    return Chain<Op<A>, R...>{std::tuple_cat(std::make_tuple(std::move(left)), std::move(right.ops))};
}

template <typename... L, typename... R>
[[nodiscard]] auto operator|(Chain<L...> left, Chain<R...> right)
{
    return Chain<L..., R...>{std::tuple_cat(std::move(left.ops), std::move(right.ops))};
}

// Spec | sink: the built pipeline, pushed into from the left.
template <typename M, typename Down>
    requires(!detail::IsSpec<std::remove_cvref_t<Down>>::value)
[[nodiscard]] auto operator|(Op<M> op, Down down)
{
    return op.make(std::move(down));
}

template <typename... O, typename Down>
    requires(!detail::IsSpec<std::remove_cvref_t<Down>>::value)
[[nodiscard]] auto operator|(Chain<O...> chain, Down down)
{
    return detail::bindFrom<0>(chain.ops, std::move(down));
}

// Item time and value projections used by the time-based operators and the
// window extremes: `.timeMs` for time; `.value`, else `.price`, else the item
// itself for value (SeriesPoint, Tick, plain numbers).
struct TimeOf
{
    template <typename T>
    qint64 operator()(const T &item) const { return item.timeMs; }
};

struct ValueOf
{
    template <typename T>
    auto operator()(const T &item) const
    {
        if constexpr (requires { item.value; })
            return item.value;
        else if constexpr (requires { item.price; })
            return item.price;
        else
            return item;
    }
};

} // namespace tickerline::stream
