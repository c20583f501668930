#include "SimulatedMarket.h"

#include "LetterLogo.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <utility>

namespace tickerline {

namespace {

constexpr double MsPerYear = 365.25 * 86'400'000.0;
constexpr qint64 MsPerMinute = 60'000;
constexpr qint64 MsPerDay = 86'400'000;
constexpr int MinutesPerDay = 1440;
constexpr int SubstepsPerBar = 6;        // points per minute bar, for its high and low
constexpr int Week52Days = 364;
constexpr int RecentDays = 7;            // minute bars the 52-week band is built around
constexpr double MinTicksPerSecond = 1e-3;
constexpr double MaxTicksPerSecond = 1e7;
// Sequence = time * this (or one more than the last, when a millisecond is full).
constexpr qint64 SequencesPerMs = 4096;
// Trade sizes are lognormal: median e^3.5 ~ 33 shares, a long tail of round lots.
constexpr double SizeLogMean = 3.5;
constexpr double SizeLogSigma = 1.1;
constexpr quint64 HistoryStream = 0x68697374ULL;
constexpr quint64 Week52Stream = 0x35327765ULL;

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
    const SymbolState *state = findState(symbol);
    if (!state)
        return std::nullopt;
    return roundPrice(state->price);
}

SimulatedMarket::SymbolState SimulatedMarket::makeState(const QString &symbol, qint64 nowMs)
{
    const quint64 hash = stableSymbolHash(symbol);
    SymbolState state{
        .symbol = symbol,
        .profile = simulatedProfile(symbol),
        .random = SimulatedRandom(mixSeed(m_seed, hash)),
        .historySeed = mixSeed(m_seed ^ HistoryStream, hash),
    };
    const double sigma = state.profile.volatility;
    state.driftPerMs = (state.profile.drift - sigma * sigma / 2.0) / MsPerYear;
    state.volatilityPerSqrtMs = sigma / std::sqrt(MsPerYear);
    // Within about a percent of the profile's level, so seeds differ from the start.
    state.price = state.profile.startPrice * std::exp(0.01 * state.random.normal());
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
    const double dt = double(toMs - state.eventBaseMs) - state.eventFractionMs;
    if (dt <= 0.0)
        return;
    state.price *= std::exp(state.driftPerMs * dt + state.volatilityPerSqrtMs * std::sqrt(dt) * state.random.normal());
    state.eventBaseMs = toMs;
    state.eventFractionMs = 0.0;
    // Arrivals are memoryless: drawing the next one afresh keeps the process exact.
    scheduleNext(state);
}

void SimulatedMarket::emitTick(SymbolState &state, qint64 receivedMs, TickBatch &out)
{
    const double gap = state.pendingGapMs;
    state.price *= std::exp(state.driftPerMs * gap + state.volatilityPerSqrtMs * std::sqrt(gap) * state.random.normal());
    const qint64 sequence = std::max(state.nextTickMs * SequencesPerMs, state.lastSequence + 1);
    state.lastSequence = sequence;

    Tick &tick = out.emplaceBack();
    tick.symbol = state.symbol;
    tick.provider = m_provider;
    tick.timeMs = state.nextTickMs;
    tick.price = roundPrice(state.price);
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
    const double stepMs = double(MsPerMinute) / SubstepsPerBar;
    const double stepDrift = state.driftPerMs * stepMs;
    const double stepVolatility = state.volatilityPerSqrtMs * std::sqrt(stepMs);
    const double sizeSigmaSquared = SizeLogSigma * SizeLogSigma;
    const double meanVolume = m_ticksPerSecond * 60.0 * std::exp(SizeLogMean + sizeSigmaSquared / 2.0);

    SimulatedRandom random(state.historySeed);
    double logPrice = std::log(state.price);
    const qsizetype first = out.size();
    out.resize(first + count);
    // Backwards from the current price: bar k's open is bar k-1's close.
    // Extremes are tracked in log space; exp is monotonic.
    for (qsizetype k = count - 1; k >= 0; --k) {
        Bar &bar = out[first + k];
        const double logClose = logPrice;
        double logHigh = logPrice;
        double logLow = logPrice;
        for (int step = 0; step < SubstepsPerBar; ++step) {
            logPrice -= stepDrift + stepVolatility * random.normal();
            logHigh = std::max(logHigh, logPrice);
            logLow = std::min(logLow, logPrice);
        }
        bar.symbol = state.symbol;
        bar.provider = m_provider;
        bar.timeMs = endMs - (count - k) * MsPerMinute;
        bar.intervalMs = MsPerMinute;
        bar.open = roundPrice(std::exp(logPrice));
        bar.high = roundPrice(std::exp(logHigh));
        bar.low = roundPrice(std::exp(logLow));
        bar.close = roundPrice(std::exp(logClose));
        bar.volume = std::round(meanVolume * std::exp(0.35 * random.normal() - 0.35 * 0.35 / 2.0));
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
    double high = state.price;
    double low = state.price;
    for (const Bar &bar : std::as_const(recent)) {
        high = std::max(high, bar.high);
        low = std::min(low, bar.low);
    }
    // The rest of the year as daily closes, backwards from the week's first open.
    SimulatedRandom random(mixSeed(state.historySeed, Week52Stream));
    const double dayMs = double(MsPerDay);
    const double dayDrift = state.driftPerMs * dayMs;
    const double dayVolatility = state.volatilityPerSqrtMs * std::sqrt(dayMs);
    double logPrice = std::log(recent.constFirst().open);
    for (int day = RecentDays; day < Week52Days; ++day) {
        logPrice -= dayDrift + dayVolatility * random.normal();
        high = std::max(high, std::exp(logPrice));
        low = std::min(low, std::exp(logPrice));
    }
    // The bar that ends at the last UTC midnight closes the previous day.
    const qint64 endMs = floorTo(nowMs, MsPerMinute);
    const qsizetype minutesToday = qsizetype((endMs - floorTo(nowMs, MsPerDay)) / MsPerMinute);
    const Bar &previousDayClose = recent.at(recent.size() - 1 - minutesToday);

    Instrument result;
    result.symbol = state.symbol;
    result.provider = m_provider;
    result.name = state.profile.name;
    result.currency = QStringLiteral("USD");
    result.exchange = QStringLiteral("SIM");
    // Rounded outwards so the band still holds every price after rounding.
    result.week52High = std::ceil(high * 100.0) / 100.0;
    result.week52Low = std::floor(low * 100.0) / 100.0;
    result.previousClose = previousDayClose.close;
    result.logo = letterLogoSvg(state.symbol);
    result.logoMimeType = letterLogoMimeType();
    result.updatedMs = nowMs;
    return result;
}

} // namespace tickerline
