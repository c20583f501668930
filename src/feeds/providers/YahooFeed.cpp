#include "YahooFeed.h"

#include "HttpPoller.h"
#include "ProviderFeeds.h"
#include "ProviderUrls.h"
#include "YahooParser.h"

#include <QUrlQuery>

#include <algorithm>

namespace tickerline {

namespace {

const QString QuoteTag = QStringLiteral("quote");
const QString BackfillTag = QStringLiteral("backfill");

// 1-minute bars only go back a few days at Yahoo; 5d covers a weekend and a
// holiday without asking for more than it serves.
constexpr QLatin1String BackfillRange("5d");

// A gap worth backfilling: several polls without an answer, and at least two
// minutes, since the bars are one minute long.
constexpr qint64 MinimumGapMs = 120'000;

} // namespace

YahooAdapter::YahooAdapter(qint64 pollIntervalMs, qint64 advisedPollIntervalMs)
    : m_advisedPollIntervalMs(advisedPollIntervalMs)
    , m_gapMs(std::max(3 * pollIntervalMs, MinimumGapMs))
{
}

PollRequest YahooAdapter::quoteRequest(const QStringList &batch, const FeedConfig &config) const
{
    const QString symbol = batch.value(0);
    const bool backfill = !m_symbols.value(symbol).backfilled;
    const QUrl base = config.endpoint.isEmpty() ? QUrl(QStringLiteral("https://query1.finance.yahoo.com"))
                                                : config.endpoint;
    QUrl url = withPath(base, QString(u"/v8/finance/chart/" + pathSegment(symbol)));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("range"), backfill ? QString(BackfillRange) : QStringLiteral("1d"));
    query.addQueryItem(QStringLiteral("interval"), QStringLiteral("1m"));
    query.addQueryItem(QStringLiteral("includePrePost"), QStringLiteral("true"));
    url.setQuery(query);
    QNetworkRequest request(url);
    // Yahoo answers unknown clients with 429s or empty bodies.
    request.setRawHeader("User-Agent", HttpPoller::BrowserUserAgent);
    request.setRawHeader("Accept", "application/json");
    return {request, backfill ? BackfillTag : QuoteTag, batch};
}

ParseResult YahooAdapter::parse(const Payload &payload)
{
    const QString symbol = payload.symbols.value(0);
    const qint64 nowMs = payload.nowMs;
    ParseResult result = yahoo::parseChart(payload.bytes.toByteArray(), {symbol, QStringLiteral("1m"), nowMs});
    const bool charted = !result.error && !result.instruments.isEmpty();
    SymbolState &state = m_symbols[symbol];
    if (payload.tag == BackfillTag) {
        state.backfilled = state.backfilled || charted;
        // With range=5d, chartPreviousClose is the close before those five days.
        for (Instrument &instrument : result.instruments)
            instrument.previousClose.reset();
    } else {
        result.bars.clear();
        if (charted && state.lastAnswerMs > 0 && nowMs - state.lastAnswerMs > m_gapMs)
            state.backfilled = false;
    }
    if (charted)
        state.lastAnswerMs = nowMs;

    InstrumentList changed;
    for (const Instrument &instrument : std::as_const(result.instruments)) {
        Instrument comparable = instrument;
        comparable.updatedMs = 0;
        if (comparable == state.lastInstrument)
            continue;
        state.lastInstrument = comparable;
        changed.append(instrument);
    }
    result.instruments = changed;
    return result;
}

std::unique_ptr<Feed> makeYahooFeed(const ProviderSpec &spec, const FeedConfig &config, const Clock &clock,
                                    const ProviderOptions &options)
{
    const qint64 advised = options.advisedPollIntervalMs.value_or(spec.limits.advisedPollIntervalMs);
    return makePollingFeed(spec, config, clock, options, std::make_unique<YahooAdapter>(config.pollIntervalMs, advised));
}

} // namespace tickerline
