#include "SimulatedMarket.h"

#include "LetterLogo.h"
#include "TimeUnits.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <utility>

namespace tickerline {

namespace {

constexpr int MinutesPerDay = int(MsPerDay / MsPerMinute);
constexpr int SubstepsPerBar = 6;        // points per minute bar, for its high and low
constexpr int Week52Days = 364;
constexpr int RecentDays = 7;            // minute bars the 52-week band is built around
constexpr qint64 Week52SampleMs = 10 * MsPerMinute;   // the grid for the rest of the year
constexpr double MinTicksPerSecond = 1e-3;
constexpr double MaxTicksPerSecond = 1e7;
// Sequence = time * this (or one more than the last, when a millisecond is full).
constexpr qint64 SequencesPerMs = 4096;
// Trade sizes are lognormal: median e^3.5 ~ 33 shares, a long tail of round lots.
constexpr double SizeLogMean = 3.5;
constexpr double SizeLogSigma = 1.1;
constexpr quint64 PathStream = 0x70617468ULL;
constexpr quint64 VolumeStream = 0x766f6c75ULL;

double roundPrice(double price)
{
    return std::max(std::round(price * 1e4) / 1e4, 1e-4);
}

double tradeSize(SimulatedRandom &random)
{
    const double raw = std::exp(SizeLogMean + SizeLogSigma * random.normal());
    return raw < 100.0 ? std::ceil(raw) : std::round(raw / 100.0) * 100.0;
}

qint64 floorTo(qint64 ms, qint64 unit)
{
    const qint64 rest = ms % unit;
    return rest < 0 ? ms - rest - unit : ms - rest;
}

} // namespace

SimulatedMarket::SimulatedMarket(quint64 seed, const QStringList &symbols, double ticksPerSecondPerSymbol,
                                 qint64 nowMs)
    : m_seed(seed)
    , m_ticksPerSecond(ticksPerSecondPerSymbol > 0.0
                           ? std::clamp(ticksPerSecondPerSymbol, MinTicksPerSecond, MaxTicksPerSecond)
                           : 0.0)
    , m_meanGapMs(m_ticksPerSecond > 0.0 ? 1000.0 / m_ticksPerSecond : 0.0)
    , m_nowMs(nowMs)
    , m_provider(providerName())
{
    setSymbols(symbols);
}

QString SimulatedMarket::providerName()
{
    return QStringLiteral("simulated");
}

QStringList SimulatedMarket::setSymbols(const QStringList &symbols)
{
    m_symbols.clear();
    for (const QString &symbol : symbols) {
        if (!m_symbols.contains(symbol))
            m_symbols.append(symbol);
    }
    for (SymbolState &state : m_states) {
        const bool wanted = m_symbols.contains(state.symbol);
        if (wanted && !state.active)
            jump(state, m_nowMs);   // otherwise it would catch up on its whole absence
        state.active = wanted;
    }
    QStringList fresh;
    for (const QString &symbol : std::as_const(m_symbols)) {
        if (!findState(symbol)) {
            m_states.push_back(makeState(symbol, m_nowMs));
            fresh.append(symbol);
        }
    }
    return fresh;
}

std::optional<double> SimulatedMarket::lastPrice(const QString &symbol) const
{
    return priceAt(symbol, m_nowMs);
}

std::optional<double> SimulatedMarket::priceAt(const QString &symbol, qint64 timeMs) const
{
    const SymbolState *state = findState(symbol);
    if (!state)
        return std::nullopt;
    SimulatedPath path = state->path;   // its cache is the state's, not this query's
    return roundPrice(path.priceAt(timeMs));
}

SimulatedMarket::SymbolState SimulatedMarket::makeState(const QString &symbol, qint64 nowMs)
{
    const quint64 hash = stableSymbolHash(symbol);
    const SimulatedProfile profile = simulatedProfile(symbol);
    SymbolState state{
        .symbol = symbol,
        .profile = profile,
        .random = SimulatedRandom(mixSeed(m_seed, hash)),
        .path = SimulatedPath(mixSeed(m_seed ^ PathStream, hash), profile.level, profile.volatility),
        .volumeKey = mixSeed(m_seed ^ VolumeStream, hash),
    };
    state.eventBaseMs = nowMs;
    scheduleNext(state);
    return state;
}

const SimulatedMarket::SymbolState *SimulatedMarket::findState(const QString &symbol) const
{
    const auto it = std::find_if(m_states.cbegin(), m_states.cend(),
                                 [&](const SymbolState &state) { return state.symbol == symbol; });
    return it == m_states.cend() ? nullptr : &*it;
}

void SimulatedMarket::scheduleNext(SymbolState &state)
{
    if (m_meanGapMs <= 0.0) {
        state.nextTickMs = std::numeric_limits<qint64>::max();
        return;
    }
    state.pendingGapMs = m_meanGapMs * state.random.exponential();
    const double arrival = state.eventFractionMs + state.pendingGapMs;
    const double whole = std::floor(arrival);
    state.nextTickMs = state.eventBaseMs + qint64(whole) + (arrival > whole ? 1 : 0);
}

void SimulatedMarket::jump(SymbolState &state, qint64 toMs)
{
    if (double(toMs - state.eventBaseMs) - state.eventFractionMs <= 0.0)
        return;
    state.eventBaseMs = toMs;
    state.eventFractionMs = 0.0;
    // Arrivals are memoryless: drawing the next one afresh keeps the process exact.
    scheduleNext(state);
}

void SimulatedMarket::emitTick(SymbolState &state, qint64 receivedMs, TickBatch &out)
{
    const double gap = state.pendingGapMs;
    const qint64 sequence = std::max(state.nextTickMs * SequencesPerMs, state.lastSequence + 1);
    state.lastSequence = sequence;

    Tick &tick = out.emplaceBack();
    tick.symbol = state.symbol;
    tick.provider = m_provider;
    tick.timeMs = state.nextTickMs;
    tick.price = roundPrice(state.path.priceAt(state.nextTickMs));
    tick.size = tradeSize(state.random);
    tick.sequence = sequence;
    tick.receivedMs = receivedMs;

    const double event = state.eventFractionMs + gap;
    const double whole = std::floor(event);
    state.eventBaseMs += qint64(whole);
    state.eventFractionMs = event - whole;
    scheduleNext(state);
}

TickBatch SimulatedMarket::advanceTo(qint64 nowMs)
{
    TickBatch out;
    if (nowMs <= m_nowMs)
        return out;

    // A min-heap of (next tick time, state index) merges the symbols' streams in time order.
    using Pending = std::pair<qint64, size_t>;
    std::vector<Pending> heap;
    for (size_t i = 0; i < m_states.size(); ++i) {
        if (m_states[i].active && m_states[i].nextTickMs <= nowMs)
            heap.emplace_back(m_states[i].nextTickMs, i);
    }
    const double expected = m_ticksPerSecond * double(nowMs - m_nowMs) / 1000.0 * double(m_symbols.size());
    out.reserve(qsizetype(std::min(expected * 1.05 + 16.0, double(1 << 22))));

    const std::greater<Pending> later;
    std::make_heap(heap.begin(), heap.end(), later);
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), later);
        SymbolState &state = m_states[heap.back().second];
        emitTick(state, nowMs, out);
        if (state.nextTickMs <= nowMs) {
            heap.back().first = state.nextTickMs;
            std::push_heap(heap.begin(), heap.end(), later);
        } else {
            heap.pop_back();
        }
    }
    m_nowMs = nowMs;
    return out;
}

void SimulatedMarket::skipTo(qint64 nowMs)
{
    if (nowMs <= m_nowMs)
        return;
    for (SymbolState &state : m_states) {
        if (state.active)
            jump(state, nowMs);
    }
    m_nowMs = nowMs;
}

BarBatch SimulatedMarket::history(qint64 nowMs, int days) const
{
    return history(m_symbols, nowMs, days);
}

BarBatch SimulatedMarket::history(const QStringList &symbols, qint64 nowMs, int days) const
{
    BarBatch out;
    out.reserve(qsizetype(symbols.size()) * std::clamp(days, 0, MaxHistoryDays) * MinutesPerDay);
    for (const QString &symbol : symbols) {
        if (const SymbolState *state = findState(symbol))
            appendHistory(*state, nowMs, days, out);
    }
    return out;
}

void SimulatedMarket::appendHistory(const SymbolState &state, qint64 nowMs, int days, BarBatch &out) const
{
    const qsizetype count = qsizetype(std::clamp(days, 0, MaxHistoryDays)) * MinutesPerDay;
    if (count == 0)
        return;
    const qint64 endMs = floorTo(nowMs, MsPerMinute);
    const qint64 stepMs = MsPerMinute / SubstepsPerBar;
    const double sizeSigmaSquared = SizeLogSigma * SizeLogSigma;
    const double meanVolume = m_ticksPerSecond * 60.0 * std::exp(SizeLogMean + sizeSigmaSquared / 2.0);

    SimulatedPath path = state.path;
    const qsizetype first = out.size();
    out.resize(first + count);
    qint64 openMs = endMs - count * MsPerMinute;
    double open = path.priceAt(openMs);
    for (qsizetype k = 0; k < count; ++k, openMs += MsPerMinute) {
        Bar &bar = out[first + k];
        double high = open;
        double low = open;
        double close = open;
        for (int step = 1; step <= SubstepsPerBar; ++step) {
            close = path.priceAt(openMs + step * stepMs);
            high = std::max(high, close);
            low = std::min(low, close);
        }
        bar.symbol = state.symbol;
        bar.provider = m_provider;
        bar.timeMs = openMs;
        bar.intervalMs = MsPerMinute;
        bar.open = roundPrice(open);
        bar.high = roundPrice(high);
        bar.low = roundPrice(low);
        bar.close = roundPrice(close);
        const double z = hashNormal(mixSeed(state.volumeKey, quint64(openMs / MsPerMinute)));
        bar.volume = std::round(meanVolume * std::exp(0.35 * z - 0.35 * 0.35 / 2.0));
        open = close;
    }
}

InstrumentList SimulatedMarket::instruments(qint64 nowMs) const
{
    return instruments(m_symbols, nowMs);
}

InstrumentList SimulatedMarket::instruments(const QStringList &symbols, qint64 nowMs) const
{
    InstrumentList out;
    out.reserve(symbols.size());
    for (const QString &symbol : symbols) {
        if (const SymbolState *state = findState(symbol))
            out.append(instrument(*state, nowMs));
    }
    return out;
}

Instrument SimulatedMarket::instrument(const SymbolState &state, qint64 nowMs) const
{
    BarBatch recent;
    appendHistory(state, nowMs, RecentDays, recent);
    SimulatedPath path = state.path;
    double high = path.priceAt(nowMs);
    double low = high;
    for (const Bar &bar : std::as_const(recent)) {
        high = std::max(high, bar.high);
        low = std::min(low, bar.low);
    }
    // The rest of the year on a grid fixed to UTC days, not to nowMs.
    const qint64 yearAgoMs = floorTo(nowMs, MsPerDay) - Week52Days * MsPerDay;
    for (qint64 t = yearAgoMs; t < recent.constFirst().timeMs; t += Week52SampleMs) {
        const double price = path.priceAt(t);
        high = std::max(high, price);
        low = std::min(low, price);
    }
    const double previousClose = roundPrice(path.priceAt(floorTo(nowMs, MsPerDay)));

    Instrument result;
    result.symbol = state.symbol;
    result.provider = m_provider;
    result.name = state.profile.name;
    result.currency = state.profile.currency;
    result.exchange = state.profile.exchange;
    // Rounded outwards so the band still holds every price after rounding.
    result.week52High = std::ceil(high * 100.0) / 100.0;
    result.week52Low = std::floor(low * 100.0) / 100.0;
    result.previousClose = previousClose;
    result.logo = letterLogoSvg(state.symbol);
    result.logoMimeType = letterLogoMimeType();
    result.updatedMs = nowMs;
    return result;
}

} // namespace tickerline
