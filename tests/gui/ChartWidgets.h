#pragma once

// Parts of the chart widgets that tests look at, found the way any other
// feature would find them: by object name, or for items of a chart's scene by
// the name they carry under ChartItemNameKey.

#include "ChartLayer.h"
#include "VolumePane.h"

#include <QCandlestickSeries>
#include <QChart>
#include <QChartView>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineSeries>
#include <QMouseEvent>
#include <QApplication>

namespace tickerline::test {

// A mouse event straight to a chart's viewport, as the window system would
// deliver it (QTest::mouseMove does not carry held buttons for a drag).
inline void sendMouse(QWidget *viewport, QEvent::Type type, QPointF pos, Qt::MouseButton button,
                      Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, viewport->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

// The main plot of a chart widget (the first chart view among its children).
inline QChart *chartOf(const QWidget &chart)
{
    auto *view = chart.findChild<QChartView *>();
    return view ? view->chart() : nullptr;
}

// A chart item by the name it carries under ChartItemNameKey.
inline QGraphicsItem *chartItemNamed(const QWidget &chart, const QString &name)
{
    QChart *plot = chartOf(chart);
    if (!plot || !plot->scene())
        return nullptr;
    const auto items = plot->scene()->items();
    for (QGraphicsItem *item : items) {
        if (item->data(ChartItemNameKey).toString() == name)
            return item;
    }
    return nullptr;
}

inline bool hasLogo(const QWidget &chart, const QString &symbol)
{
    const QGraphicsItem *logo = chartItemNamed(chart, u"logo:" + symbol);
    return logo && logo->isVisible();
}

// The crosshair's read-out as plain text; empty while it is hidden.
inline QString crosshairText(const QWidget &chart)
{
    const QGraphicsItem *item = chartItemNamed(chart, QStringLiteral("crosshairLabel"));
    const auto *label = item ? qgraphicsitem_cast<const QGraphicsTextItem *>(item) : nullptr;
    return label && label->isVisible() ? label->toPlainText() : QString();
}

// The candlesticks of a candle chart.
inline QCandlestickSeries *candlesOf(const QWidget &candles)
{
    QChart *plot = chartOf(candles);
    const auto series = plot ? plot->series() : QList<QAbstractSeries *>();
    for (QAbstractSeries *s : series) {
        if (auto *sticks = qobject_cast<QCandlestickSeries *>(s))
            return sticks;
    }
    return nullptr;
}

// The lines of a chart's plot (on a candle chart: its overlays).
inline QList<QLineSeries *> linesOf(const QWidget &chart)
{
    QList<QLineSeries *> out;
    QChart *plot = chartOf(chart);
    const auto series = plot ? plot->series() : QList<QAbstractSeries *>();
    for (QAbstractSeries *s : series) {
        if (auto *line = qobject_cast<QLineSeries *>(s))
            out.append(line);
    }
    return out;
}

// The candle chart's volume pane below its plot.
inline VolumePane *volumeOf(const QWidget &candles)
{
    return candles.findChild<VolumePane *>(QStringLiteral("volumePane"));
}

// The candle chart's note on the interval shown.
inline QString intervalNoteOf(const QWidget &candles)
{
    const auto *note = candles.findChild<QLabel *>(QStringLiteral("intervalNote"));
    return note ? note->text() : QString();
}

} // namespace tickerline::test
