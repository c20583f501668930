#pragma once

// Data and lookups shared by the price chart's widget tests.

#include "ChartWidgets.h"
#include "PriceChart.h"

#include <QAbstractSeries>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCategoryAxis>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <cmath>

namespace tickerline::test {

constexpr qint64 Minute = 60'000;
constexpr qint64 Day = 24 * 60 * Minute;
constexpr qint64 Week = 7 * Day;
// 2024-03-04T00:00:00Z
constexpr qint64 Start = 1'709'510'400'000;

// A price swinging around `base` with a period of about 38 hours.
inline Series wave(qint64 from, qint64 to, qint64 step, double base, double amplitude)
{
    Series out;
    for (qint64 t = from; t <= to; t += step)
        out.append({t, base + amplitude * std::sin(double(t - from) / double(6 * 60 * Minute))});
    return out;
}

inline QByteArray pngLogo(const QColor &color)
{
    QImage image(64, 64, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(color);
    p.setPen(Qt::NoPen);
    p.drawEllipse(4, 4, 56, 56);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

inline Instrument instrument(const QString &symbol, std::optional<double> low,
                             std::optional<double> high, const QString &currency = QStringLiteral("USD"))
{
    Instrument i;
    i.symbol = symbol;
    i.name = symbol + u" Inc.";
    i.currency = currency;
    i.week52Low = low;
    i.week52High = high;
    return i;
}

inline HistoryResult history(const QString &symbol, const Series &points)
{
    HistoryResult result;
    result.fromMs = points.constFirst().timeMs;
    result.toMs = points.constLast().timeMs;
    result.series.insert(symbol, points);
    return result;
}

inline QLineSeries *lineOf(const PriceChart &chart, const QString &symbol)
{
    const auto series = chartOf(chart)->series();
    for (QAbstractSeries *s : series) {
        if (s->name() == symbol)
            return qobject_cast<QLineSeries *>(s);
    }
    return nullptr;
}

// Time labels are computed for the chosen zone, so the time axis is a category axis.
inline QCategoryAxis *timeAxisOf(const PriceChart &chart)
{
    return qobject_cast<QCategoryAxis *>(chartOf(chart)->axes(Qt::Horizontal).value(0));
}

// The vertical axes shown (the chart keeps unused ones hidden).
inline QList<QAbstractAxis *> shownVerticalAxes(const PriceChart &chart)
{
    QList<QAbstractAxis *> out;
    const auto axes = chartOf(chart)->axes(Qt::Vertical);
    for (QAbstractAxis *axis : axes) {
        if (axis->isVisible())
            out.append(axis);
    }
    return out;
}

// The primary vertical axis shown (linear prices, or the log / percent category axis).
inline QValueAxis *priceAxisOf(const PriceChart &chart)
{
    return qobject_cast<QValueAxis *>(shownVerticalAxes(chart).value(0));
}

inline QChartView *viewOf(const PriceChart &chart)
{
    return chart.findChild<QChartView *>();
}

} // namespace tickerline::test
