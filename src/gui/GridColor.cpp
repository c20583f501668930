#include "GridColor.h"

#include <QChart>

#include <cmath>

namespace tickerline {

QColor softGridColor(const QChart &chart, const QColor &themeGrid, bool dark)
{
    const QColor background = chart.backgroundBrush().color();
    const double a = (dark ? 70 : 110) / 255.0;
    const auto mix = [a](double grid, double under) { return int(std::lround(grid * a + under * (1.0 - a))); };
    return QColor(mix(themeGrid.red(), background.red()), mix(themeGrid.green(), background.green()),
                  mix(themeGrid.blue(), background.blue()));
}

} // namespace tickerline
