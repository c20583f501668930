#include "PriceBlocks.h"

#include <algorithm>

namespace tickerline {

void PriceBlocks::invalidateFrom(std::size_t storageIndex)
{
    m_valid = std::min(m_valid, storageIndex / Size);
}

PriceBlocks::View PriceBlocks::update(std::span<const double> storage, std::size_t offset)
{
    const std::size_t count = (storage.size() + Size - 1) / Size;
    m_blocks.resize(count);
    for (std::size_t k = m_valid; k < count; ++k) {
        const std::size_t begin = k * Size;
        const std::size_t end = std::min(begin + Size, storage.size());
        Block block{storage[begin], storage[begin], begin, begin};
        for (std::size_t i = begin + 1; i < end; ++i) {
            const double v = storage[i];
            const bool below = v < block.low;
            const bool above = v >= block.high;
            block.low = below ? v : block.low;
            block.lowAt = below ? i : block.lowAt;
            block.high = above ? v : block.high;
            block.highAt = above ? i : block.highAt;
        }
        m_blocks[k] = block;
    }
    // The last block is kept stale while partial: appends go into it.
    m_valid = storage.size() / Size;
    return {m_blocks, offset};
}

} // namespace tickerline
