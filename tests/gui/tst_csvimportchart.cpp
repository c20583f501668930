#include "Clock.h"
#include "FeedSettings.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "Session.h"
#include "Settings.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAction>
#include <QChartView>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

constexpr int DataTimeoutMs = 20'000;

// Whether a line the chart draws for symbol goes through price.
bool chartShows(const MainWindow &window, const QString &symbol, double price)
{
    for (const QChartView *view : window.findChildren<QChartView *>()) {
        for (const QAbstractSeries *series : view->chart()->series()) {
            const auto *line = qobject_cast<const QLineSeries *>(series);
            if (!line || !line->name().startsWith(symbol) || !line->isVisible())
                continue;
            for (const QPointF &point : line->points())
                if (qFuzzyCompare(point.y(), price))
                    return true;
        }
    }
    return false;
}

template<typename T>
T *waitForChild(QWidget &window)
{
    T *found = nullptr;
    QTest::qWaitFor([&] {
        for (T *child : window.findChildren<T *>())
            if (child->isVisible())
                found = child;
        return found != nullptr;
    }, DataTimeoutMs);
    return found;
}

} // namespace

// File → Import CSV… as a user goes through it: the imported ticks show on
// the chart under their own symbol, at once.
class TestCsvImportChart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // As the app starts: English, with its plural forms.
    void initTestCase() { QVERIFY(installTranslations(u"en"_s)); }

    void importedTicksShowUnderTheirSymbol()
    {
        test::TempFolder folder;
        qputenv("XDG_DATA_HOME", folder.path(u"xdg-data"_s).toLocal8Bit());
        Settings settings(folder.path(u"settings.ini"_s));
        settings.setSymbols({u"AAPL"_s, u"MSFT"_s});
        settings.setValue(Settings::Key::SimulatedTicksPerSecond, 2.0);
        // Prices on the axis (two lines would compare in percent), so the spike reads as its price.
        settings.setChoice(Settings::Key::ChartPriceScale, PriceScale::Linear);
        test::MemorySecretStore secrets;
        Session session(SystemClock::instance(), settings, secrets);
        MainWindow window(settings, session);
        window.resize(1280, 720);
        EngineConfig config;
        config.feed = feedConfigFromSettings(settings);
        config.feed.seed = 7;
        config.databaseLocation = folder.path(u"ticks.sqlite"_s);
        session.start(config);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.hasRenderedData(), DataTimeoutMs);

        // Three trades of MSFT a few minutes ago, at a price no simulated tick has.
        const double spike = 4321.5;
        QVERIFY(!chartShows(window, u"MSFT"_s, spike));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QByteArray csv = "symbol,time,price,volume\n";
        for (int i = 0; i < 3; ++i)
            csv += "MSFT," + QByteArray::number(now - 5 * 60'000 + i * 1000) + ',' + QByteArray::number(spike) + ",10\n";
        const QString path = folder.path(u"trades.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(csv), csv.size());
        file.close();

        auto *import = window.findChild<QAction *>(u"importCsvAction"_s);
        QVERIFY(import);
        import->trigger();
        auto *picker = waitForChild<QFileDialog>(window);
        QVERIFY(picker);
        Q_EMIT picker->fileSelected(path);
        picker->close();
        auto *question = waitForChild<QMessageBox>(window);
        QVERIFY(question);
        QPushButton *allOrNothing = nullptr;
        for (QAbstractButton *button : question->buttons())
            if (button->text().remove(u'&') == u"All or Nothing"_s)
                allOrNothing = qobject_cast<QPushButton *>(button);
        QVERIFY(allOrNothing);
        allOrNothing->click();

        QTRY_VERIFY_WITH_TIMEOUT(chartShows(window, u"MSFT"_s, spike), DataTimeoutMs);
        // Under MSFT's own line, not beside it: no series of another name.
        for (const QChartView *view : window.findChildren<QChartView *>())
            for (const QAbstractSeries *series : view->chart()->series())
                QVERIFY2(!series->name().contains(u"csv"_s, Qt::CaseInsensitive), qPrintable(series->name()));
        const auto *report = waitForChild<QMessageBox>(window);
        QVERIFY(report);
        QVERIFY2(report->text().startsWith(u"Imported 3 new ticks from trades.csv."_s), qPrintable(report->text()));
    }
};

QTEST_MAIN(TestCsvImportChart)
#include "tst_csvimportchart.moc"
