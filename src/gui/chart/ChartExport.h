#pragma once

#include <QImage>
#include <QObject>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
class QWidget;
QT_END_NAMESPACE

namespace tickerline {

// What became of one export; error is the reason shown to the user.
struct ChartExportResult
{
    QString error;
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// File → Export Chart as PNG…/SVG… and Edit → Copy Chart: renders the chart
// currently shown (the chart widget currentChart answers: the line chart, or
// the candles in candle mode) with its title, legend, axes and logos.
// PNG and clipboard images are drawn at the window's device pixel ratio, so
// they are as sharp as the screen; SVG is vector. File dialogs are
// window-modal through open(): no nested event loop.
class ChartExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartExport)
public:
    ChartExport(QWidget *window, std::function<QWidget *()> currentChart);

    // Asks for a file, then saves; the outcome lands in exported().
    void exportPng();
    void exportSvg();
    void copyToClipboard();

    [[nodiscard]] ChartExportResult savePng(const QString &path) const;
    [[nodiscard]] ChartExportResult saveSvg(const QString &path) const;
    // The chart at the window's device pixel ratio; null without a chart.
    [[nodiscard]] QImage image() const;

Q_SIGNALS:
    // A file was written or the clipboard filled (path empty), or it failed.
    void exported(const QString &path, const tickerline::ChartExportResult &result);

private:
    void askForFile(const QString &caption, const QString &filter, const QString &suffix,
                    std::function<ChartExportResult(const QString &)> save);

    [[nodiscard]] QChart *shownChart() const;

    QWidget *const m_window;
    const std::function<QWidget *()> m_currentChart;
};

} // namespace tickerline
