#pragma once

#include "FeedConfig.h"
#include "ParseResult.h"
#include "SseParser.h"

#include <QNetworkRequest>
#include <QString>

namespace tickerline {

// One Server-Sent Events provider, for SseFeed: where to connect and how an
// event's data becomes ticks. Pure where it can be; feed thread only.
class SseAdapter
{
public:
    virtual ~SseAdapter() = default;

    // The stream for these settings (config.endpoint, symbols in the query,
    // auth headers). SseFeed reconnects when setSymbols() changes it.
    [[nodiscard]] virtual QNetworkRequest request(const FeedConfig &config) const = 0;
    // ParseResult::error is handled as in StreamingAdapter::parse().
    [[nodiscard]] virtual ParseResult parse(const SseEvent &event, qint64 nowMs) = 0;
};

} // namespace tickerline
