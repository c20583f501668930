#include "Feed.h"

namespace tickerline {

Feed::Feed(FeedConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
{
}

Feed::~Feed() = default;

} // namespace tickerline
