#pragma once

#include "SeriesPoint.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

// The plain-HTTP side of the collector's port (docs/server-protocol.md):
// request heads, the /v1/events and /v1/history queries, responses and
// Server-Sent Events framing. Pure functions of bytes, for the server, tests
// and the fuzzer; nothing here knows sockets.
namespace tickerline::http {

inline constexpr auto kEventsPath = "/v1/events";
inline constexpr auto kHistoryPath = "/v1/history";
inline constexpr qsizetype kMaxHeadBytes = 16 * 1024;
inline constexpr int kMaxBuckets = 25'000;
inline constexpr int kSseRetryMs = 2'000;

// An answer that is not a success: status code and a reason for people.
struct Error
{
    int status = 400;
    QString reason;
};

struct RequestHead
{
    QByteArray method;
    QString path;                                 // percent-decoded
    QList<QPair<QString, QString>> query;         // decoded, in order
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, values trimmed
    qsizetype size = 0;                           // bytes of the head, blank line included

    [[nodiscard]] QByteArray header(QByteArrayView lowerCaseName) const;
    [[nodiscard]] bool hasHeader(QByteArrayView lowerCaseName) const;
    [[nodiscard]] bool isWebSocketUpgrade() const;
};

// Incomplete: the blank line has not arrived yet (and the head is still
// within kMaxHeadBytes). Otherwise the head, or why it is refused.
struct Incomplete {};
using HeadParse = std::variant<Incomplete, RequestHead, Error>;
[[nodiscard]] HeadParse parseRequestHead(QByteArrayView bytes);

struct EventsQuery
{
    QStringList symbols;                 // normalised (Symbol::check), no duplicates
    std::optional<qint64> lastEventId;   // Last-Event-ID header, else the lastEventId parameter
};
[[nodiscard]] std::variant<EventsQuery, Error> parseEventsQuery(const RequestHead &head);

struct HistoryQuery
{
    QString symbol;
    qint64 fromMs = 0;                   // UTC ms, inclusive
    qint64 toMs = 0;                     // UTC ms, inclusive
    int buckets = 0;                     // the reduction: at most this many buckets
};
// from/to as UTC milliseconds or ISO-8601 (`2026-12-07T14:00:00Z`).
[[nodiscard]] std::variant<HistoryQuery, Error> parseHistoryQuery(const RequestHead &head);

[[nodiscard]] QByteArray reasonPhrase(int status);
// A complete response with Content-Length; extraHeaders each end in \r\n.
[[nodiscard]] QByteArray encodeResponse(int status, QByteArrayView contentType, QByteArrayView body,
                                        QByteArrayView extraHeaders = {});
// {"error":"…","status":N} as a complete response.
[[nodiscard]] QByteArray encodeError(const Error &error, QByteArrayView extraHeaders = {});
// The head of an event stream (no length: it ends when the connection does).
[[nodiscard]] QByteArray encodeEventStreamHead(QByteArrayView extraHeaders = {});

// One SSE event: `id:` when given, then `data:` (one line: compact JSON has no newline).
[[nodiscard]] QByteArray sseEvent(QByteArrayView data, std::optional<qint64> id = std::nullopt);
[[nodiscard]] QByteArray sseComment(QByteArrayView text);
[[nodiscard]] QByteArray sseRetry(int ms);

// {"symbol","from","to","buckets","points":[{"time","price","size"}…]}
[[nodiscard]] QByteArray encodeHistory(const HistoryQuery &query, const Series &points);

} // namespace tickerline::http
