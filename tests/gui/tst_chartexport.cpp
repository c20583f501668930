#include "ChartExport.h"
#include "ChartFixtures.h"
#include "Clock.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "PriceChart.h"
#include "Session.h"
#include "Settings.h"
#include "TestSupport.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace tickerline;
using namespace tickerline::test;
using namespace Qt::StringLiterals;

namespace {

struct SvgSummary
{
    bool wellFormed = false;
    QString error;
    int paths = 0;
    int shapes = 0;   // path, polyline, polygon, line, rect
    int texts = 0;
    QString title;
};

SvgSummary readSvg(const QString &path)
{
    SvgSummary out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    bool inTitle = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            inTitle = xml.name() == u"title";
            if (xml.name() == u"path")
                ++out.paths;
            if (xml.name() == u"path" || xml.name() == u"polyline" || xml.name() == u"polygon"
                || xml.name() == u"line" || xml.name() == u"rect")
                ++out.shapes;
            else if (xml.name() == u"text")
                ++out.texts;
        } else if (xml.isCharacters() && inTitle) {
            out.title += xml.text();
        } else if (xml.isEndElement()) {
            inTitle = false;
        }
    }
    out.wellFormed = !xml.hasError();
    out.error = xml.errorString();
    return out;
}

} // namespace

// File → Export Chart as PNG…/SVG… and Edit → Copy Chart.
class TestChartExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pngHasTheChartsSizeAtDevicePixelRatio();
    void svgIsVectorWithTitle();
    void clipboardHoldsTheImage();
    void unwritablePathIsReported();
    void mainWindowCopyChartAction();

private:
    ManualClock m_clock{Start + 3 * Day};
    std::unique_ptr<PriceChart> m_chart;
    std::unique_ptr<ChartExport> m_export;
    TempFolder m_folder;
};

void TestChartExport::init()
{
    m_chart = std::make_unique<PriceChart>();
    m_chart->setClock(m_clock);
    m_chart->resize(900, 500);
    m_chart->setSymbols({u"AAPL"_s, u"MSFT"_s});
    // With two lines, the band drawn is the focused symbol's.
    m_chart->setFocusedSymbol(u"AAPL"_s);
    m_chart->setInstruments({instrument(u"AAPL"_s, 160.0, 200.0), instrument(u"MSFT"_s, 380.0, 420.0)});
    m_chart->setHistory(history(u"AAPL"_s, wave(Start, Start + 3 * Day, 10 * Minute, 180, 4)));
    m_chart->setHistory(history(u"MSFT"_s, wave(Start, Start + 3 * Day, 10 * Minute, 400, 6)));
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    PriceChart *chart = m_chart.get();
    m_export = std::make_unique<ChartExport>(chart, [chart] { return chart; });
}

void TestChartExport::cleanup()
{
    m_export.reset();
    m_chart.reset();
}

void TestChartExport::pngHasTheChartsSizeAtDevicePixelRatio()
{
    const QString path = m_folder.path(u"chart.png"_s);
    const ChartExportResult result = m_export->savePng(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
    const qreal ratio = m_chart->devicePixelRatioF();
    QCOMPARE(image.size(), (chartOf(*m_chart)->size() * ratio).toSize());
    QVERIFY(image.width() >= 800);

    // Something was drawn: the lines' colours are not the background's.
    const QColor background = image.pixelColor(2, 2);
    int differing = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            differing += image.pixelColor(x, y) != background ? 1 : 0;
    }
    QVERIFY2(differing > 200, qPrintable(QString::number(differing)));
}

void TestChartExport::svgIsVectorWithTitle()
{
    const QString path = m_folder.path(u"chart.svg"_s);
    // A painted chart: its lines and grid then hold cached pixmaps, which
    // an export must not take for the vectors.
    m_chart->grab();
    const ChartExportResult result = m_export->saveSvg(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const SvgSummary svg = readSvg(path);
    QVERIFY2(svg.wellFormed, qPrintable(svg.error));
    QVERIFY(svg.paths > 0);
    QVERIFY2(svg.shapes > 10, qPrintable(QString::number(svg.shapes)));   // lines, bands, grid, axes
    QVERIFY(svg.texts > 0);                                            // axis labels, legend
    QVERIFY(!svg.title.trimmed().isEmpty());
}

void TestChartExport::clipboardHoldsTheImage()
{
    QSignalSpy exported(m_export.get(), &ChartExport::exported);
    QGuiApplication::clipboard()->clear();
    m_export->copyToClipboard();
    QCOMPARE(exported.size(), 1);
    QVERIFY(exported.at(0).at(1).value<ChartExportResult>().ok());
    const QImage copied = QGuiApplication::clipboard()->image();
    QVERIFY(!copied.isNull());
    QCOMPARE(copied.size(), (chartOf(*m_chart)->size() * m_chart->devicePixelRatioF()).toSize());
}

void TestChartExport::unwritablePathIsReported()
{
    const QString path = m_folder.path(u"no-such-folder/chart.svg"_s);
    const ChartExportResult svg = m_export->saveSvg(path);
    QVERIFY(!svg.ok());
    QVERIFY2(svg.error.contains(u"chart.svg"_s), qPrintable(svg.error));
    QVERIFY(!m_export->savePng(m_folder.path(u"no-such-folder/chart.png"_s)).ok());
    QVERIFY(!QFile::exists(path));
}

void TestChartExport::mainWindowCopyChartAction()
{
    const TempFolder folder;
    Settings settings(folder.path(u"settings.ini"_s));
    test::MemorySecretStore secrets;
    Session session(SystemClock::instance(), settings, secrets);
    MainWindow window(settings, session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *copy = window.findChild<QAction *>(u"copyChartAction"_s);
    QVERIFY(copy);
    QGuiApplication::clipboard()->clear();
    copy->trigger();
    const QImage copied = QGuiApplication::clipboard()->image();
    QVERIFY(!copied.isNull());
    const auto *chart = window.findChild<PriceChart *>();
    QCOMPARE(copied.size(), (chartOf(*chart)->size() * window.devicePixelRatioF()).toSize());
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
