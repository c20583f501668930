#pragma once

#include "Engine.h"

#include <QStringList>

#include <optional>
#include <variant>

namespace tickerline {

class Settings;

// `tickerline [options]`, for this run only: what is set here wins over Settings.
struct AppOptions
{
    bool demo = false;
    std::optional<QStringList> symbols;
    std::optional<QString> provider;     // a ProviderRegistry name
    std::optional<QString> database;
    std::optional<QString> screenshot;   // an absolute path in a folder that exists
    std::optional<QString> language;     // a code of availableLanguages(), or "" for the system's
    std::optional<QString> chart;        // "line" or "candles"
    // --clock: the app's time starts at this UTC instant and runs on from there,
    // for screenshots and tests of a weekend or a session; the system clock otherwise.
    std::optional<qint64> clockStartMs;
};

// --help or --version: print the text on stdout, exit 0.
struct AppInfoText
{
    QString text;
};

// One line for stderr (after "tickerline: "); exit code 2.
struct AppUsageError
{
    QString message;
};

using AppCommand = std::variant<AppOptions, AppInfoText, AppUsageError>;

// Parses the whole command line, program name first (QCoreApplication::arguments()).
[[nodiscard]] AppCommand parseAppArguments(const QStringList &arguments);

// The language to show: a valid --language, read ahead of the other options
// so that their help and errors, and everything built from then on, use it;
// otherwise `chosen` (the one in Settings). parseAppArguments() reports a bad value.
[[nodiscard]] QString startupLanguage(const QStringList &arguments, const QString &chosen);

// Settings, with the command-line choices on top for this run only. A
// PostgreSQL database without --provider or --demo: a viewer of what a
// collector records there.
[[nodiscard]] EngineConfig engineConfigFor(const Settings &settings, const AppOptions &options);

} // namespace tickerline
