#include "ChartFixtures.h"
#include "SeriesPalette.h"

#include <QLegend>
#include <QLegendMarker>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace tickerline;
using namespace tickerline::test;

namespace {

// Where a chart value lands in the widget's pixels.
QPoint widgetPos(const PriceChart &widget, QPointF value, QAbstractSeries *series)
{
    QGraphicsView *view = viewOf(widget);
    const QPointF inChart = chartOf(widget)->mapToPosition(value, series);
    const QPoint inViewport = view->mapFromScene(chartOf(widget)->mapToScene(inChart));
    return view->viewport()->mapTo(&widget, inViewport);
}

// The most frequent colour among the samples, so a grid line or the price
// line crossing one sample does not decide the outcome. Ordered, so a tie
// is decided the same way in every run.
QRgb dominant(const QImage &image, const QList<QPoint> &at)
{
    QMap<QRgb, int> counts;
    for (const QPoint &p : at)
        ++counts[image.pixel(p) & RGB_MASK];
    return std::max_element(counts.cbegin(), counts.cend())
        .key();
}

int channelDistance(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                     std::abs(qBlue(a) - qBlue(b))});
}

} // namespace

Q_DECLARE_METATYPE(std::optional<double>)

class tst_PriceChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void linesBandsAndLogos();
    void bandOnlyWhenPlausible_data();
    void bandOnlyWhenPlausible();
    void hiddenSymbolsHaveNoLine();
    void priceAxisTitleFollowsCurrency();
    void historyReplacesItsRange();
    void livePointsAreReducedToThePlotWidth();
    void liveTicksRedrawOnlyWhatMoves();
    void bandIsTintedWithTheSeriesColour();
    void themeFollowsThePalette();
    void rendersPopulatedChart_data();
    void rendersPopulatedChart();

private:
    void showChart();

    std::unique_ptr<PriceChart> m_chart;
};

void tst_PriceChart::init()
{
    m_chart = std::make_unique<PriceChart>();
    m_chart->resize(1000, 600);
}

void tst_PriceChart::cleanup()
{
    m_chart.reset();
}

void tst_PriceChart::showChart()
{
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
}

void tst_PriceChart::linesBandsAndLogos()
{
    showChart();
    Instrument aapl = instrument(QStringLiteral("AAPL"), 160.0, 200.0);
    aapl.logo = pngLogo(Qt::black);
    aapl.logoMimeType = QStringLiteral("image/png");
    m_chart->setSymbols({QStringLiteral("AAPL"), QStringLiteral("MSFT")});
    m_chart->setInstruments({aapl, instrument(QStringLiteral("MSFT"), std::nullopt, std::nullopt)});
    m_chart->setHistory(history(QStringLiteral("AAPL"), wave(Start, Start + 3 * Day, 10 * Minute, 180, 4)));
    m_chart->setHistory(history(QStringLiteral("MSFT"), wave(Start, Start + 3 * Day, 10 * Minute, 400, 6)));

    QCOMPARE(m_chart->lineSymbols(), QStringList({QStringLiteral("AAPL"), QStringLiteral("MSFT")}));
    // Two lines: no band until a symbol is focused, then only its own
    // (MSFT has no plausible range, so never one).
    QVERIFY(!m_chart->hasBand(QStringLiteral("AAPL")));
    m_chart->setFocusedSymbol(QStringLiteral("AAPL"));
    QVERIFY(m_chart->hasBand(QStringLiteral("AAPL")));
    QVERIFY(!m_chart->hasBand(QStringLiteral("MSFT")));
    m_chart->setFocusedSymbol(QStringLiteral("MSFT"));
    QVERIFY(!m_chart->hasBand(QStringLiteral("AAPL")));
    // One line shown: its band, focused or not (the stockstreamer look).
    m_chart->setSymbols({QStringLiteral("AAPL"), QStringLiteral("MSFT")}, {QStringLiteral("MSFT")});
    QVERIFY(m_chart->hasBand(QStringLiteral("AAPL")));
    m_chart->setSymbols({QStringLiteral("AAPL"), QStringLiteral("MSFT")});
    m_chart->setFocusedSymbol(QStringLiteral("AAPL"));
    QTRY_VERIFY(hasLogo(*m_chart, QStringLiteral("AAPL")));
    // No logo bytes: the letter mark stands in.
    QVERIFY(hasLogo(*m_chart, QStringLiteral("MSFT")));
    const auto looks = symbolLooks({QStringLiteral("AAPL"), QStringLiteral("MSFT")});
    QCOMPARE(lineOf(*m_chart, QStringLiteral("AAPL"))->color(), looks.value(QStringLiteral("AAPL")).color);
    QCOMPARE(lineOf(*m_chart, QStringLiteral("MSFT"))->color(), looks.value(QStringLiteral("MSFT")).color);
    QVERIFY(looks.value(QStringLiteral("AAPL")).color != looks.value(QStringLiteral("MSFT")).color);

    // The legend names the lines only, never the bands (once laid out:
    // Qt Charts lays out a rebuilt legend at the next event-loop turn).
    const auto shownLegend = [this] {
        QStringList legend;
        for (QLegendMarker *marker : chartOf(*m_chart)->legend()->markers()) {
            if (marker->isVisible())
                legend.append(marker->label());
        }
        return legend;
    };
    QTRY_COMPARE(shownLegend(), m_chart->lineSymbols());
}

void tst_PriceChart::bandOnlyWhenPlausible_data()
{
    QTest::addColumn<std::optional<double>>("low");
    QTest::addColumn<std::optional<double>>("high");
    QTest::addColumn<bool>("band");
    QTest::newRow("plausible") << std::optional(90.0) << std::optional(110.0) << true;
    QTest::newRow("missing") << std::optional<double>() << std::optional<double>() << false;
    QTest::newRow("high missing") << std::optional(90.0) << std::optional<double>() << false;
    QTest::newRow("swapped") << std::optional(110.0) << std::optional(90.0) << false;
    QTest::newRow("zero low") << std::optional(0.0) << std::optional(110.0) << false;
    QTest::newRow("not a number") << std::optional(std::nan("")) << std::optional(110.0) << false;
}

void tst_PriceChart::bandOnlyWhenPlausible()
{
    QFETCH(std::optional<double>, low);
    QFETCH(std::optional<double>, high);
    QFETCH(bool, band);
    m_chart->setSymbols({QStringLiteral("X")});
    m_chart->setInstruments({instrument(QStringLiteral("X"), low, high)});
    QCOMPARE(m_chart->hasBand(QStringLiteral("X")), band);
}

void tst_PriceChart::hiddenSymbolsHaveNoLine()
{
    showChart();
    m_chart->setSymbols({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
                        {QStringLiteral("B")});
    m_chart->setInstruments({instrument(QStringLiteral("B"), 1.0, 2.0)});
    SeriesMap points;
    for (const QString &s : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
        points.insert(s, wave(Start, Start + Day, Minute, 1.5, 0.1));
    m_chart->appendPoints(points);

    QCOMPARE(m_chart->lineSymbols(), QStringList({QStringLiteral("A"), QStringLiteral("C")}));
    // A hidden symbol keeps its legend entry (to be clicked back) but draws no line.
    QVERIFY(!lineOf(*m_chart, QStringLiteral("B"))->isVisible());
    QVERIFY(!m_chart->hasBand(QStringLiteral("B")));
    QVERIFY(!hasLogo(*m_chart, QStringLiteral("B")));
    // Colours belong to the symbols shown, hidden rows included.
    QCOMPARE(lineOf(*m_chart, QStringLiteral("C"))->color(),
             symbolLooks({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}).value(QStringLiteral("C")).color);
    // Hidden symbols keep buffering, so showing them again needs no reload.
    QCOMPARE(m_chart->pointCount(QStringLiteral("B")), m_chart->pointCount(QStringLiteral("A")));

    m_chart->setSymbols({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    QCOMPARE(m_chart->lineSymbols().size(), 3);
    m_chart->setFocusedSymbol(QStringLiteral("B"));
    QVERIFY(m_chart->hasBand(QStringLiteral("B")));
    QTRY_VERIFY(lineOf(*m_chart, QStringLiteral("B"))->count() > 0);

    // Dropped symbols lose their buffer.
    m_chart->setSymbols({QStringLiteral("A")});
    QCOMPARE(m_chart->pointCount(QStringLiteral("C")), 0);
}

void tst_PriceChart::priceAxisTitleFollowsCurrency()
{
    const auto title = [&] {
        return priceAxisOf(*m_chart)->titleText();
    };
    m_chart->setSymbols({QStringLiteral("A"), QStringLiteral("B")});
    m_chart->setInstruments({instrument(QStringLiteral("A"), {}, {}, QStringLiteral("EUR")),
                             instrument(QStringLiteral("B"), {}, {}, QStringLiteral("EUR"))});
    QCOMPARE(title(), QStringLiteral("Price (EUR)"));
    m_chart->setInstruments({instrument(QStringLiteral("A"), {}, {}, QStringLiteral("EUR")),
                             instrument(QStringLiteral("B"), {}, {}, QStringLiteral("USD"))});
    QCOMPARE(title(), QStringLiteral("Price"));
}

void tst_PriceChart::historyReplacesItsRange()
{
    const QString s = QStringLiteral("A");
    m_chart->setSymbols({s});
    m_chart->setHistory(history(s, wave(Start, Start + Day, Minute, 10, 1)));
    const qsizetype full = m_chart->pointCount(s);
    QCOMPARE(full, Day / Minute + 1);

    // A coarser answer for the second half replaces what was there.
    HistoryResult coarse;
    coarse.fromMs = Start + Day / 2;
    coarse.toMs = Start + Day;
    coarse.series.insert(s, wave(coarse.fromMs, coarse.toMs, 60 * Minute, 10, 1));
    m_chart->setHistory(coarse);
    QCOMPARE(m_chart->pointCount(s), Day / 2 / Minute + 13);

    // Live points older than the newest are inserted, not dropped.
    m_chart->appendPoints({{s, {{Start + Day + Minute, 11.0}, {Start + 5, 9.0}}}});
    QCOMPARE(m_chart->pointCount(s), Day / 2 / Minute + 15);
    // History for a symbol not on the chart has nowhere to go.
    m_chart->setHistory(history(QStringLiteral("GONE"), wave(Start, Start + Day, Minute, 1, 0)));
    QCOMPARE(m_chart->pointCount(QStringLiteral("GONE")), 0);
}

void tst_PriceChart::livePointsAreReducedToThePlotWidth()
{
    showChart();
    const QString s = QStringLiteral("BTC");
    m_chart->setSymbols({s});
    const int count = 100'000;
    const qint64 step = 6 * Day / count;
    Series points;
    for (int i = 0; i < count; ++i)
        points.append({Start + i * step, 60'000.0 + 500.0 * std::sin(i / 900.0) + (i % 7) * 3.0});
    m_chart->appendPoints({{s, points}});
    QCOMPARE(m_chart->pointCount(s), count);
    m_chart->appendPoints({{s, {{Start + count * step, 60'100.0}}}});
    QCOMPARE(m_chart->pointCount(s), count + 1);

    QLineSeries *line = lineOf(*m_chart, s);
    QVERIFY(line);
    const auto bound = [&] { return 2 * int(std::ceil(chartOf(*m_chart)->plotArea().width())) + 2; };
    QTRY_VERIFY(line->count() > 0 && line->count() <= bound());
    QVERIFY2(line->count() > bound() / 2,
             qPrintable(QStringLiteral("only ") + QString::number(line->count()) + u" points drawn"));
}

// A watchlist app must idle: a live tick re-strokes only the line's tail
// (the last pixel columns), and a tick inside its pixel redraws nothing.
void tst_PriceChart::liveTicksRedrawOnlyWhatMoves()
{
    showChart();
    const QString a = QStringLiteral("AAPL");
    const QString b = QStringLiteral("MSFT");
    m_chart->setSymbols({a, b});
    const Series pastA = wave(Start, Start + 5 * Day, Minute, 100, 3);
    const Series pastB = wave(Start, Start + 5 * Day, Minute, 110, 3);
    HistoryResult both = history(a, pastA);
    both.series.insert(b, pastB);
    m_chart->setHistory(both);
    const auto tailOf = [&](const QString &symbol) {
        for (QAbstractSeries *series : chartOf(*m_chart)->series()) {
            if (series->name() == symbol + u" live")
                return qobject_cast<QLineSeries *>(series);
        }
        return static_cast<QLineSeries *>(nullptr);
    };
    QLineSeries *body = lineOf(*m_chart, a);
    QLineSeries *tail = tailOf(a);
    QLineSeries *otherTail = tailOf(b);
    QVERIFY(body && tail && otherTail);
    QTRY_VERIFY(body->count() > 100 && tail->count() > 1 && otherTail->count() > 1);
    // Body and tail meet at one point.
    QCOMPARE(body->points().constLast(), tail->points().constFirst());
    // Whatever the first frames still had to draw (a late layout on a busy
    // machine) is drawn: no frame pending, and the plot kept its size between
    // two polls (a layout request is posted, not a frame: the plot can still
    // narrow by an axis label's width after the last frame).
    QRectF lastPlot;
    QTRY_VERIFY([&] {
        const QRectF plot = chartOf(*m_chart)->plotArea();
        const bool settled = !m_chart->isFramePending() && plot == lastPlot;
        lastPlot = plot;
        return settled;
    }());

    QSignalSpy bodyChanges(body, &QXYSeries::pointsReplaced);
    QSignalSpy tailChanges(tail, &QXYSeries::pointsReplaced);
    QSignalSpy otherTailChanges(otherTail, &QXYSeries::pointsReplaced);
    const qint64 latest = pastA.constLast().timeMs;
    const double price = pastA.constLast().value;
    // A move of a few pixels: the tail is drawn again, the body is not.
    m_chart->appendPoints({{a, {{latest + 1000, price + 2.0}}}});
    QTRY_COMPARE(tailChanges.size(), 1);
    QCOMPARE(tail->points().constLast(), QPointF(double(latest + 1000), price + 2.0));
    QCOMPARE(bodyChanges.size(), 0);

    // In the next frame (MSFT moves visibly), AAPL moves far below a pixel:
    // nothing of AAPL is drawn again.
    m_chart->appendPoints({{a, {{latest + 2000, price + 2.0 + 1e-7}}},
                           {b, {{latest + 2000, pastB.constLast().value + 2.0}}}});
    QTRY_COMPARE(otherTailChanges.size(), 1);
    QCOMPARE(tailChanges.size(), 1);
    QCOMPARE(bodyChanges.size(), 0);
}

void tst_PriceChart::bandIsTintedWithTheSeriesColour()
{
    showChart();
    const QString s = QStringLiteral("AAPL");
    m_chart->setSymbols({s});
    m_chart->setInstruments({instrument(s, 80.0, 120.0)});
    m_chart->setHistory(history(s, wave(Start, Start + 5 * Day, 10 * Minute, 100, 3)));
    QLineSeries *line = lineOf(*m_chart, s);
    QTRY_VERIFY(line->count() > 0 && hasLogo(*m_chart, s));

    // AAPL trades in New York: sample at noon there (17:00 UTC in early March,
    // Tuesday to Friday), where no off-hours shading lies over the band.
    QList<double> noons;
    for (int day = 1; day <= 4; ++day)
        noons.append(double(Start + day * Day + 17 * 60 * Minute));
    QVERIFY(noons.constFirst() >= double(m_chart->viewFromMs()) && noons.constLast() <= double(m_chart->viewToMs()));
    QList<QPoint> inBand;
    for (const double x : noons) {
        for (const double y : {84.0, 88.0, 112.0, 116.0})
            inBand.append(widgetPos(*m_chart, {x, y}, line));
    }
    // Just above the band, in the price axis' margin.
    const double top = priceAxisOf(*m_chart)->max();
    QVERIFY(top > 120.5);
    QList<QPoint> outside;
    for (const double x : noons)
        outside.append(widgetPos(*m_chart, {x, (120.0 + top) / 2 + 0.2}, line));

    const QImage image = m_chart->grab().toImage();
    QCOMPARE(image.size(), QSize(1000, 600));
    const QRgb background = dominant(image, outside);
    const QRgb tint = dominant(image, inBand);
    const QRgb pure = symbolLooks({s}).value(s).color.rgb() & RGB_MASK;
    const QString seen = QStringLiteral("background ") + QColor(background).name() + QStringLiteral(", band ")
        + QColor(tint).name() + QStringLiteral(", series ") + QColor(pure).name();
    QVERIFY2(channelDistance(tint, background) > 10, qPrintable(seen));
    QVERIFY2(channelDistance(tint, pure) > 60, qPrintable(seen));
    // Translucent: the series colour laid over the background at a low alpha.
    const double alpha = 40.0 / 255.0;
    const QRgb blend = qRgb(int(qRed(background) * (1 - alpha) + qRed(pure) * alpha + 0.5),
                            int(qGreen(background) * (1 - alpha) + qGreen(pure) * alpha + 0.5),
                            int(qBlue(background) * (1 - alpha) + qBlue(pure) * alpha + 0.5));
    QVERIFY2(channelDistance(tint, blend) <= 6, qPrintable(seen + QStringLiteral(", expected ") + QColor(blend).name()));
}

void tst_PriceChart::themeFollowsThePalette()
{
    QCOMPARE(chartOf(*m_chart)->theme(), QChart::ChartThemeLight);
    const QString s = QStringLiteral("A");
    m_chart->setSymbols({QStringLiteral("Z"), s});
    QPalette dark = m_chart->palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    m_chart->setPalette(dark);
    QCOMPARE(chartOf(*m_chart)->theme(), QChart::ChartThemeDark);
    const QColor colour = symbolLooks({QStringLiteral("Z"), s}).value(s).color;
    QCOMPARE(lineOf(*m_chart, s)->color(), colour);
    m_chart->setPalette(QPalette());
    QCOMPARE(chartOf(*m_chart)->theme(), QChart::ChartThemeLight);
    QCOMPARE(lineOf(*m_chart, s)->color(), colour);
}

void tst_PriceChart::rendersPopulatedChart_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// Four symbols as a trader's watchlist would show them; with
// TICKERLINE_CHART_PNG=path.png the rendering is also saved for a look (the
// dark one as path-dark.png).
void tst_PriceChart::rendersPopulatedChart()
{
    QFETCH(bool, dark);
    if (dark) {
        QPalette palette = m_chart->palette();
        palette.setColor(QPalette::Window, QColor(0x23, 0x26, 0x2b));
        palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        m_chart->setPalette(palette);
    }
    showChart();
    const QStringList symbols{QStringLiteral("AAPL"), QStringLiteral("MSFT"), QStringLiteral("NVDA"),
                              QStringLiteral("TSLA")};
    InstrumentList instruments{instrument(symbols[0], 164.1, 199.6), instrument(symbols[1], 309.5, 420.8),
                               instrument(symbols[2], 222.9, 505.5), instrument(symbols[3], 152.4, 299.3)};
    instruments[0].logo = pngLogo(QColor(0x55, 0x55, 0x55));
    instruments[0].logoMimeType = QStringLiteral("image/png");
    instruments[2].logo = R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">)"
                          R"(<rect width="10" height="10" fill="#76b900"/></svg>)";
    instruments[2].logoMimeType = QStringLiteral("image/svg+xml");
    m_chart->setSymbols(symbols);
    m_chart->setInstruments(instruments);
    const QList<double> bases{182.0, 404.0, 480.0, 190.0};
    for (qsizetype i = 0; i < symbols.size(); ++i) {
        // AAPL and TSLA start together at close prices: their logos must not overlap.
        const qint64 first = Start + (i == 2 ? 2 * Day : 0);
        m_chart->setHistory(history(symbols[i], wave(first, Start + 6 * Day, 5 * Minute, bases[i],
                                                     bases[i] * 0.02)));
    }
    for (const QString &s : symbols)
        QTRY_VERIFY(hasLogo(*m_chart, s));
    const QImage image = m_chart->grab().toImage();
    QVERIFY(!image.isNull());
    if (QString path = qEnvironmentVariable("TICKERLINE_CHART_PNG"); !path.isEmpty()) {
        if (dark)
            path.insert(path.lastIndexOf(u'.'), u"-dark");
        QVERIFY(image.save(path));
    }
}

QTEST_MAIN(tst_PriceChart)
#include "tst_pricechart.moc"
