#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace tickerline {

// One dispatched Server-Sent Event.
struct SseEvent
{
    QString type;   // the "event:" field; "message" when the event had none
    QString data;   // the "data:" lines joined with "\n"
    QString id;     // the last event ID in effect at dispatch (it persists across events)

    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

// Incremental text/event-stream parser following the WHATWG HTML "event
// stream interpretation": feed it chunks as they arrive, split anywhere (even
// between the CR and LF of a CRLF, or inside the leading BOM or a UTF-8
// sequence), get complete events back. Lines end with CRLF, LF or CR; ":"
// lines are comments; an "id" containing NUL is ignored; "retry" is honoured
// only when all digits. Events larger than the limit are dropped and counted,
// so a server cannot grow the buffers without bound. Not thread-safe.
class SseParser final
{
public:
    static constexpr qsizetype DefaultMaxEventBytes = 1024 * 1024;

    explicit SseParser(qsizetype maxEventBytes = DefaultMaxEventBytes);

    [[nodiscard]] QList<SseEvent> feed(QByteArrayView chunk);

    // For a new connection: drops the partial event and expects a new BOM;
    // keeps lastEventId() and retryMs(), which the reconnect needs.
    void reset();

    // Send as Last-Event-ID when reconnecting (empty: send none).
    [[nodiscard]] QString lastEventId() const { return m_lastEventId; }
    // The server's reconnection delay, once it sent a valid "retry:".
    [[nodiscard]] std::optional<qint64> retryMs() const { return m_retryMs; }
    // Events dropped for exceeding the size limit, since construction.
    [[nodiscard]] int malformed() const { return m_malformed; }

private:
    void consume(QByteArrayView bytes, QList<SseEvent> &events);
    void appendToLine(QByteArrayView piece);
    void endLine(QList<SseEvent> &events);
    void processField(QByteArrayView line);
    void endEvent(QList<SseEvent> &events);

    qsizetype m_maxEventBytes;
    QByteArray m_line;             // the current line, while not discarding
    qsizetype m_lineLength = 0;    // its length even while discarding, to see blank lines
    QByteArray m_data;             // raw UTF-8; decoded once at dispatch
    QString m_type;
    QString m_idBuffer;
    QString m_lastEventId;
    std::optional<qint64> m_retryMs;
    int m_malformed = 0;
    int m_bomBytesSeen = 0;
    bool m_bomChecked = false;
    bool m_afterCR = false;        // a CR ended the last chunk: a leading LF belongs to it
    bool m_discarding = false;     // the current event went over the limit
};

} // namespace tickerline
