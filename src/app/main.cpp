#include "AppOptions.h"
#include "Appearance.h"
#include "Clock.h"
#include "KeychainSecretStore.h"
#include "SessionKeyStore.h"
#include "MainWindow.h"
#include "PriceChart.h"
#include "QuoteTableModel.h"
#include "Session.h"
#include "Settings.h"
#include "Translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QGraphicsView>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace tickerline;

namespace {

constexpr int BadArguments = 2;
constexpr int ScreenshotTimeoutMs = 20'000;
constexpr int ScreenshotSettleMs = 250;
const QSize ScreenshotSize(1280, 800);

void printError(const QString &message)
{
    std::fprintf(stderr, "tickerline: %s\n", qUtf8Printable(message));
}

// Waits for the first data, lets the chart paint it, saves the window and
// quits with 0; quits with 1 when nothing arrives in time or saving fails.
void scheduleScreenshot(MainWindow &window, const QString &file)
{
    QObject::connect(&window, &MainWindow::firstDataShown, &window, [&window, file] {
        // The chart redraws on its own timer a frame after new data; a later
        // timer on the same thread fires after it.
        QTimer::singleShot(ScreenshotSettleMs, &window, [&window, file] {
            if (!window.grab().save(file, "PNG")) {
                printError(QCoreApplication::translate("main", "could not write the screenshot to \u201c%1\u201d.").arg(file));
                QCoreApplication::exit(1);
                return;
            }
            QCoreApplication::exit(0);
        });
    });
    QTimer::singleShot(ScreenshotTimeoutMs, &window, [&window, file] {
        // A feed that brings no history (a serving collector, a generic JSON
        // stream) on an empty database: live prices are all there is to show.
        if (window.hasLiveData()) {
            printError(QCoreApplication::translate("main", "no stored history within %1 s; the screenshot shows live prices only.")
                           .arg(ScreenshotTimeoutMs / 1000));
            QCoreApplication::exit(window.grab().save(file, "PNG") ? 0 : 1);
            return;
        }
        printError(QCoreApplication::translate("main", "no data to show within %1 s; no screenshot written.")
                       .arg(ScreenshotTimeoutMs / 1000));
        QCoreApplication::exit(1);
    });
}

// TICKERLINE_EXIT_AFTER_FIRST_CHART=1: the cold-start probe of tickerline-bench,
// which times the whole process from its spawn. Prints "first-paint-ms N" when
// the main window first paints, then "first-chart-ms N history-points P
// watchlist-rows R" (N: ms since main() began) after the first chart frame that
// shows the store's first answer for the chart window: painted once its price
// lines hold the P stored points of that answer (or, when the store had none,
// the first paint after the empty answer), with the watchlist's rows there; then
// exits 0. Watches the widgets from outside, so MainWindow carries no probe code.
class ColdStartProbe final : public QObject
{
    Q_DISABLE_COPY_MOVE(ColdStartProbe)
public:
    ColdStartProbe(QElapsedTimer sinceStart, MainWindow &window, int symbols)
        : m_sinceStart(sinceStart)
        , m_chart(window.findChild<PriceChart *>())
        , m_model(window.findChild<QuoteTableModel *>())
        , m_symbols(symbols)
    {
        auto *view = m_chart ? m_chart->findChild<QGraphicsView *>() : nullptr;
        m_viewport = view ? view->viewport() : nullptr;
        if (!m_viewport || !m_model) {
            printError(u"cold-start probe: no chart or watchlist in the main window"_s);
            return;
        }
        window.installEventFilter(this);
        m_viewport->installEventFilter(this);
        // Emitted once the chart has been given the answer.
        connect(&window, &MainWindow::historyShown, this, [this](const HistoryResult &result) {
            if (m_answered || result.series.isEmpty())
                return;
            m_answered = true;
            for (const Series &series : result.series)
                m_storedPoints += series.size();
            if (m_storedPoints == 0)
                m_viewport->update();   // nothing changes on screen; the next paint shows the answer
        });
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint)
            return QObject::eventFilter(watched, event);
        if (watched != m_viewport && !m_windowPainted) {
            m_windowPainted = true;
            // Queued: the paint event in flight completes first.
            QTimer::singleShot(0, this, [this] {
                std::printf("first-paint-ms %lld\n", static_cast<long long>(m_sinceStart.elapsed()));
                std::fflush(stdout);
            });
        } else if (watched == m_viewport && !m_chartPainted && m_answered && m_model->rowCount() >= m_symbols
                   && (m_storedPoints == 0 || linePoints() > 0)) {
            m_chartPainted = true;
            QTimer::singleShot(0, this, [this] {
                std::printf("first-chart-ms %lld history-points %lld watchlist-rows %d\n",
                            static_cast<long long>(m_sinceStart.elapsed()), static_cast<long long>(linePoints()),
                            m_model->rowCount());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    // Points the visible price lines hold: with no feed running, all from history.
    [[nodiscard]] qsizetype linePoints() const
    {
        const QStringList lines = m_chart->lineSymbols();
        qsizetype points = 0;
        for (const QString &symbol : lines)
            points += m_chart->pointCount(symbol);
        return points;
    }

    QElapsedTimer m_sinceStart;
    PriceChart *m_chart;
    QuoteTableModel *m_model;
    QWidget *m_viewport = nullptr;
    int m_symbols;
    qsizetype m_storedPoints = 0;
    bool m_answered = false;
    bool m_windowPainted = false;
    bool m_chartPainted = false;
};

QIcon appIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(u":/icons/tickerline-%1.png"_s.arg(size), QSize(size, size));
    return icon;
}

} // namespace

// A screenshot needs no screen: on a machine without a display, render offscreen
// unless the user chose a platform.
void preferOffscreenForScreenshots([[maybe_unused]] int argc, [[maybe_unused]] char *argv[])
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const bool screenshot = std::any_of(argv + 1, argv + argc, [](const char *arg) {
        return std::strncmp(arg, "--screenshot", 12) == 0;
    });
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
}

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    preferOffscreenForScreenshots(argc, argv);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Tickerline"_s);
    QCoreApplication::setApplicationName(u"Tickerline"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TICKERLINE_VERSION));
    // Matches the installed .desktop file, so that Wayland shells find its icon and name.
    QGuiApplication::setDesktopFileName(u"io.github.tickerline.Tickerline"_s);
    QApplication::setWindowIcon(appIcon());

    // Texts and formats in the chosen language from the start, --help included;
    // widgets (and provider titles) made before this would not change language.
    Settings settings;
    const bool translated = installTranslations(startupLanguage(QCoreApplication::arguments(), settings.language()));

    const AppCommand command = parseAppArguments(QCoreApplication::arguments());
    if (const auto *error = std::get_if<AppUsageError>(&command)) {
        printError(error->message);
        return BadArguments;
    }
    if (const auto *info = std::get_if<AppInfoText>(&command)) {
        QTextStream(stdout) << info->text;
        return 0;
    }
    const AppOptions &options = std::get<AppOptions>(command);
    if (options.language && !options.language->isEmpty() && !translated)
        printError(QCoreApplication::translate("main", "no translation for \u201c%1\u201d; showing English texts.").arg(*options.language));
    applyAppearance(settings.appearance());

    if (options.chart)
        settings.setValue(Settings::Key::ChartMode, *options.chart);
    // Declared before the window, which refers to them, so they outlive it.
    // Keys from the keychain; without one, a key typed into Settings is held for this run only.
    KeychainSecretStore keychain;
    SessionKeyStore secrets(keychain);
    std::optional<OffsetClock> shiftedClock;
    if (options.clockStartMs)
        shiftedClock.emplace(*options.clockStartMs);
    Session session(shiftedClock ? static_cast<const Clock &>(*shiftedClock) : SystemClock::instance(), settings, secrets);
    MainWindow window(settings, session);
    if (options.screenshot) {
        window.setWindowState(Qt::WindowNoState);
        window.resize(ScreenshotSize);
        scheduleScreenshot(window, *options.screenshot);
    }
    const EngineConfig config = engineConfigFor(settings, options);
    std::unique_ptr<ColdStartProbe> probe;
    if (qEnvironmentVariableIntValue("TICKERLINE_EXIT_AFTER_FIRST_CHART") == 1)
        probe = std::make_unique<ColdStartProbe>(sinceStart, window, int(config.feed.symbols.size()));
    session.start(config);
    window.show();
    return QApplication::exec();
}
