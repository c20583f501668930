#pragma once

#include "MetadataPoller.h"
#include "StreamingAdapter.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <utility>

namespace tickerline {

// Adapters described by data instead of code: a provider whose stream takes
// subscribe templates and whose REST facts are GETs by symbol needs no
// adapter class of its own, only these descriptions and its parser.

// Messages for `symbols` from a template: "{symbol}" gives one message per
// symbol, "{symbols}" one with all of them comma-joined; symbols are inserted
// JSON-string escaped. A template without placeholders is one message as is.
[[nodiscard]] QStringList expandSubscribeTemplate(const QString &pattern, const QStringList &symbols);

struct StreamTemplate
{
    QUrl defaultUrl;               // without --endpoint, which replaces it
    QString keyQueryItem;          // the key's query item ("token"); empty: the key is not in the URL
    QString subscribe;             // sent on every connect and live; see expandSubscribeTemplate()
    QString unsubscribe;           // sent live on setSymbols(); empty: none
};

class TemplateStreamAdapter final : public StreamingAdapter
{
public:
    TemplateStreamAdapter(StreamTemplate stream, std::unique_ptr<StreamFrameParser> frames);

    [[nodiscard]] QUrl url(const FeedConfig &config) const override;
    [[nodiscard]] QStringList subscribeMessages(const QStringList &symbols) override;
    [[nodiscard]] QStringList unsubscribeMessages(const QStringList &symbols) override;

private:
    StreamTemplate m_stream;
};

// One REST fact: GET {base}{path}?symbol=S[&query…], read by `parse`.
struct MetadataEndpoint
{
    QString tag;
    QString path;                                      // percent-encoded, below the base
    QList<std::pair<QString, QString>> query;          // after symbol=
    ParseResult (*parse)(const QByteArray &body, const QString &symbol, qint64 nowMs) = nullptr;
};

// The key travels in a header (`keyHeader: keyPrefix key`), so that no URL
// that reaches a log holds it. Requests go in the order given.
class RestMetadataAdapter final : public MetadataAdapter
{
public:
    RestMetadataAdapter(QUrl base, QByteArray keyHeader, QByteArray keyValue, QList<MetadataEndpoint> endpoints);

    [[nodiscard]] QList<PollRequest> requests(const QString &symbol) const override;
    [[nodiscard]] ParseResult parse(const Payload &payload) override;

private:
    QUrl m_base;
    QByteArray m_keyHeader;
    QByteArray m_keyValue;
    QList<MetadataEndpoint> m_endpoints;
};

} // namespace tickerline
