#include "SymbolSearchWorker.h"

#include "HttpPoller.h"
#include "ProviderUrls.h"
#include "SimulatedCatalogue.h"
#include "SymbolRanking.h"
#include "SymbolSearchParsers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace tickerline {

namespace {

QString simulatedName()
{
    return QStringLiteral("simulated");
}

QUrl defaultOrigin(const QString &provider)
{
    if (provider == u"yahoo")
        return QUrl(QStringLiteral("https://query2.finance.yahoo.com"));
    if (provider == u"finnhub")
        return QUrl(QStringLiteral("https://finnhub.io"));
    if (provider == u"twelvedata")
        return QUrl(QStringLiteral("https://api.twelvedata.com"));
    if (provider == u"coinbase")
        return QUrl(QStringLiteral("https://api.exchange.coinbase.com"));
    if (provider == u"binance")
        return QUrl(QStringLiteral("https://api.binance.com"));
    if (provider == u"kraken")
        return QUrl(QStringLiteral("https://api.kraken.com"));
    return {};
}

QUrl requestUrl(const SymbolSearchSource &source, const QString &query)
{
    const QUrl origin = source.endpoint.isEmpty() ? defaultOrigin(source.provider) : source.endpoint;
    const auto with = [&](QStringView path, const QList<std::pair<QString, QString>> &items) {
        QUrl url = withPath(origin, path);
        for (const auto &[name, value] : items)
            url = withQueryItem(url, name, value);
        return url;
    };
    if (source.provider == u"yahoo")
        return with(u"/v1/finance/search", {{QStringLiteral("q"), query}, {QStringLiteral("quotesCount"), QStringLiteral("10")},
                                             {QStringLiteral("newsCount"), QStringLiteral("0")}});
    if (source.provider == u"finnhub")
        return with(u"/api/v1/search", {{QStringLiteral("q"), query}});
    if (source.provider == u"twelvedata")
        return with(u"/symbol_search", {{QStringLiteral("symbol"), query}, {QStringLiteral("outputsize"), QStringLiteral("20")}});
    if (source.provider == u"coinbase")
        return with(u"/products", {});
    if (source.provider == u"binance")
        return with(u"/api/v3/exchangeInfo", {{QStringLiteral("permissions"), QStringLiteral("SPOT")}});
    if (source.provider == u"kraken")
        return with(u"/0/public/AssetPairs", {});
    return {};
}

SymbolSearchParse parse(const QString &provider, const QByteArray &body)
{
    if (provider == u"yahoo")
        return symbolsearch::parseYahoo(body);
    if (provider == u"finnhub")
        return symbolsearch::parseFinnhub(body);
    if (provider == u"twelvedata")
        return symbolsearch::parseTwelveData(body);
    if (provider == u"coinbase")
        return symbolsearch::parseCoinbaseProducts(body);
    if (provider == u"binance")
        return symbolsearch::parseBinanceExchangeInfo(body);
    if (provider == u"kraken")
        return symbolsearch::parseKrakenAssetPairs(body);
    return {{}, QCoreApplication::translate("SymbolSearch", "Symbol search is not available for this provider.")};
}

bool isUnreachable(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:   // the transfer timeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

} // namespace

SymbolSearchWorker::SymbolSearchWorker(SymbolSearchOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

SymbolSearchCache &SymbolSearchWorker::cache()
{
    if (!m_cache)
        m_cache = std::make_unique<SymbolSearchCache>(m_options.cacheFile);
    return *m_cache;
}

SymbolSearchWorker::~SymbolSearchWorker()
{
    m_id = 0;   // searches are numbered from 1: aborted replies answer nobody
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->abort();
    }
}

void SymbolSearchWorker::setSources(const QList<SymbolSearchSource> &sources)
{
    m_options.sources = sources;
}

bool SymbolSearchWorker::isListProvider(const QString &provider)
{
    return provider == u"coinbase" || provider == u"binance" || provider == u"kraken";
}

void SymbolSearchWorker::ensureNetwork()
{
    if (m_network)
        return;
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setTransferTimeout(int(m_options.timeoutMs));
}

void SymbolSearchWorker::search(quint64 id, const QString &query)
{
    m_id = id;   // first: the replies aborted below belong to an older search
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->abort();
    }
    m_replies.clear();
    m_query = query.trimmed();
    m_answers.clear();
    m_failures.clear();
    m_waiting.clear();
    if (m_query.isEmpty()) {
        emitProgress();
        return;
    }
    if (m_options.simulated)
        m_answers.insert(simulatedName(), symbolsearch::filter(simulatedCatalogue(), m_query));
    for (const SymbolSearchSource &source : std::as_const(m_options.sources)) {
        m_waiting.append(source.provider);
        if (isListProvider(source.provider) && m_lists.contains(source.provider))
            continue;   // answered below, after every request is out
        ask(source);
    }
    for (const SymbolSearchSource &source : std::as_const(m_options.sources)) {
        if (isListProvider(source.provider) && m_lists.contains(source.provider))
            answerFromList(source.provider);
    }
    emitProgress();
}

void SymbolSearchWorker::ask(const SymbolSearchSource &source)
{
    ensureNetwork();
    QNetworkRequest request(requestUrl(source, m_query));
    request.setRawHeader("Accept", "application/json");
    if (source.provider == u"yahoo")
        request.setRawHeader("User-Agent", HttpPoller::BrowserUserAgent);
    if (source.provider == u"finnhub" && !source.apiKey.isEmpty())
        request.setRawHeader("X-Finnhub-Token", source.apiKey.toUtf8());
    if (source.provider == u"twelvedata" && !source.apiKey.isEmpty())
        request.setRawHeader("Authorization", "apikey " + source.apiKey.toUtf8());
    QNetworkReply *reply = m_network->get(request);
    m_replies.append(reply);
    const quint64 id = m_id;
    connect(reply, &QNetworkReply::finished, this, [this, source, reply, id] {
        reply->deleteLater();
        if (id == m_id)
            handleFinished(source, reply);
    });
}

void SymbolSearchWorker::handleFinished(const SymbolSearchSource &source, QNetworkReply *reply)
{
    m_replies.removeAll(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        const bool offline = isUnreachable(reply->error());
        // errorString() names the URL, which holds no key (keys go in headers).
        record(source.provider, {{}, reply->errorString()}, offline);
        return;
    }
    SymbolSearchParse parsed = parse(source.provider, body);
    if (status != 200 && parsed.ok())
        parsed = {{}, QCoreApplication::translate("SymbolSearch", "The provider answered HTTP %1.").arg(status)};
    else if (status != 200 && status != 0)
        parsed.error = QCoreApplication::translate("SymbolSearch", "HTTP %1: %2").arg(status).arg(parsed.error);
    if (parsed.ok() && isListProvider(source.provider)) {
        m_lists.insert(source.provider, parsed.matches);
        answerFromList(source.provider);
        emitProgress();
        return;
    }
    record(source.provider, parsed, false);
}

void SymbolSearchWorker::answerFromList(const QString &provider)
{
    const SymbolMatchList found = symbolsearch::filter(m_lists.value(provider), m_query);
    m_waiting.removeOne(provider);
    m_answers.insert(provider, found);
    cache().store(provider, m_query, found, QDateTime::currentMSecsSinceEpoch());
}

void SymbolSearchWorker::record(const QString &provider, const SymbolSearchParse &parse, bool offline)
{
    m_waiting.removeOne(provider);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (parse.ok()) {
        m_answers.insert(provider, parse.matches);
        cache().store(provider, m_query, parse.matches, now);
    } else {
        SymbolSearchFailure failure{provider, parse.error, offline, 0};
        if (offline) {
            if (const std::optional<SymbolSearchCache::Hit> hit = cache().find(provider, m_query, now)) {
                m_answers.insert(provider, hit->matches);
                failure.cachedAtMs = hit->savedMs;
            }
        }
        m_failures.append(failure);
    }
    emitProgress();
}

void SymbolSearchWorker::emitProgress()
{
    QList<SymbolMatchList> ordered;
    if (m_answers.contains(simulatedName()))
        ordered.append(m_answers.value(simulatedName()));
    for (const SymbolSearchSource &source : std::as_const(m_options.sources)) {
        if (m_answers.contains(source.provider))
            ordered.append(m_answers.value(source.provider));
    }
    SymbolSearchResult result;
    result.id = m_id;
    result.query = m_query;
    result.matches = symbolsearch::merge(ordered, m_query);
    result.failures = m_failures;
    result.pending = int(m_waiting.size());
    Q_EMIT answered(result);
}

} // namespace tickerline
