#pragma once

// Test helpers for the parser tests: the recorded provider payloads under
// tests/data/providers (TICKERLINE_PROVIDER_DATA is set by CMake) and checks
// every parser result must pass.

#include <ParseResult.h>
#include <WireValues.h>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace tickerline::test {

inline QString providerDataDir(const QString &provider)
{
    return QStringLiteral(TICKERLINE_PROVIDER_DATA) + u'/' + provider;
}

// The bytes of tests/data/providers/<path>; empty when missing (tests QVERIFY that).
inline QByteArray payload(const QString &path)
{
    QFile file(QStringLiteral(TICKERLINE_PROVIDER_DATA) + u'/' + path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QStringList payloadFiles(const QString &provider)
{
    QStringList out;
    const QDir dir(providerDataDir(provider));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        out.append(provider + u'/' + name);
    return out;
}

// What every result must satisfy, whatever the input: only valid prices and
// plausible UTC ms times get out, bars consistent (low <= open, close <= high)
// and ascending.
inline bool isSane(const ParseResult &result)
{
    for (const Tick &tick : result.ticks) {
        if (!isValidPrice(tick.price) || !wire::isPlausibleTimeMs(tick.timeMs) || tick.symbol.isEmpty()
            || tick.provider.isEmpty() || !(tick.size >= 0.0))
            return false;
    }
    for (qsizetype i = 0; i < result.bars.size(); ++i) {
        const Bar &bar = result.bars.at(i);
        if (!isValidPrice(bar.open) || !isValidPrice(bar.high) || !isValidPrice(bar.low)
            || !isValidPrice(bar.close) || bar.low > std::min(bar.open, bar.close)
            || std::max(bar.open, bar.close) > bar.high || !wire::isPlausibleTimeMs(bar.timeMs)
            || (i > 0 && result.bars.at(i - 1).timeMs > bar.timeMs))
            return false;
    }
    return result.malformed >= 0 && result.ignored >= 0;
}

// Feeds every prefix of every payload of a provider (truncated frames and
// bodies, as a dropped connection leaves them) to `parse`; returns the first
// path:length whose result is not sane, or an empty string.
inline QString firstInsaneTruncation(const QString &provider,
                                     const std::function<ParseResult(const QByteArray &)> &parse)
{
    for (const QString &path : payloadFiles(provider)) {
        const QByteArray bytes = payload(path);
        for (qsizetype length = 0; length <= bytes.size(); ++length) {
            if (!isSane(parse(bytes.left(length))))
                return path + u':' + QString::number(length);
        }
    }
    return {};
}

} // namespace tickerline::test
