#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace tickerline {

// Where the lowest and highest values of each block of 64 consecutive prices
// lie (the first lowest, the last highest, as a left-to-right scan finds
// them). A pixel column that spans many blocks then finds its extremes from
// the blocks and scans only the partial blocks at its ends: a frame of a
// million points in view reads ~40k values instead of a million.
// Blocks are aligned to indices in the owner's storage; the owner marks what
// it changes stale and update() recomputes only that (and the last, partial
// block), so a live series pays for its newest block per frame.
class PriceBlocks
{
public:
    static constexpr std::size_t Size = 64;

    struct Block
    {
        double low;
        double high;
        std::size_t lowAt;    // storage index
        std::size_t highAt;   // storage index
    };

    // A read-only look at up-to-date blocks for values that start at storage
    // index `offset` (the owner's first kept point).
    struct View
    {
        std::span<const Block> blocks;
        std::size_t offset = 0;
    };

    void invalidateFrom(std::size_t storageIndex);
    void invalidateAll() { m_valid = 0; }
    // `storage`: every stored value, index 0 first.
    [[nodiscard]] View update(std::span<const double> storage, std::size_t offset);

private:
    std::vector<Block> m_blocks;
    std::size_t m_valid = 0;   // leading blocks known to be complete and current
};

} // namespace tickerline
