#pragma once

// What every parser result must satisfy whatever bytes arrive: only valid
// prices, plausible UTC times and named symbols get out; bars are consistent
// and ascending; errors are safe to log.

#include "FuzzSupport.h"

#include <ParseResult.h>
#include <WireValues.h>

#include <cmath>

namespace tickerline::fuzz {

// A fixed receive time, so that a saved crash input reproduces exactly.
inline constexpr qint64 NowMs = 1'717'430'405'000;   // 2024-06-03T16:00:05Z

inline bool isFiniteNonNegative(double value)
{
    return std::isfinite(value) && value >= 0.0;
}

inline void checkTicks(const TickBatch &ticks, qint64 nowMs)
{
    for (const Tick &tick : ticks) {
        FUZZ_CHECK(isValidPrice(tick.price));
        FUZZ_CHECK(wire::isPlausibleTimeMs(tick.timeMs));
        FUZZ_CHECK(!tick.symbol.isEmpty());
        FUZZ_CHECK(!tick.provider.isEmpty());
        FUZZ_CHECK(isFiniteNonNegative(tick.size));
        FUZZ_CHECK(tick.receivedMs == nowMs);
        FUZZ_CHECK(tick.sequence >= -1);
    }
}

inline void checkBars(const BarBatch &bars)
{
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars.at(i);
        FUZZ_CHECK(isValidPrice(bar.open) && isValidPrice(bar.high) && isValidPrice(bar.low)
                   && isValidPrice(bar.close));
        FUZZ_CHECK(bar.low <= bar.open && bar.low <= bar.close);
        FUZZ_CHECK(bar.open <= bar.high && bar.close <= bar.high);
        FUZZ_CHECK(isFiniteNonNegative(bar.volume));
        FUZZ_CHECK(wire::isPlausibleTimeMs(bar.timeMs));
        FUZZ_CHECK(bar.intervalMs > 0);
        FUZZ_CHECK(!bar.symbol.isEmpty() && !bar.provider.isEmpty());
        FUZZ_CHECK(i == 0 || bars.at(i - 1).timeMs <= bar.timeMs);   // ascending
    }
}

inline void checkInstruments(const InstrumentList &instruments, qint64 nowMs)
{
    for (const Instrument &instrument : instruments) {
        FUZZ_CHECK(!instrument.symbol.isEmpty() && !instrument.provider.isEmpty());
        FUZZ_CHECK(instrument.updatedMs == nowMs);
        // Both 52-week values or neither, and then a sane interval.
        FUZZ_CHECK(instrument.week52High.has_value() == instrument.week52Low.has_value());
        FUZZ_CHECK(!instrument.week52High || week52RangeIsPlausible(instrument));
        FUZZ_CHECK(!instrument.previousClose || isValidPrice(*instrument.previousClose));
        // A payload must never steer the logo fetcher away from http(s).
        const QString scheme = instrument.logoUrl.scheme();
        FUZZ_CHECK(instrument.logoUrl.isEmpty() || scheme == u"http" || scheme == u"https");
    }
}

inline void checkError(const ProviderError &error)
{
    // Errors reach logs and the status bar verbatim: one line, capped.
    FUZZ_CHECK(error.message.size() <= 300);
    FUZZ_CHECK(!error.message.contains(u'\n') && !error.message.contains(u'\r'));
    FUZZ_CHECK(!error.retryAfterMs || (*error.retryAfterMs >= 0 && *error.retryAfterMs <= 86'400'000));
    for (const QString &symbol : error.symbols)
        FUZZ_CHECK(!symbol.isEmpty());
}

inline void checkResult(const ParseResult &result, qint64 nowMs = NowMs)
{
    checkTicks(result.ticks, nowMs);
    checkBars(result.bars);
    checkInstruments(result.instruments, nowMs);
    if (result.error)
        checkError(*result.error);
    FUZZ_CHECK(result.malformed >= 0 && result.ignored >= 0);
    for (const QString &symbol : result.controlSymbols)
        FUZZ_CHECK(!symbol.isEmpty());
}

// The QStringView overloads re-encode to UTF-8: for valid UTF-8 they must see
// exactly what the byte overloads see.
inline void checkSameAs(const ParseResult &bytes, const ParseResult &text)
{
    FUZZ_CHECK(bytes.ticks == text.ticks);
    FUZZ_CHECK(bytes.bars == text.bars);
    FUZZ_CHECK(bytes.instruments == text.instruments);
    FUZZ_CHECK(bytes.error == text.error);
    FUZZ_CHECK(bytes.malformed == text.malformed && bytes.ignored == text.ignored);
    FUZZ_CHECK(bytes.control == text.control && bytes.controlSymbols == text.controlSymbols);
    FUZZ_CHECK(bytes.controlSequence == text.controlSequence && bytes.ackId == text.ackId);
}

} // namespace tickerline::fuzz
