#include "ChartFixtures.h"

#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QSignalSpy>
#include <QTest>

using namespace tickerline;
using namespace tickerline::test;
using namespace Qt::StringLiterals;

namespace {

QString labelText(const PriceChart &chart, const QString &id)
{
    const QGraphicsItem *box = chartItemNamed(chart, u"alertLabel:"_s + id);
    if (!box || !box->isVisible() || box->childItems().isEmpty())
        return {};
    const auto *text = qgraphicsitem_cast<const QGraphicsSimpleTextItem *>(box->childItems().constFirst());
    return text ? text->text() : QString();
}

// The y (chart coordinates) of a level's line; nullopt while it is not drawn.
std::optional<qreal> lineY(const PriceChart &chart, const QString &id)
{
    const QGraphicsItem *item = chartItemNamed(chart, u"alertLevel:"_s + id);
    const auto *line = item ? qgraphicsitem_cast<const QGraphicsLineItem *>(item) : nullptr;
    if (!line || !line->isVisible())
        return std::nullopt;
    return line->line().y1();
}

} // namespace

// Alerts on the price chart: a rule's level as a labelled line where its
// price is, dragged to a new level with the mouse; fired alerts as marks on
// the time axis.
class TestChartAlerts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_chart = std::make_unique<PriceChart>();
        m_chart->resize(1000, 600);
        m_chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
        m_chart->setSymbols({u"AAPL"_s, u"MSFT"_s});
        // AAPL between 90 and 110, MSFT between 290 and 310.
        m_chart->setHistory(history(u"AAPL"_s, wave(Start, Start + 2 * Day, Minute, 100, 10)));
        m_chart->setHistory(history(u"MSFT"_s, wave(Start, Start + 2 * Day, Minute, 300, 10)));
        QTRY_VERIFY(chartOf(*m_chart)->plotArea().width() > 100);
    }
    void cleanup() { m_chart.reset(); }

    void levelIsALabelledLineAtItsPrice()
    {
        m_chart->setAlertLevels({{u"up"_s, u"AAPL"_s, true, 105.0}, {u"down"_s, u"AAPL"_s, false, 95.0}});
        QTRY_VERIFY(lineY(*m_chart, u"up"_s));
        QVERIFY(lineY(*m_chart, u"down"_s));
        QLineSeries *aapl = lineOf(*m_chart, u"AAPL"_s);
        const qreal expected = chartOf(*m_chart)->mapToPosition(QPointF(double(Start), 105.0), aapl).y();
        QVERIFY2(std::abs(*lineY(*m_chart, u"up"_s) - expected) < 1.0,
                 qPrintable(u"%1 vs %2"_s.arg(*lineY(*m_chart, u"up"_s)).arg(expected)));
        // Higher price, higher on screen.
        QVERIFY(*lineY(*m_chart, u"up"_s) < *lineY(*m_chart, u"down"_s));
        QCOMPARE(labelText(*m_chart, u"up"_s), u"AAPL \u2265 105.00"_s);
        QCOMPARE(labelText(*m_chart, u"down"_s), u"AAPL \u2264 95.00"_s);
        // In the line's colour.
        const auto *line = qgraphicsitem_cast<QGraphicsLineItem *>(chartItemNamed(*m_chart, u"alertLevel:up"_s));
        QCOMPARE(line->pen().color(), aapl->color());
    }

    void levelFollowsTheScale()
    {
        m_chart->setAlertLevels({{u"up"_s, u"AAPL"_s, true, 105.0}});
        QTRY_VERIFY(lineY(*m_chart, u"up"_s));
        const qreal linear = *lineY(*m_chart, u"up"_s);
        // Percent compare: at AAPL's 105 as a change from its first price in view, not at "105 %".
        m_chart->setPriceScale(PriceScale::Percent);
        QTRY_VERIFY(lineY(*m_chart, u"up"_s) && std::abs(*lineY(*m_chart, u"up"_s) - linear) > 5);
        const QRectF plot = chartOf(*m_chart)->plotArea();
        QVERIFY(*lineY(*m_chart, u"up"_s) > plot.top() && *lineY(*m_chart, u"up"_s) < plot.bottom());
        // A hidden symbol's level goes with its line.
        m_chart->setSymbols({u"AAPL"_s, u"MSFT"_s}, {u"AAPL"_s});
        QTRY_VERIFY(!lineY(*m_chart, u"up"_s));
    }

    void levelOutsideTheValuesIsNotDrawnAndDoesNotStretchTheAxis()
    {
        const QValueAxis *axis = priceAxisOf(*m_chart);
        const double high = axis->max();
        m_chart->setAlertLevels({{u"far"_s, u"AAPL"_s, true, 10'000.0}});
        QCoreApplication::processEvents();
        QVERIFY(!lineY(*m_chart, u"far"_s));
        QCOMPARE(axis->max(), high);
    }

    void draggingTheLineMovesTheLevel()
    {
        m_chart->setAlertLevels({{u"up"_s, u"AAPL"_s, true, 105.0}});
        QTRY_VERIFY(lineY(*m_chart, u"up"_s));
        QSignalSpy moved(m_chart.get(), &PriceChart::alertLevelMoved);
        QChartView *view = viewOf(*m_chart);
        QWidget *viewport = view->viewport();
        const auto toViewport = [&](QPointF chartPos) {
            return QPointF(view->mapFromScene(chartOf(*m_chart)->mapToScene(chartPos)));
        };
        QLineSeries *aapl = lineOf(*m_chart, u"AAPL"_s);
        const qreal x = chartOf(*m_chart)->plotArea().center().x();
        const QPointF from = toViewport({x, *lineY(*m_chart, u"up"_s)});
        const QPointF to = toViewport(chartOf(*m_chart)->mapToPosition(QPointF(double(Start), 98.0), aapl));
        const qint64 viewFrom = m_chart->viewFromMs();

        sendMouse(viewport, QEvent::MouseMove, from, Qt::NoButton, Qt::NoButton);
        QCOMPARE(viewport->cursor().shape(), Qt::SizeVerCursor);
        sendMouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        sendMouse(viewport, QEvent::MouseMove, (from + to) / 2, Qt::NoButton, Qt::LeftButton);
        sendMouse(viewport, QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
        // The label follows before the drop.
        QVERIFY(moved.isEmpty());
        const QString during = labelText(*m_chart, u"up"_s);
        QVERIFY2(during.startsWith(u"AAPL \u2265 9"_s), qPrintable(during));
        sendMouse(viewport, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);

        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.at(0).at(0).toString(), u"up"_s);
        const double level = moved.at(0).at(1).toDouble();
        QVERIFY2(std::abs(level - 98.0) < 0.2, qPrintable(QString::number(level)));
        QCOMPARE(std::round(level * 100) / 100, level);   // as the label shows it
        // A grab is no pan.
        QCOMPARE(m_chart->viewFromMs(), viewFrom);
        QVERIFY(m_chart->isFollowingLive());

        // Away from the line, a drag pans as before.
        const QPointF away = toViewport({x, chartOf(*m_chart)->plotArea().top() + 5});
        sendMouse(viewport, QEvent::MouseMove, away, Qt::NoButton, Qt::NoButton);
        QCOMPARE(viewport->cursor().shape(), Qt::CrossCursor);
        sendMouse(viewport, QEvent::MouseButtonPress, away, Qt::LeftButton, Qt::LeftButton);
        sendMouse(viewport, QEvent::MouseMove, away + QPointF(200, 0), Qt::NoButton, Qt::LeftButton);
        sendMouse(viewport, QEvent::MouseButtonRelease, away + QPointF(200, 0), Qt::LeftButton, Qt::NoButton);
        QCOMPARE(moved.size(), 1);
        QVERIFY(!m_chart->isFollowingLive());
    }

    void firedAlertsAreMarkedOnTheTimeAxis()
    {
        const qint64 fired = Start + Day;
        m_chart->setAlertMarks({{u"MSFT"_s, fired, u"MSFT at or above 305"_s},
                                {u"MSFT"_s, Start - 30 * Day, u"long ago"_s}});
        const QString name = u"alertMark:MSFT:"_s + QString::number(fired);
        QTRY_VERIFY(chartItemNamed(*m_chart, name) && chartItemNamed(*m_chart, name)->isVisible());
        const QGraphicsItem *mark = chartItemNamed(*m_chart, name);
        const qreal x = chartOf(*m_chart)->mapToPosition(QPointF(double(fired), 300.0), lineOf(*m_chart, u"MSFT"_s)).x();
        QVERIFY(std::abs(mark->pos().x() - x) < 1.0);
        QCOMPARE(mark->pos().y(), chartOf(*m_chart)->plotArea().bottom());
        QCOMPARE(mark->toolTip(), u"MSFT at or above 305"_s);
        // Out of view: not drawn.
        const QGraphicsItem *old = chartItemNamed(*m_chart, u"alertMark:MSFT:"_s + QString::number(Start - 30 * Day));
        QVERIFY(old && !old->isVisible());
    }

private:
    std::unique_ptr<PriceChart> m_chart;
};

QTEST_MAIN(TestChartAlerts)
#include "tst_chartalerts.moc"
