#include "StreamingAdapter.h"

namespace tickerline {

StreamingAdapter::StreamingAdapter(std::unique_ptr<StreamFrameParser> frames)
    : m_frames(std::move(frames))
{
}

StreamingAdapter::~StreamingAdapter() = default;

ParseResult StreamingAdapter::parse(const Payload &payload)
{
    // An adapter without a frame parser reads frames itself and overrides this.
    Q_ASSERT(m_frames);
    return m_frames->parse(payload);
}

} // namespace tickerline
