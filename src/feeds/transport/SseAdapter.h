#pragma once

#include "FeedConfig.h"
#include "Payload.h"

#include <QNetworkRequest>
#include <QString>

namespace tickerline {

// One Server-Sent Events provider, for SseFeed: where to connect and how an
// event's data becomes ticks. Pure where it can be; feed thread only.
class SseAdapter : public PayloadParser
{
public:
    // The stream for these settings (config.endpoint, symbols in the query,
    // auth headers). SseFeed reconnects when setSymbols() changes it.
    [[nodiscard]] virtual QNetworkRequest request(const FeedConfig &config) const = 0;
    // parse() gets each event's data as text, its type as the tag;
    // ParseResult::error is handled as in StreamingAdapter.
};

} // namespace tickerline
