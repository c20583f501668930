#include "HttpRequest.h"

#include "Symbol.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

namespace tickerline::http {

namespace {

constexpr qsizetype kMaxHeaders = 100;
constexpr qsizetype kMaxSymbols = 1'000;

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool hasControl(QByteArrayView text)
{
    for (const char c : text) {
        if ((uchar(c) < 0x20 && c != '\t') || c == 0x7f)
            return true;
    }
    return false;
}

QString decodeComponent(QByteArray part)
{
    part.replace('+', ' ');
    return QUrl::fromPercentEncoding(part);
}

Error badRequest(const QString &reason)
{
    return {400, reason};
}

std::optional<qint64> wholeNumber(const QString &text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    return text.toLongLong();
}

std::optional<qint64> timeParameter(const QString &text)
{
    if (const std::optional<qint64> ms = wholeNumber(text))
        return ms;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);   // no offset given: UTC, like everything stored
    return time.toMSecsSinceEpoch();
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QByteArray RequestHead::header(QByteArrayView lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

bool RequestHead::hasHeader(QByteArrayView lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return true;
    }
    return false;
}

bool RequestHead::isWebSocketUpgrade() const
{
    return header("upgrade").toLower() == "websocket";
}

HeadParse parseRequestHead(QByteArrayView bytes)
{
    const qsizetype end = bytes.indexOf(QByteArrayView("\r\n\r\n"));
    if (end < 0 || end + 4 > kMaxHeadBytes) {
        if (bytes.size() >= kMaxHeadBytes || end >= 0)
            return Error{431, QStringLiteral("request head larger than %1 bytes").arg(kMaxHeadBytes)};
        return Incomplete{};
    }
    const QList<QByteArray> lines = bytes.first(end).toByteArray().split('\n');
    RequestHead head;
    head.size = end + 4;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (i + 1 < lines.size()) {
            if (!line.endsWith('\r'))
                return badRequest(QStringLiteral("lines must end in CRLF"));
            line.chop(1);
        }
        if (hasControl(line))
            return badRequest(QStringLiteral("control character in the request head"));
        if (i == 0) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 3 || !isToken(parts.at(0)) || !parts.at(1).startsWith('/'))
                return badRequest(QStringLiteral("malformed request line"));
            if (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0")
                return Error{505, QStringLiteral("only HTTP/1.0 and HTTP/1.1 are served")};
            head.method = parts.at(0);
            const QByteArray &target = parts.at(1);
            const qsizetype question = target.indexOf('?');
            head.path = QUrl::fromPercentEncoding(target.left(question < 0 ? target.size() : question));
            if (question >= 0) {
                for (const QByteArray &pair : target.mid(question + 1).split('&')) {
                    if (pair.isEmpty())
                        continue;
                    const qsizetype equals = pair.indexOf('=');
                    head.query.append({decodeComponent(pair.left(equals < 0 ? pair.size() : equals)),
                                       equals < 0 ? QString() : decodeComponent(pair.mid(equals + 1))});
                }
            }
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return badRequest(QStringLiteral("malformed header line"));
        if (head.headers.size() == kMaxHeaders)
            return Error{431, QStringLiteral("more than %1 headers").arg(kMaxHeaders)};
        head.headers.append({line.first(colon).toLower(), line.mid(colon + 1).trimmed()});
    }
    return head;
}

std::variant<EventsQuery, Error> parseEventsQuery(const RequestHead &head)
{
    EventsQuery query;
    bool haveSymbols = false;
    std::optional<qint64> fromParameter;
    for (const auto &[name, value] : head.query) {
        if (name == u"symbols") {
            if (haveSymbols)
                return badRequest(QStringLiteral("symbols given twice"));
            haveSymbols = true;
            const SymbolCheck check = Symbol::checkList(value, &query.symbols);
            if (!check.ok)
                return badRequest(QStringLiteral("invalid symbol in symbols: %1").arg(value.left(100)));
        } else if (name == u"lastEventId") {
            fromParameter = wholeNumber(value);
            if (!fromParameter)
                return badRequest(QStringLiteral("lastEventId must be a sequence number (digits)"));
        } else {
            return badRequest(QStringLiteral("unknown parameter \u201c%1\u201d (symbols, lastEventId)").arg(name.left(40)));
        }
    }
    if (query.symbols.isEmpty())
        return badRequest(QStringLiteral("symbols is required, e.g. /v1/events?symbols=AAPL,MSFT"));
    if (query.symbols.size() > kMaxSymbols)
        return badRequest(QStringLiteral("at most %1 symbols").arg(kMaxSymbols));
    const QByteArray header = head.header("last-event-id");
    if (!header.isEmpty()) {
        query.lastEventId = wholeNumber(QString::fromLatin1(header));
        if (!query.lastEventId)
            return badRequest(QStringLiteral("Last-Event-ID must be a sequence number (digits)"));
    } else {
        query.lastEventId = fromParameter;
    }
    return query;
}

std::variant<HistoryQuery, Error> parseHistoryQuery(const RequestHead &head)
{
    HistoryQuery query;
    query.buckets = 2'000;
    std::optional<qint64> from;
    std::optional<qint64> to;
    for (const auto &[name, value] : head.query) {
        if (name == u"symbol") {
            const SymbolCheck check = Symbol::check(value);
            if (!check.ok)
                return badRequest(QStringLiteral("invalid symbol: %1").arg(value.left(100)));
            query.symbol = check.normalized;
        } else if (name == u"from" || name == u"to") {
            const std::optional<qint64> time = timeParameter(value);
            if (!time)
                return badRequest(QStringLiteral("%1 must be UTC milliseconds or ISO-8601 (2026-12-07T14:00:00Z)").arg(name));
            (name == u"from" ? from : to) = time;
        } else if (name == u"buckets") {
            const std::optional<qint64> buckets = wholeNumber(value);
            if (!buckets || *buckets < 1 || *buckets > kMaxBuckets)
                return badRequest(QStringLiteral("buckets must be a whole number from 1 to %1").arg(kMaxBuckets));
            query.buckets = int(*buckets);
        } else {
            return badRequest(QStringLiteral("unknown parameter \u201c%1\u201d (symbol, from, to, buckets)").arg(name.left(40)));
        }
    }
    if (query.symbol.isEmpty())
        return badRequest(QStringLiteral("symbol is required"));
    if (!from || !to)
        return badRequest(QStringLiteral("from and to are required"));
    if (*from > *to)
        return badRequest(QStringLiteral("from is after to"));
    query.fromMs = *from;
    query.toMs = *to;
    return query;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 426: return "Upgrade Required";
    case 408: return "Request Timeout";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Error";
    }
}

QByteArray encodeResponse(int status, QByteArrayView contentType, QByteArrayView body, QByteArrayView extraHeaders)
{
    QByteArray out;
    out.reserve(body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: " + contentType.toByteArray() + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\nConnection: close\r\n";
    out += extraHeaders;
    out += "\r\n";
    out += body;
    return out;
}

QByteArray encodeError(const Error &error, QByteArrayView extraHeaders)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("status"), error.status},
                                                      {QStringLiteral("error"), error.reason}})
                                .toJson(QJsonDocument::Compact);
    return encodeResponse(error.status, "application/json", QByteArray(body + '\n'), extraHeaders);
}

QByteArray encodeEventStreamHead(QByteArrayView extraHeaders)
{
    QByteArray out = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n"
                     "Connection: close\r\n";
    out += extraHeaders;
    out += "\r\n";
    return out;
}

QByteArray sseEvent(QByteArrayView data, std::optional<qint64> id)
{
    QByteArray out;
    out.reserve(data.size() + 32);
    if (id)
        out += "id: " + QByteArray::number(*id) + '\n';
    out += "data: ";
    out += data;
    out += "\n\n";
    return out;
}

QByteArray sseComment(QByteArrayView text)
{
    return ": " + text.toByteArray() + "\n\n";
}

QByteArray sseRetry(int ms)
{
    return "retry: " + QByteArray::number(ms) + "\n\n";
}

QByteArray encodeHistory(const HistoryQuery &query, const Series &points)
{
    QByteArray out;
    out.reserve(points.size() * 48 + 128);
    // A checked symbol (Symbol::check) holds nothing JSON would escape.
    out += "{\"symbol\":\"" + query.symbol.toUtf8() + '"';
    out += ",\"from\":" + QByteArray::number(query.fromMs) + ",\"to\":" + QByteArray::number(query.toMs)
           + ",\"buckets\":" + QByteArray::number(query.buckets) + ",\"points\":[";
    for (qsizetype i = 0; i < points.size(); ++i) {
        const SeriesPoint &point = points.at(i);
        if (i > 0)
            out += ',';
        out += "{\"time\":" + QByteArray::number(point.timeMs) + ",\"price\":" + number(point.value)
               + ",\"size\":" + number(point.size) + '}';
    }
    out += "]}\n";
    return out;
}

} // namespace tickerline::http
