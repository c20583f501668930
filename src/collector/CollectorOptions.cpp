#include "CollectorOptions.h"

#include "ProviderRegistry.h"
#include "Symbol.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QUrl>

#include <cmath>

namespace tickerline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Collector", text);
}

QString usageText()
{
    return QStringLiteral(
        "Usage:\n"
        "  tickerline-collector record --provider NAME --symbols A,B [--endpoint URL] [--database PATH]\n"
        "                              [--duration SECONDS] [--poll-interval SECONDS] [--stale-timeout SECONDS]\n"
        "                              [--rate TICKS_PER_SECOND] [--seed N]\n"
        "  tickerline-collector export --database PATH [--symbols A,B] [--from ISO] [--to ISO] --format csv\n"
        "  tickerline-collector providers\n"
        "\n"
        "record runs until --duration elapses or SIGINT/SIGTERM, then commits everything received.\n"
        "API keys come from the environment (see `tickerline-collector providers`).\n");
}

// Parses a positive number of seconds; nullopt with an error message otherwise.
std::optional<double> positiveSeconds(const QCommandLineParser &parser, const QString &name, QString *error)
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0) {
        *error = tr("--%1 needs a positive number of seconds, got \u201c%2\u201d.").arg(name, parser.value(name));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> isoTime(const QString &text, const QString &name, QString *error)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        *error = tr("--%1 needs an ISO-8601 time such as 2026-11-24T14:00:00Z, got \u201c%2\u201d.").arg(name, text);
        return std::nullopt;
    }
    if (time.timeSpec() == Qt::LocalTime && !text.endsWith(u'Z') && !text.contains(u'+'))
        time.setTimeZone(QTimeZone::utc());   // times without an offset are UTC, as stored
    return time.toMSecsSinceEpoch();
}

bool parseOptions(QCommandLineParser &parser, const QStringList &arguments, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("tickerline-collector")} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument \u201c%1\u201d.").arg(parser.positionalArguments().constFirst());
        return false;
    }
    return true;
}

CollectorCommand parseRecord(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("provider"), tr("Provider name."), QStringLiteral("NAME")},
        {QStringLiteral("symbols"), tr("Comma-separated symbols."), QStringLiteral("A,B")},
        {QStringLiteral("endpoint"), tr("Base URL replacing the provider's."), QStringLiteral("URL")},
        {QStringLiteral("database"), tr("SQLite file."), QStringLiteral("PATH")},
        {QStringLiteral("duration"), tr("Stop after this many seconds."), QStringLiteral("SECONDS")},
        {QStringLiteral("poll-interval"), tr("Seconds between polls."), QStringLiteral("SECONDS")},
        {QStringLiteral("stale-timeout"), tr("Seconds without data before a feed is stale."), QStringLiteral("SECONDS")},
        {QStringLiteral("rate"), tr("Simulated ticks per second per symbol."), QStringLiteral("N")},
        {QStringLiteral("seed"), tr("Seed of the simulated market."), QStringLiteral("N")},
    });
    QString error;
    if (!parseOptions(parser, arguments, &error))
        return UsageError{error};

    RecordOptions options;
    if (!parser.isSet(QStringLiteral("provider")))
        return UsageError{tr("record needs --provider NAME (see `tickerline-collector providers`).")};
    options.feed.provider = parser.value(QStringLiteral("provider")).trimmed().toLower();
    if (!ProviderRegistry::find(options.feed.provider))
        return UsageError{tr("Unknown provider \u201c%1\u201d (see `tickerline-collector providers`).")
                              .arg(options.feed.provider)};
    if (!parser.isSet(QStringLiteral("symbols")))
        return UsageError{tr("record needs --symbols A,B.")};
    const SymbolCheck symbols = Symbol::checkList(parser.value(QStringLiteral("symbols")), &options.feed.symbols);
    if (!symbols.ok)
        return UsageError{tr("Bad --symbols: %1").arg(symbols.reason)};
    if (parser.isSet(QStringLiteral("endpoint"))) {
        const QUrl url(parser.value(QStringLiteral("endpoint")), QUrl::StrictMode);
        const QString scheme = url.scheme();
        if (!url.isValid() || url.host().isEmpty()
            || !(scheme == u"http" || scheme == u"https" || scheme == u"ws" || scheme == u"wss"))
            return UsageError{tr("--endpoint needs an http(s):// or ws(s):// URL, got \u201c%1\u201d.")
                                  .arg(parser.value(QStringLiteral("endpoint")))};
        options.feed.endpoint = url;
    }
    options.database = parser.value(QStringLiteral("database"));
    if (parser.isSet(QStringLiteral("duration"))) {
        options.durationSeconds = positiveSeconds(parser, QStringLiteral("duration"), &error);
        if (!options.durationSeconds)
            return UsageError{error};
    }
    if (parser.isSet(QStringLiteral("poll-interval"))) {
        const auto seconds = positiveSeconds(parser, QStringLiteral("poll-interval"), &error);
        if (!seconds)
            return UsageError{error};
        options.feed.pollIntervalMs = qint64(*seconds * 1000);
    }
    if (parser.isSet(QStringLiteral("stale-timeout"))) {
        const auto seconds = positiveSeconds(parser, QStringLiteral("stale-timeout"), &error);
        if (!seconds)
            return UsageError{error};
        options.feed.staleTimeoutMs = qint64(*seconds * 1000);
    }
    if (parser.isSet(QStringLiteral("rate"))) {
        bool ok = false;
        const double rate = parser.value(QStringLiteral("rate")).toDouble(&ok);
        if (!ok || !(rate > 0 && rate <= 1e7))
            return UsageError{tr("--rate needs a number of ticks per second between 0 and 10000000.")};
        options.feed.ticksPerSecondPerSymbol = rate;
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        const uint seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok || seed == 0)
            return UsageError{tr("--seed needs a positive whole number.")};
        options.feed.seed = seed;
    }
    options.feed.apiKey = ProviderRegistry::keyFromEnvironment(options.feed.provider);
    return options;
}

CollectorCommand parseExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("database"), tr("SQLite file."), QStringLiteral("PATH")},
        {QStringLiteral("symbols"), tr("Comma-separated symbols."), QStringLiteral("A,B")},
        {QStringLiteral("from"), tr("Start time, ISO-8601."), QStringLiteral("ISO")},
        {QStringLiteral("to"), tr("End time, ISO-8601."), QStringLiteral("ISO")},
        {QStringLiteral("format"), tr("Output format (csv)."), QStringLiteral("FORMAT")},
    });
    QString error;
    if (!parseOptions(parser, arguments, &error))
        return UsageError{error};
    ExportOptions options;
    if (!parser.isSet(QStringLiteral("database")) || parser.value(QStringLiteral("database")).isEmpty())
        return UsageError{tr("export needs --database PATH.")};
    options.database = parser.value(QStringLiteral("database"));
    options.format = parser.value(QStringLiteral("format"));
    if (options.format.isEmpty())
        return UsageError{tr("export needs --format csv.")};
    if (options.format != u"csv")
        return UsageError{tr("Unknown --format \u201c%1\u201d; supported: csv.").arg(options.format)};
    if (parser.isSet(QStringLiteral("symbols"))) {
        const SymbolCheck check = Symbol::checkList(parser.value(QStringLiteral("symbols")), &options.symbols);
        if (!check.ok)
            return UsageError{tr("Bad --symbols: %1").arg(check.reason)};
    }
    if (parser.isSet(QStringLiteral("from"))) {
        const auto from = isoTime(parser.value(QStringLiteral("from")), QStringLiteral("from"), &error);
        if (!from)
            return UsageError{error};
        options.fromMs = *from;
    }
    if (parser.isSet(QStringLiteral("to"))) {
        const auto to = isoTime(parser.value(QStringLiteral("to")), QStringLiteral("to"), &error);
        if (!to)
            return UsageError{error};
        options.toMs = *to;
    }
    if (options.fromMs && options.toMs && options.toMs < options.fromMs)
        return UsageError{tr("--to is before --from.")};
    return options;
}

} // namespace

CollectorCommand parseCollectorArguments(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return UsageError{tr("Missing command: record, export or providers (try --help).")};
    const QString &command = arguments.constFirst();
    const QStringList rest = arguments.mid(1);
    if (command == u"--help" || command == u"-h" || command == u"help")
        return HelpOptions{usageText()};
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h")))
        return HelpOptions{usageText()};
    if (command == u"record")
        return parseRecord(rest);
    if (command == u"export")
        return parseExport(rest);
    if (command == u"providers") {
        if (!rest.isEmpty())
            return UsageError{tr("providers takes no arguments.")};
        return ProvidersOptions{};
    }
    return UsageError{tr("Unknown command \u201c%1\u201d: use record, export or providers.").arg(command)};
}

} // namespace tickerline
