#include "AppOptions.h"

#include "FeedSettings.h"
#include "ProviderRegistry.h"
#include "Settings.h"
#include "StoreLocation.h"
#include "Symbol.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

// The texts keep the context "main" they had in main.cpp, spelled out for
// lupdate, so that the translations still find them.

namespace tickerline {

namespace {

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

QString providerNames()
{
    QStringList names;
    for (const ProviderInfo &info : ProviderRegistry::providers())
        names.append(info.name);
    return names.join(u", ");
}

AppUsageError usageError(const QString &message)
{
    return AppUsageError{message};
}

} // namespace

QString startupLanguage(const QStringList &arguments, const QString &chosen)
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
        return code.value_or(chosen);
    }
    return chosen;
}

AppCommand parseAppArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Live market quotes: watchlist, charts, tick recording."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, QCoreApplication::translate("main", "Use the simulated market, on the watchlist in Settings unless --symbols is given."));
    const QCommandLineOption symbols(u"symbols"_s, QCoreApplication::translate("main", "Watch these symbols, comma-separated."), u"A,B"_s);
    const QCommandLineOption provider(u"provider"_s, QCoreApplication::translate("main", "Quote provider (%1).").arg(providerNames()), u"NAME"_s);
    const QCommandLineOption database(u"database"_s, QCoreApplication::translate("main", "Database file, or postgresql://user@host:port/db (password from PGPASSWORD); a PostgreSQL database without --provider or --demo opens as a live viewer of what a tickerline-collector records there."), u"PATH|URL"_s);
    const QCommandLineOption screenshot(u"screenshot"_s, QCoreApplication::translate("main", "Render the main window to a PNG once data is shown, then exit."), u"FILE.png"_s);
    const QCommandLineOption language(u"language"_s, QCoreApplication::translate("main", "Show the interface in this language (%1, or \u201csystem\u201d) instead of the one chosen in Settings.").arg(languageCodes()), u"CODE"_s);
    const QCommandLineOption chart(u"chart"_s, QCoreApplication::translate("main", "Show the line or the candle chart (line, candles), as the chart's switch does."), u"line|candles"_s);
    const QCommandLineOption clock(u"clock"_s, QCoreApplication::translate("main", "For screenshots and tests: start the app's clock at this instant (ISO 8601, e.g. 2026-12-05T15:00:00Z) instead of now."), u"ISO"_s);
    parser.addOptions({demo, symbols, provider, database, screenshot, language, chart, clock});

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help))
        return AppInfoText{parser.helpText()};
    if (parser.isSet(version))   // what QCommandLineParser::showVersion() prints
        return AppInfoText{QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n'};
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("main", "unexpected argument \u201c%1\u201d.").arg(parser.positionalArguments().constFirst()));

    AppOptions options;
    options.demo = parser.isSet(demo);
    if (parser.isSet(symbols)) {
        QStringList list;
        const SymbolCheck check = Symbol::checkList(parser.value(symbols), &list);
        if (!check.ok)
            return usageError(u"--symbols: "_s + check.reason);
        options.symbols = list;
    }
    if (parser.isSet(provider)) {
        const ProviderInfo *info = ProviderRegistry::find(parser.value(provider));
        if (!info)
            return usageError(QCoreApplication::translate("main", "unknown provider \u201c%1\u201d; available: %2.").arg(parser.value(provider), providerNames()));
        if (options.demo && info->name != u"simulated")
            return usageError(QCoreApplication::translate("main", "--demo uses the simulated market; it cannot be combined with --provider %1.").arg(info->name));
        options.provider = info->name;
    }
    if (parser.isSet(database)) {
        if (parser.value(database).trimmed().isEmpty())
            return usageError(QCoreApplication::translate("main", "--database needs a path or URL."));
        options.database = parser.value(database);
    }
    if (parser.isSet(screenshot)) {
        const QFileInfo file(parser.value(screenshot));
        if (file.fileName().isEmpty() || !file.absoluteDir().exists())
            return usageError(QCoreApplication::translate("main", "--screenshot: the folder of \u201c%1\u201d does not exist.").arg(parser.value(screenshot)));
        options.screenshot = file.absoluteFilePath();
    }
    if (parser.isSet(chart)) {
        const QString mode = parser.value(chart).trimmed().toLower();
        if (mode != u"line" && mode != u"candles")
            return usageError(QCoreApplication::translate("main", "--chart: \u201c%1\u201d is neither line nor candles.").arg(parser.value(chart)));
        options.chart = mode;
    }
    if (parser.isSet(clock)) {
        const QDateTime start = QDateTime::fromString(parser.value(clock).trimmed(), Qt::ISODateWithMs);
        if (!start.isValid())
            return usageError(QCoreApplication::translate("main", "--clock: \u201c%1\u201d is not an ISO 8601 time such as 2026-12-05T15:00:00Z.").arg(parser.value(clock)));
        options.clockStartMs = start.toMSecsSinceEpoch();
    }
    if (parser.isSet(language)) {
        options.language = languageCode(parser.value(language));
        if (!options.language)
            return usageError(QCoreApplication::translate("main", "unknown language \u201c%1\u201d; available: %2, system.").arg(parser.value(language), languageCodes()));
    }
    return options;
}

EngineConfig engineConfigFor(const Settings &settings, const AppOptions &options)
{
    EngineConfig config;
    config.feed = feedConfigFromSettings(settings);
    // The watchlist is the user's one, whatever the provider: the window and
    // Settings → Tickers show the same list.
    if (options.demo)
        config.feed.provider = u"simulated"_s;
    if (options.provider)
        config.feed.provider = *options.provider;
    // The settings' server URL goes with "tickerline" whoever chose it, and
    // never to a provider the command line chose instead.
    config.feed.endpoint = endpointFromSettings(settings, config.feed.provider);
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

} // namespace tickerline
