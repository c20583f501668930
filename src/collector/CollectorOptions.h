#pragma once

#include "FeedConfig.h"

#include <QStringList>

#include <optional>
#include <variant>

namespace tickerline {

struct RecordOptions
{
    FeedConfig feed;
    QString database;              // empty: the default location
    QString databasePassword;      // one that was in the URL; empty: PGPASSWORD
    std::optional<double> durationSeconds;
};

struct ExportOptions
{
    QString database;
    QStringList symbols;           // empty: all
    qint64 fromMs = 0;             // 0: unbounded
    qint64 toMs = 0;
    QString format = QStringLiteral("csv");
};

struct ImportOptions
{
    QString database;
    QString file;
    bool skipBadRows = false;      // default: any bad row imports nothing
};

struct ProvidersOptions {};
struct HelpOptions { QString text; };

struct UsageError
{
    QString message;               // one line, for stderr; exit code 2
};

using CollectorCommand =
    std::variant<RecordOptions, ExportOptions, ImportOptions, ProvidersOptions, HelpOptions, UsageError>;

// Parses `tickerline-collector <command> [options]` (arguments without the
// program name). Every bad argument gives a UsageError with one clear line.
[[nodiscard]] CollectorCommand parseCollectorArguments(const QStringList &arguments);

} // namespace tickerline
