#pragma once

#include "ParseResult.h"
#include "Payload.h"
#include "SymbolTable.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <memory>

namespace tickerline {

class JsonFrame;

// What every WebSocket frame parser shares: a reusable JSON parser (its
// buffers kept from frame to frame, so steady-state parsing allocates
// nothing), the provider's symbol spellings, and both ways a frame arrives.
// A provider parser derives from it and reads the loaded frame in
// parseLoaded(). One per feed; not thread-safe.
class StreamFrameParser : public PayloadParser
{
public:
    ~StreamFrameParser() override;
    Q_DISABLE_COPY_MOVE(StreamFrameParser)

    // Provider spellings → user symbols; unmapped ones pass through (folded
    // as the parser's SymbolTable folds them).
    void setSymbolMap(const SymbolMap &symbols);
    [[nodiscard]] ParseResult parseFrame(QByteArrayView frame, qint64 nowMs);
    // QWebSocket hands text messages over as QString: encoded straight into
    // the parser's buffer, without a QByteArray per message.
    [[nodiscard]] ParseResult parseFrame(QStringView frame, qint64 nowMs);
    // A frame as the feeds hand it over: its text when it came as text.
    [[nodiscard]] ParseResult parse(const Payload &payload) override;

protected:
    StreamFrameParser(QStringView provider, const SymbolMap &symbols,
                      SymbolTable::Fold fold = SymbolTable::Fold::None);

    // Reads the frame just loaded into json().
    [[nodiscard]] virtual ParseResult parseLoaded(qint64 nowMs) = 0;

    [[nodiscard]] JsonFrame &json() { return *m_json; }
    [[nodiscard]] SymbolTable &symbols() { return m_symbols; }
    [[nodiscard]] const QString &provider() const { return m_provider; }

private:
    const std::unique_ptr<JsonFrame> m_json;
    SymbolTable m_symbols;
    const QString m_provider;
};

} // namespace tickerline
