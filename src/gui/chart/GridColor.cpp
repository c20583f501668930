#include "GridColor.h"

#include <QBrush>
#include <QChart>
#include <QGradient>

#include <cmath>

namespace tickerline {

QColor softGridColor(const QChart &chart, const QColor &themeGrid, bool dark)
{
    // Themes paint the background with a gradient, whose brush colour() is
    // black: its first stop is the colour the plot shows.
    const QBrush brush = chart.backgroundBrush();
    const QGradient *gradient = brush.gradient();
    const QColor background = gradient && !gradient->stops().isEmpty() ? gradient->stops().constFirst().second
                                                                        : brush.color();
    const double a = (dark ? 70 : 110) / 255.0;
    const auto mix = [a](double grid, double under) { return int(std::lround(grid * a + under * (1.0 - a))); };
    return QColor(mix(themeGrid.red(), background.red()), mix(themeGrid.green(), background.green()),
                  mix(themeGrid.blue(), background.blue()));
}

} // namespace tickerline
