#pragma once

#include "ParseResult.h"
#include "SymbolTable.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <memory>

namespace tickerline {

class JsonFrame;

// Finnhub WebSocket frames: {"type":"trade","data":[{s,p,t(ms),v,c}…]},
// {"type":"ping"}, {"type":"error","msg"}. Trades carry no sequence; their
// conditions (c) are ignored. Holds a reusable JSON parser: one per feed,
// not thread-safe.
class FinnhubParser final
{
public:
    explicit FinnhubParser(const SymbolMap &symbols = {});
    ~FinnhubParser();
    Q_DISABLE_COPY_MOVE(FinnhubParser)

    // Finnhub spellings ("BINANCE:BTCUSDT", "BRK.B") → user symbols; unmapped pass through.
    void setSymbolMap(const SymbolMap &symbols);
    [[nodiscard]] ParseResult parseFrame(QByteArrayView frame, qint64 nowMs);
    // QWebSocket hands text messages over as QString: encoded straight into
    // the parser's buffer, without a QByteArray per message.
    [[nodiscard]] ParseResult parseFrame(QStringView frame, qint64 nowMs);

private:
    [[nodiscard]] ParseResult parseLoaded(qint64 nowMs);

    std::unique_ptr<JsonFrame> m_json;
    SymbolTable m_symbols;
    QString m_provider;
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
