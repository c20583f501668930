#pragma once

#include "StreamFrameParser.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace tickerline {

// Finnhub WebSocket frames: {"type":"trade","data":[{s,p,t(ms),v,c}…]},
// {"type":"ping"}, {"type":"error","msg"}. Trades carry no sequence; their
// conditions (c) are ignored. Holds a reusable JSON parser: one per feed,
// not thread-safe.
// Finnhub spellings ("BINANCE:BTCUSDT", "BRK.B") map to user symbols.
class FinnhubParser final : public StreamFrameParser
{
public:
    explicit FinnhubParser(const SymbolMap &symbols = {});

private:
    [[nodiscard]] ParseResult parseLoaded(qint64 nowMs) override;
};

// Finnhub REST bodies (base https://finnhub.io/api/v1). `symbol` is the
// user's symbol the request was for; ticks and instruments carry it.
namespace finnhub {

inline constexpr QStringView ProviderName = u"finnhub";

// /quote: {"c","h","l","o","pc","t"(s)…}. All zeros (unknown or not yet
// traded symbol) gives no tick; pc gives the instrument's previous close.
[[nodiscard]] ParseResult parseQuote(const QByteArray &body, const QString &symbol, qint64 nowMs);
// /stock/profile2: name, currency, exchange, logo (http/https only).
[[nodiscard]] ParseResult parseProfile(const QByteArray &body, const QString &symbol, qint64 nowMs);
// /stock/metric?metric=all: 52WeekHigh/52WeekLow when plausible.
[[nodiscard]] ParseResult parseMetric(const QByteArray &body, const QString &symbol, qint64 nowMs);

} // namespace finnhub
} // namespace tickerline
