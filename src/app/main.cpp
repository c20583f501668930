#include "Appearance.h"
#include "Clock.h"
#include "Engine.h"
#include "FeedSettings.h"
#include "MainWindow.h"
#include "PriceChart.h"
#include "ProviderRegistry.h"
#include "QuoteTableModel.h"
#include "Settings.h"
#include "StoreLocation.h"
#include "Symbol.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
#include <QGraphicsView>
#include <QIcon>
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

struct Options
{
    bool demo = false;
    std::optional<QStringList> symbols;
    std::optional<QString> provider;
    std::optional<QString> database;
    std::optional<QString> screenshot;
    std::optional<QString> language;   // a code of availableLanguages(), or "" for the system's (already installed)
    std::optional<QString> chart;      // "line" or "candles"
};

void printError(const QString &message)
{
    std::fprintf(stderr, "tickerline: %s\n", qUtf8Printable(message));
}

QString languageCodes()
{
    QStringList codes;
    for (const Language &language : availableLanguages())
        codes.append(language.code);
    return codes.join(u", ");
}

// A --language value as a code of availableLanguages(), "" for "system".
std::optional<QString> languageCode(const QString &value)
{
    const QString code = value.trimmed().toLower();
    if (code == u"system")
        return QString();
    const QList<Language> languages = availableLanguages();
    const bool known = std::any_of(languages.cbegin(), languages.cend(),
                                   [&code](const Language &language) { return language.code == code; });
    return known ? std::optional(code) : std::nullopt;
}

// The language to show: a valid --language, read ahead of the other options so
// that their help and errors, and everything built from then on, use it;
// otherwise the one chosen in Settings. parseOptions() reports a bad value.
QString startupLanguage(const QStringList &arguments, const Settings &settings)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            break;
        std::optional<QString> code;
        if (argument == u"--language" && i + 1 < arguments.size())
            code = languageCode(arguments.at(i + 1));
        else if (argument.startsWith(u"--language="))
            code = languageCode(argument.mid(argument.indexOf(u'=') + 1));
        else
            continue;
        return code.value_or(settings.language());
    }
    return settings.language();
}

QString providerNames()
{
    QStringList names;
    for (const ProviderInfo &info : ProviderRegistry::providers())
        names.append(info.name);
    return names.join(u", ");
}

// The options, or an error already printed: exit with BadArguments.
std::optional<Options> parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Live market quotes: watchlist, charts, tick recording."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, QCoreApplication::translate("main", "Use the simulated market (default symbols unless --symbols is given)."));
    const QCommandLineOption symbols(u"symbols"_s, QCoreApplication::translate("main", "Watch these symbols, comma-separated."), u"A,B"_s);
    const QCommandLineOption provider(u"provider"_s, QCoreApplication::translate("main", "Quote provider (%1).").arg(providerNames()), u"NAME"_s);
    const QCommandLineOption database(u"database"_s, QCoreApplication::translate("main", "Database file, or postgresql://user@host:port/db (password from PGPASSWORD); a PostgreSQL database without --provider or --demo opens as a live viewer of what a tickerline-collector records there."), u"PATH|URL"_s);
    const QCommandLineOption screenshot(u"screenshot"_s, QCoreApplication::translate("main", "Render the main window to a PNG once data is shown, then exit."), u"FILE.png"_s);
    const QCommandLineOption language(u"language"_s, QCoreApplication::translate("main", "Show the interface in this language (%1, or \u201csystem\u201d) instead of the one chosen in Settings.").arg(languageCodes()), u"CODE"_s);
    const QCommandLineOption chart(u"chart"_s, QCoreApplication::translate("main", "Show the line or the candle chart (line, candles), as the chart's switch does."), u"line|candles"_s);
    parser.addOptions({demo, symbols, provider, database, screenshot, language, chart});

    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return std::nullopt;
    }
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("main", "unexpected argument \u201c%1\u201d.").arg(parser.positionalArguments().constFirst()));
        return std::nullopt;
    }

    Options options;
    options.demo = parser.isSet(demo);
    if (parser.isSet(symbols)) {
        QStringList list;
        const SymbolCheck check = Symbol::checkList(parser.value(symbols), &list);
        if (!check.ok) {
            printError(u"--symbols: "_s + check.reason);
            return std::nullopt;
        }
        options.symbols = list;
    }
    if (parser.isSet(provider)) {
        const ProviderInfo *info = ProviderRegistry::find(parser.value(provider));
        if (!info) {
            printError(QCoreApplication::translate("main", "unknown provider \u201c%1\u201d; available: %2.")
                           .arg(parser.value(provider), providerNames()));
            return std::nullopt;
        }
        if (options.demo && info->name != u"simulated") {
            printError(QCoreApplication::translate("main", "--demo uses the simulated market; it cannot be combined with --provider %1.")
                           .arg(info->name));
            return std::nullopt;
        }
        options.provider = info->name;
    }
    if (parser.isSet(database)) {
        if (parser.value(database).trimmed().isEmpty()) {
            printError(QCoreApplication::translate("main", "--database needs a path or URL."));
            return std::nullopt;
        }
        options.database = parser.value(database);
    }
    if (parser.isSet(screenshot)) {
        const QFileInfo file(parser.value(screenshot));
        if (file.fileName().isEmpty() || !file.absoluteDir().exists()) {
            printError(QCoreApplication::translate("main", "--screenshot: the folder of \u201c%1\u201d does not exist.")
                           .arg(parser.value(screenshot)));
            return std::nullopt;
        }
        options.screenshot = file.absoluteFilePath();
    }
    if (parser.isSet(chart)) {
        const QString mode = parser.value(chart).trimmed().toLower();
        if (mode != u"line" && mode != u"candles") {
            printError(QCoreApplication::translate("main", "--chart: \u201c%1\u201d is neither line nor candles.").arg(parser.value(chart)));
            return std::nullopt;
        }
        options.chart = mode;
    }
    if (parser.isSet(language)) {
        options.language = languageCode(parser.value(language));
        if (!options.language) {
            printError(QCoreApplication::translate("main", "unknown language \u201c%1\u201d; available: %2, system.")
                           .arg(parser.value(language), languageCodes()));
            return std::nullopt;
        }
    }
    return options;
}

// Settings, with the command-line choices on top for this run only.
EngineConfig engineConfig(const Settings &settings, const Options &options)
{
    EngineConfig config;
    config.feed = feedConfigFromSettings(settings);
    if (options.demo) {
        config.feed.provider = u"simulated"_s;
        config.feed.symbols = Settings::defaultValue(Settings::Key::Symbols).toStringList();
    }
    if (options.provider)
        config.feed.provider = *options.provider;
    config.feed.apiKey = ProviderRegistry::keyFromEnvironment(config.feed.provider);
    if (options.symbols)
        config.feed.symbols = *options.symbols;
    config.databaseLocation = options.database.value_or(settings.databaseLocation());
    // A shared PostgreSQL database and no feed asked for: watch what a
    // collector writes there instead of recording a second copy.
    if (isPostgresLocation(config.databaseLocation) && !options.provider && !options.demo) {
        config.withFeed = false;
        config.followStore = true;
    }
    return config;
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
    QTimer::singleShot(ScreenshotTimeoutMs, &window, [] {
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
    ColdStartProbe(QElapsedTimer sinceStart, MainWindow &window, Engine &engine, int symbols)
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
        // Connected after the window's own handler, so the chart has been given the answer.
        connect(&engine, &Engine::historyReady, this, [this](const HistoryResult &result) {
            if (m_answered || result.series.isEmpty())   // candles, not the line chart's answer
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
    const bool translated = installTranslations(startupLanguage(QCoreApplication::arguments(), settings));

    const std::optional<Options> options = parseOptions(QCoreApplication::arguments());
    if (!options)
        return BadArguments;
    if (options->language && !options->language->isEmpty() && !translated)
        printError(QCoreApplication::translate("main", "no translation for \u201c%1\u201d; showing English texts.").arg(*options->language));
    applyAppearance(settings.appearance());

    if (options->chart)
        settings.setValue(Settings::Key::ChartMode, *options->chart);
    // Declared before the window, which refers to it, so it outlives the window.
    Engine engine(SystemClock::instance());
    MainWindow window(settings, engine);
    if (options->screenshot) {
        window.setWindowState(Qt::WindowNoState);
        window.resize(ScreenshotSize);
        scheduleScreenshot(window, *options->screenshot);
    }
    const EngineConfig config = engineConfig(settings, *options);
    std::unique_ptr<ColdStartProbe> probe;
    if (qEnvironmentVariableIntValue("TICKERLINE_EXIT_AFTER_FIRST_CHART") == 1)
        probe = std::make_unique<ColdStartProbe>(sinceStart, window, engine, int(config.feed.symbols.size()));
    window.start(config);
    window.show();
    return QApplication::exec();
}
