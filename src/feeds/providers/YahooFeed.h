#pragma once

#include "PollingAdapter.h"
#include "ProviderSpec.h"

#include <QHash>

#include <memory>

namespace tickerline {

// Yahoo Finance v8 chart, no key: one symbol per request,
// GET {base}/v8/finance/chart/{SYM}?range=1d&interval=1m&includePrePost=true
// with a browser-like User-Agent, no faster than the spec advises. Each reply
// carries the quote and the instrument (name, currency as quoted — GBp for
// .L symbols —, 52-week range, previous close); instruments are passed on
// only when they changed. Backfill: the first request of each symbol after
// start asks range=5d instead and passes its 1-minute bars on; so does the
// first one after a gap, when no answer came for that symbol for a while
// (an outage, a long backoff, a sleeping laptop). Other replies' bars are
// dropped: they repeat what the store has.
class YahooAdapter final : public PollingAdapter
{
public:
    // pollIntervalMs: the feed's effective interval, from which a gap is judged.
    YahooAdapter(qint64 pollIntervalMs, qint64 advisedPollIntervalMs);

    [[nodiscard]] PollRequest quoteRequest(const QStringList &batch, const FeedConfig &config) const override;
    [[nodiscard]] ParseResult parse(const Payload &payload) override;
    [[nodiscard]] qint64 advisedPollIntervalMs() const override { return m_advisedPollIntervalMs; }

private:
    struct SymbolState
    {
        bool backfilled = false;
        qint64 lastAnswerMs = 0;
        Instrument lastInstrument;   // as last passed on, updatedMs cleared
    };

    qint64 m_advisedPollIntervalMs;
    qint64 m_gapMs;
    QHash<QString, SymbolState> m_symbols;
};

[[nodiscard]] std::unique_ptr<Feed> makeYahooFeed(const ProviderSpec &spec, const FeedConfig &config,
                                                  const Clock &clock, const ProviderOptions &options);

} // namespace tickerline
