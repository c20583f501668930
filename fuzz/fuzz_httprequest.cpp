// The serving port's HTTP side on any bytes: a request head is either
// refused with a status and a reason or parsed into something well-formed,
// and the /v1/events and /v1/history queries of whatever parsed are either
// refused with a reason (400) or valid (symbols checked, ranges ordered,
// buckets within bounds), their JSON answer readable back. The bytes are
// also tried as a query string behind both paths.

#include "FuzzSupport.h"

#include <HttpRequest.h>
#include <Symbol.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace tickerline;
using namespace tickerline::http;

namespace {

void checkError(const Error &error)
{
    FUZZ_CHECK(error.status >= 400 && error.status <= 599);
    FUZZ_CHECK(!error.reason.isEmpty());
    const QByteArray response = encodeError(error);
    const QJsonObject body = QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).object();
    FUZZ_CHECK(body.value(QLatin1String("error")).toString() == error.reason);
}

void checkQueries(const RequestHead &head)
{
    const auto events = parseEventsQuery(head);
    if (const auto *error = std::get_if<Error>(&events)) {
        FUZZ_CHECK(error->status == 400);
        checkError(*error);
    } else {
        const EventsQuery &query = std::get<EventsQuery>(events);
        FUZZ_CHECK(!query.symbols.isEmpty() && query.symbols.size() <= 1'000);
        for (const QString &symbol : query.symbols)
            FUZZ_CHECK(Symbol::check(symbol).ok && Symbol::check(symbol).normalized == symbol);
        FUZZ_CHECK(query.symbols.size() == QSet<QString>(query.symbols.cbegin(), query.symbols.cend()).size());
        FUZZ_CHECK(!query.lastEventId || *query.lastEventId >= 0);
    }
    const auto history = parseHistoryQuery(head);
    if (const auto *error = std::get_if<Error>(&history)) {
        FUZZ_CHECK(error->status == 400);
        checkError(*error);
    } else {
        const HistoryQuery &query = std::get<HistoryQuery>(history);
        FUZZ_CHECK(Symbol::check(query.symbol).ok && Symbol::check(query.symbol).normalized == query.symbol);
        FUZZ_CHECK(query.fromMs <= query.toMs);
        FUZZ_CHECK(query.buckets >= 1 && query.buckets <= kMaxBuckets);
        const QJsonObject answer = QJsonDocument::fromJson(encodeHistory(query, {{query.fromMs, 1.5, 2}})).object();
        FUZZ_CHECK(answer.value(QLatin1String("symbol")).toString() == query.symbol);
        FUZZ_CHECK(answer.value(QLatin1String("points")).toArray().size() == 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool silenced = (fuzz::silenceQtMessages(), true);
    Q_UNUSED(silenced)
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const HeadParse parse = parseRequestHead(bytes);
    if (const auto *error = std::get_if<Error>(&parse)) {
        checkError(*error);
    } else if (const auto *head = std::get_if<RequestHead>(&parse)) {
        FUZZ_CHECK(head->size > 0 && head->size <= bytes.size() && head->size <= kMaxHeadBytes);
        FUZZ_CHECK(!head->method.isEmpty());
        for (const auto &[name, value] : head->headers)
            FUZZ_CHECK(!name.isEmpty() && name == name.toLower());
        checkQueries(*head);
    } else {
        FUZZ_CHECK(!bytes.contains(QByteArrayView("\r\n\r\n")) && bytes.size() < kMaxHeadBytes);
    }
    // The bytes as the query string of a well-formed request.
    if (!bytes.contains(' ') && !bytes.contains('\r') && !bytes.contains('\n') && bytes.size() < kMaxHeadBytes - 64) {
        const QByteArray request = "GET /v1/events?" + bytes.toByteArray() + " HTTP/1.1\r\nHost: fuzz\r\n\r\n";
        const HeadParse again = parseRequestHead(request);
        if (const auto *head = std::get_if<RequestHead>(&again))
            checkQueries(*head);
        else
            FUZZ_CHECK(std::holds_alternative<Error>(again));   // control bytes in the target
    }
    return 0;
}
