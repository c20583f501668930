#include "Tick.h"

#include <QHash>

#include <cmath>

namespace tickerline {

namespace {

bool identicalTrade(const Tick &a, const Tick &b)
{
    return a.timeMs == b.timeMs && a.price == b.price && a.size == b.size && a.symbol == b.symbol
        && a.provider == b.provider;
}

// Above this many ticks in one message the pairwise scan gives way to a hash.
constexpr qsizetype PairwiseLimit = 32;

struct TradeKey
{
    QString symbol;
    QString provider;
    qint64 timeMs;
    double price;
    double size;
    friend bool operator==(const TradeKey &, const TradeKey &) = default;
};

size_t qHash(const TradeKey &key, size_t seed)
{
    // Doubles hash by value; +0.0 makes -0.0 and 0.0 (equal) hash alike.
    return qHashMulti(seed, key.symbol, key.provider, key.timeMs, key.price + 0.0, key.size + 0.0);
}

} // namespace

bool isValidPrice(double price)
{
    return std::isfinite(price) && price > 0.0;
}

void numberIdenticalTicks(TickBatch &ticks)
{
    // Written only where a number changes: a batch without identical prints
    // (nearly all of them) stays shared with the parser's copy, undetached.
    const auto assign = [&ticks](qsizetype i, quint32 occurrence) {
        if (ticks.at(i).occurrence != occurrence)
            ticks[i].occurrence = occurrence;
    };
    if (ticks.size() <= PairwiseLimit) {
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            const Tick &tick = ticks.at(i);
            quint32 earlier = 0;
            if (!tick.hasSequence()) {
                for (qsizetype j = 0; j < i; ++j) {
                    if (!ticks.at(j).hasSequence() && identicalTrade(ticks.at(j), tick))
                        ++earlier;
                }
            }
            assign(i, earlier);
        }
        return;
    }
    QHash<TradeKey, quint32> seen;
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        const Tick &tick = ticks.at(i);
        if (tick.hasSequence()) {
            assign(i, 0);
            continue;
        }
        quint32 &count = seen[TradeKey{tick.symbol, tick.provider, tick.timeMs, tick.price, tick.size}];
        assign(i, count++);
    }
}

} // namespace tickerline
