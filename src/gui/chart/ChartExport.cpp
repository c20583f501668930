#include "ChartExport.h"

#include "ChartItemCache.h"

#include "StandardFolders.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

namespace tickerline {

namespace {

// The chart's own rectangle in its scene: title, legend, axes, plot and the
// items drawn over it (logos), without whatever else the scene might hold.
void renderChart(QChart &chart, QPainter &painter, const QRectF &target)
{
    const UncachedChartItems drawnAfresh(&chart);
    chart.scene()->render(&painter, target, chart.sceneBoundingRect());
}

QString noChart()
{
    return ChartExport::tr("There is no chart to export.");
}

} // namespace

QChart *ChartExport::shownChart() const
{
    QWidget *shown = m_currentChart();
    auto *view = shown ? shown->findChild<QChartView *>() : nullptr;
    return view ? view->chart() : nullptr;
}

ChartExport::ChartExport(QWidget *window, std::function<QWidget *()> currentChart)
    : QObject(window), m_window(window), m_currentChart(std::move(currentChart))
{
}

QImage ChartExport::image() const
{
    QChart *chart = shownChart();
    if (!chart || !chart->scene())
        return {};
    const qreal ratio = m_window->devicePixelRatioF();
    const QSizeF size = chart->size();
    QImage out((size * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (out.isNull())
        return {};
    out.setDevicePixelRatio(ratio);
    out.fill(m_window->palette().color(QPalette::Window));
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    renderChart(*chart, painter, QRectF(QPointF(), size));
    return out;
}

ChartExportResult ChartExport::savePng(const QString &path) const
{
    const QImage picture = image();
    if (picture.isNull())
        return {noChart()};
    QImageWriter writer(path, "png");
    if (!writer.write(picture))
        return {tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), writer.errorString())};
    return {};
}

ChartExportResult ChartExport::saveSvg(const QString &path) const
{
    QChart *chart = shownChart();
    if (!chart || !chart->scene())
        return {noChart()};
    // Into memory first: QSvgGenerator reports no write errors, QSaveFile does.
    QByteArray svg;
    QBuffer buffer(&svg);
    const QSizeF size = chart->size();
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(), size));
    generator.setTitle(chart->title().isEmpty() ? tr("Tickerline chart") : chart->title());
    generator.setDescription(tr("Exported by Tickerline on %1")
                                 .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    {
        QPainter painter(&generator);
        renderChart(*chart, painter, QRectF(QPointF(), size));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(svg) != svg.size() || !file.commit())
        return {tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

void ChartExport::exportPng()
{
    askForFile(tr("Export Chart as PNG"), tr("PNG images (*.png)"), u"png"_s,
               [this](const QString &path) { return savePng(path); });
}

void ChartExport::exportSvg()
{
    askForFile(tr("Export Chart as SVG"), tr("SVG images (*.svg)"), u"svg"_s,
               [this](const QString &path) { return saveSvg(path); });
}

void ChartExport::copyToClipboard()
{
    const QImage picture = image();
    if (picture.isNull()) {
        Q_EMIT exported({}, {noChart()});
        return;
    }
    QGuiApplication::clipboard()->setImage(picture);
    Q_EMIT exported({}, {});
}

void ChartExport::askForFile(const QString &caption, const QString &filter, const QString &suffix,
                             std::function<ChartExportResult(const QString &)> save)
{
    const QString start = existingStandardFolder(QStandardPaths::PicturesLocation) + u"/chart."_s + suffix;
    auto *dialog = new QFileDialog(m_window, caption, start, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->selectFile(start);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, save = std::move(save)](const QString &path) { Q_EMIT exported(path, save(path)); });
    dialog->open();
}

} // namespace tickerline
