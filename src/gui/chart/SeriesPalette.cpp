#include "SeriesPalette.h"

#include <array>

namespace tickerline {

QColor seriesColor(int index)
{
    // Okabe–Ito and Tableau hues, distinguishable for most colour-vision types
    // and readable on light and dark backgrounds.
    static constexpr std::array<QRgb, 10> palette{
        0x1f77b4, 0xe69f00, 0x009e73, 0xd55e00, 0xcc79a7,
        0x56b4e9, 0x8c564b, 0xbcbd22, 0x7f7f7f, 0x9467bd,
    };
    const auto n = static_cast<int>(palette.size());
    return QColor::fromRgb(palette[std::size_t(((index % n) + n) % n)]);
}

} // namespace tickerline
