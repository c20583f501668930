#include "MarketColors.h"

#include <QPalette>

namespace tickerline {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor upColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0x4a, 0xde, 0x80) : QColor(0x15, 0x80, 0x3d);
}

QColor downColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xf8, 0x71, 0x71) : QColor(0xc0, 0x1c, 0x1c);
}

} // namespace tickerline
