#include "CsvReader.h"

#include <QIODevice>

namespace tickerline {

namespace {

constexpr qsizetype kChunkBytes = 64 * 1024;

void noteProblem(CsvRecord &record, const QString &problem)
{
    // The first problem is the one worth reporting; later ones follow from it.
    if (record.problem.isEmpty())
        record.problem = problem;
}

} // namespace

CsvReader::CsvReader(QIODevice &device, qsizetype maxRecordBytes)
    : m_device(device), m_maxRecordBytes(maxRecordBytes)
{
}

CsvReader::~CsvReader() = default;

bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    m_buffer.resize(kChunkBytes);
    const qint64 n = m_device.read(m_buffer.data(), kChunkBytes);
    if (n < 0)
        m_error = m_device.errorString();
    if (n <= 0) {
        // Files and pipes block in read(), so 0 means the end.
        m_atEnd = true;
        m_buffer.clear();
        m_pos = 0;
        return false;
    }
    m_buffer.truncate(qsizetype(n));
    m_pos = 0;
    m_bytesRead += n;
    return true;
}

void CsvReader::append(CsvRecord &record, char c)
{
    if (record.m_text.size() >= m_maxRecordBytes) {
        if (!m_overlong)
            noteProblem(record, QStringLiteral("row longer than %1 bytes").arg(m_maxRecordBytes));
        m_overlong = true;
        return;
    }
    record.m_text.append(c);
}

void CsvReader::endField(CsvRecord &record)
{
    record.m_ends.append(record.m_text.size());
}

bool CsvReader::next(CsvRecord &record)
{
    record.m_text.clear();
    record.m_ends.clear();
    record.problem.clear();
    record.blank = false;
    record.line = m_line;
    m_overlong = false;

    State state = State::FieldStart;
    bool consumedAny = false;
    bool quotedAny = false;
    // A CR outside quotes ends the line if LF follows (or the input ends), else it is data.
    bool pendingCr = false;

    const auto finish = [&] {
        endField(record);
        record.blank = !quotedAny && record.m_text.isEmpty() && record.m_ends.size() == 1 && record.problem.isEmpty();
        return true;
    };
    // Returns true when c ends the record.
    const auto consume = [&](char c) {
        switch (state) {
        case State::FieldStart:
            if (c == '"') {
                quotedAny = true;
                state = State::Quoted;
                return false;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
            if (c == ',') {
                endField(record);
                state = State::FieldStart;
            } else if (c == '\n') {
                ++m_line;
                return true;
            } else {
                if (c == '"')
                    noteProblem(record, QStringLiteral("quote inside an unquoted field"));
                append(record, c);
            }
            return false;
        case State::Quoted:
            if (c == '"') {
                state = State::QuoteInQuoted;
                return false;
            }
            if (c == '\n')
                ++m_line;
            append(record, c);
            return false;
        case State::QuoteInQuoted:
            if (c == '"') {
                append(record, c);   // "" stands for one quote
                state = State::Quoted;
            } else if (c == ',') {
                endField(record);
                state = State::FieldStart;
            } else if (c == '\n') {
                ++m_line;
                return true;
            } else {
                noteProblem(record, QStringLiteral("text after a closing quote"));
                append(record, c);
                state = State::Unquoted;
            }
            return false;
        }
        return false;
    };

    for (;;) {
        if (m_pos == m_buffer.size() && !fill()) {
            if (!consumedAny)
                return false;
            if (state == State::Quoted)
                noteProblem(record, QStringLiteral("quoted field is never closed"));
            return finish();
        }
        const char c = m_buffer.at(m_pos++);
        consumedAny = true;
        if (pendingCr) {
            pendingCr = false;
            if (c == '\n') {
                ++m_line;
                return finish();
            }
            (void)consume('\r');
        }
        if (c == '\r' && state != State::Quoted) {
            pendingCr = true;
            continue;
        }
        if (consume(c))
            return finish();
    }
}

} // namespace tickerline
