#include "StreamFrameParser.h"

#include "JsonFrame.h"

namespace tickerline {

StreamFrameParser::StreamFrameParser(QStringView provider, const SymbolMap &symbols, SymbolTable::Fold fold)
    : m_json(std::make_unique<JsonFrame>())
    , m_symbols(fold)
    , m_provider(provider.toString())
{
    m_symbols.setMap(symbols);
}

StreamFrameParser::~StreamFrameParser() = default;

void StreamFrameParser::setSymbolMap(const SymbolMap &symbols)
{
    m_symbols.setMap(symbols);
}

ParseResult StreamFrameParser::parseFrame(QByteArrayView frame, qint64 nowMs)
{
    m_json->load(frame);
    return parseLoaded(nowMs);
}

ParseResult StreamFrameParser::parseFrame(QStringView frame, qint64 nowMs)
{
    m_json->load(frame);
    return parseLoaded(nowMs);
}

ParseResult StreamFrameParser::parse(const Payload &payload)
{
    return payload.isText() ? parseFrame(payload.text, payload.nowMs) : parseFrame(payload.bytes, payload.nowMs);
}

} // namespace tickerline
