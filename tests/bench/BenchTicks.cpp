#include "BenchTicks.h"

#include <algorithm>
#include <cmath>

namespace tickerline::bench {

BenchTicks::BenchTicks(QString symbol, QString provider, qint64 firstTimeMs)
    : m_symbol(std::move(symbol))
    , m_provider(std::move(provider))
    , m_timeMs(firstTimeMs)
{
}

Tick BenchTicks::next()
{
    // xorshift32: cheap and the same on every run.
    m_state ^= m_state << 13;
    m_state ^= m_state >> 17;
    m_state ^= m_state << 5;
    m_cents = std::max<qint64>(100, m_cents + qint64(m_state % 21) - 10);
    Tick tick;
    tick.symbol = m_symbol;
    tick.provider = m_provider;
    tick.timeMs = m_timeMs;
    tick.price = double(m_cents) / 100.0;
    tick.size = double(1 + (m_state >> 8) % 500);
    tick.receivedMs = m_timeMs + 3 + (m_state >> 20) % 40;
    m_timeMs += SpacingMs;
    return tick;
}

TickBatch BenchTicks::next(qsizetype count)
{
    TickBatch batch;
    batch.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        batch.append(next());
    return batch;
}

} // namespace tickerline::bench

namespace tickerline::bench {

RealisticTicks::RealisticTicks(QString provider, qint64 firstTimeMs)
    : m_provider(std::move(provider))
    , m_timeMs(firstTimeMs)
{
    struct Start
    {
        const char16_t *symbol;
        double price;
        double tickSize;
    };
    static constexpr Start starts[SymbolCount] = {
        {u"BTCUSDT", 43'251.37, 0.01}, {u"ETHUSDT", 2'251.14, 0.01}, {u"BNBUSDT", 312.6, 0.1},
        {u"SOLUSDT", 98.42, 0.01},     {u"XRPUSDT", 0.6213, 0.0001}, {u"ADAUSDT", 0.5524, 0.0001},
        {u"DOGEUSDT", 0.08531, 0.00001}, {u"AVAXUSDT", 36.71, 0.01}, {u"DOTUSDT", 7.312, 0.001},
        {u"LINKUSDT", 14.87, 0.01},    {u"MATICUSDT", 0.8412, 0.0001}, {u"LTCUSDT", 71.23, 0.01},
        {u"TRXUSDT", 0.10577, 0.00001}, {u"ATOMUSDT", 9.874, 0.001}, {u"UNIUSDT", 6.213, 0.001},
        {u"ETCUSDT", 20.14, 0.01},     {u"XLMUSDT", 0.1211, 0.0001}, {u"NEARUSDT", 3.521, 0.001},
        {u"APTUSDT", 9.18, 0.01},      {u"FILUSDT", 5.437, 0.001},
    };
    qint64 tradeId = 3'100'000'000;
    for (const Start &start : starts) {
        m_markets.append(Market{QString::fromUtf16(start.symbol), qint64(std::llround(start.price / start.tickSize)),
                                start.tickSize, tradeId});
        tradeId += 137'000'000;
    }
}

quint32 RealisticTicks::random()
{
    m_state ^= m_state << 13;
    m_state ^= m_state >> 17;
    m_state ^= m_state << 5;
    return m_state;
}

TickBatch RealisticTicks::next(qsizetype count)
{
    TickBatch batch;
    batch.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        // The big markets trade most: symbol k's share falls linearly with k.
        const quint32 a = random() % SymbolCount;
        const quint32 b = random() % SymbolCount;
        Market &market = m_markets[qsizetype(std::min(a, b))];
        market.priceTicks = std::max<qint64>(1, market.priceTicks + qint64(random() % 7) - 3);
        // Lots of 0.00001; sizes spread over five decades, most of them small.
        const quint32 r = random();
        const qint64 lots = qint64(1 + (r >> 8) % 999) * qint64(std::pow(10.0, double(r % 5)));
        Tick tick;
        tick.symbol = market.symbol;
        tick.provider = m_provider;
        tick.timeMs = m_timeMs;
        tick.price = double(market.priceTicks) * market.tickSize;
        tick.size = double(lots) * 0.00001;
        tick.sequence = market.nextTradeId++;
        tick.receivedMs = m_timeMs + 3 + (r >> 20) % 38;
        m_timeMs += (random() >> 7) % 5;
        batch.append(tick);
    }
    return batch;
}

} // namespace tickerline::bench
