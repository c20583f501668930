#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

class QIODevice;

namespace tickerline {

// One CSV record (RFC 4180): fields separated by commas, quoted fields may
// hold commas, doubled quotes and line breaks; records end with LF or CRLF.
struct CsvRecord
{
    qint64 line = 0;     // physical line the record starts on, from 1
    bool blank = false;  // an empty line
    QString problem;     // malformed quoting or an overlong record; fields are then unreliable

    [[nodiscard]] qsizetype fieldCount() const { return m_ends.size(); }
    [[nodiscard]] QByteArrayView field(qsizetype i) const
    {
        const qsizetype begin = i == 0 ? 0 : m_ends[i - 1];
        return QByteArrayView(m_text).sliced(begin, m_ends[i] - begin);
    }

private:
    friend class CsvReader;
    QByteArray m_text;                      // all fields, unquoted, back to back
    QVarLengthArray<qsizetype, 8> m_ends;   // where each field ends in m_text
};

// Streams records from a device in fixed-size chunks, so a file of any size
// is read in constant memory; a record longer than maxRecordBytes is reported
// as a problem instead of being buffered.
class CsvReader final
{
    Q_DISABLE_COPY_MOVE(CsvReader)
public:
    static constexpr qsizetype DefaultMaxRecordBytes = 64 * 1024;

    explicit CsvReader(QIODevice &device, qsizetype maxRecordBytes = DefaultMaxRecordBytes);
    ~CsvReader();

    // False at the end of the input or on a read error (see errorString()).
    [[nodiscard]] bool next(CsvRecord &record);
    [[nodiscard]] qint64 bytesRead() const { return m_bytesRead; }
    [[nodiscard]] const QString &errorString() const { return m_error; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    bool fill();
    void append(CsvRecord &record, char c);
    static void endField(CsvRecord &record);

    QIODevice &m_device;
    const qsizetype m_maxRecordBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;
    bool m_atEnd = false;
    bool m_overlong = false;
    QString m_error;
};

} // namespace tickerline
