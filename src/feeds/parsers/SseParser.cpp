#include "SseParser.h"

#include "WireValues.h"

#include <algorithm>
#include <string_view>

namespace tickerline {

namespace {

constexpr char Bom[] = {'\xEF', '\xBB', '\xBF'};

} // namespace

SseParser::SseParser(qsizetype maxEventBytes)
    : m_maxEventBytes(maxEventBytes)
{
}

QList<SseEvent> SseParser::feed(QByteArrayView chunk)
{
    QList<SseEvent> events;
    if (!m_bomChecked) {
        while (!chunk.isEmpty() && m_bomBytesSeen < 3 && chunk.front() == Bom[m_bomBytesSeen]) {
            ++m_bomBytesSeen;
            chunk = chunk.sliced(1);
        }
        if (m_bomBytesSeen < 3 && chunk.isEmpty())
            return events;   // the chunk ended inside what may still become a BOM
        m_bomChecked = true;
        if (m_bomBytesSeen < 3)
            consume(QByteArrayView(Bom, m_bomBytesSeen), events);   // it was not one: those bytes are text
    }
    consume(chunk, events);
    return events;
}

void SseParser::reset()
{
    m_line.clear();
    m_lineLength = 0;
    m_data.clear();
    m_type.clear();
    m_idBuffer = m_lastEventId;
    m_bomBytesSeen = 0;
    m_bomChecked = false;
    m_afterCR = false;
    m_discarding = false;
}

void SseParser::consume(QByteArrayView bytes, QList<SseEvent> &events)
{
    qsizetype pos = 0;
    const qsizetype size = bytes.size();
    while (pos < size) {
        if (m_afterCR) {
            m_afterCR = false;
            if (bytes[pos] == '\n') {
                ++pos;
                continue;
            }
        }
        const auto *begin = bytes.data() + pos;
        const auto *end = std::find_if(begin, bytes.data() + size, [](char c) { return c == '\r' || c == '\n'; });
        appendToLine(QByteArrayView(begin, end - begin));
        pos += end - begin;
        if (pos == size)
            break;
        m_afterCR = bytes[pos] == '\r';
        ++pos;
        endLine(events);
    }
}

void SseParser::appendToLine(QByteArrayView piece)
{
    m_lineLength += piece.size();
    if (m_discarding)
        return;
    if (m_data.size() + m_lineLength > m_maxEventBytes) {
        m_discarding = true;
        ++m_malformed;
        m_line.clear();
        m_data.clear();
        m_type.clear();
        return;
    }
    m_line.append(piece);
}

void SseParser::endLine(QList<SseEvent> &events)
{
    if (m_lineLength == 0)
        endEvent(events);
    else if (!m_discarding)
        processField(m_line);
    m_line.clear();
    m_lineLength = 0;
}

void SseParser::processField(QByteArrayView line)
{
    if (line.front() == ':')
        return;   // a comment, often a keep-alive
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);

    if (field == "data") {
        m_data.append(value);
        m_data.append('\n');
    } else if (field == "event") {
        m_type = QString::fromUtf8(value);
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_idBuffer = QString::fromUtf8(value);
    } else if (field == "retry") {
        const bool digits = !value.isEmpty()
            && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (digits) {
            if (const auto ms = wire::parseInteger(std::string_view(value.data(), std::size_t(value.size()))))
                m_retryMs = ms;
        }
    }
    // Any other field is ignored, as the standard says.
}

void SseParser::endEvent(QList<SseEvent> &events)
{
    m_lastEventId = m_idBuffer;
    const bool dispatch = !m_discarding && !m_data.isEmpty();
    m_discarding = false;
    if (dispatch) {
        m_data.chop(1);   // the LF after the last data line
        events.append(SseEvent{m_type.isEmpty() ? QStringLiteral("message") : m_type, QString::fromUtf8(m_data),
                               m_lastEventId});
    }
    m_data.clear();
    m_type.clear();
}

} // namespace tickerline
