#include "CollectorOptions.h"

#include "JsonFeeds.h"
#include "ProviderChains.h"
#include "ProviderRegistry.h"
#include "PushOptions.h"
#include "ServeOptions.h"
#include "StoreLocation.h"
#include "Symbol.h"
#include "TlsFiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QTimeZone>
#include <QUrl>

#include <cmath>

namespace tickerline {

namespace {

QString tr(const char *text)
{
    // The context lupdate gives a tr() outside a class: its namespace.
    return QCoreApplication::translate("tickerline", text);
}

QString usageText()
{
    return QStringLiteral(
        "Usage:\n"
        "  tickerline-collector record --provider NAME --symbols A,B [--endpoint URL] [--database PATH|URL]\n"
        "                              [--duration SECONDS] [--poll-interval SECONDS] [--stale-timeout SECONDS]\n"
        "                              [--rate TICKS_PER_SECOND] [--seed N]\n"
        "                              [--failover P1,P2|auto|SYM=P1,P2;…] (--provider optional: then it leads the list)\n"
        "         --provider sse|websocket-json --endpoint URL --price-pointer P [--symbol-pointer P]\n"
        "                              [--items-pointer P] [--time-pointer P] [--size-pointer P]\n"
        "                              [--time-unit s|ms|us|iso] [--subscribe TEMPLATE]\n"
        "         --provider replay --replay FILE.csv [--speed N]\n"
        "         --provider tickerline --endpoint ws(s)://HOST:8765 [--ca FILE.pem] (TICKERLINE_TOKEN off loopback)\n"
        "  tickerline-collector export --database PATH|URL [--symbols A,B] [--from ISO] [--to ISO] --format csv\n"
        "  tickerline-collector import --database PATH|URL FILE.csv [--skip-bad-rows]\n"
        "  tickerline-collector serve [--listen HOST:PORT] [--database PATH] [record options; --provider optional]\n"
        "                             [--token-file FILE] [--publish-token-file FILE] [--max-clients N]\n"
        "                             [--max-subscriptions N] [--max-message-bytes N] [--publish-rate TICKS_PER_SECOND]\n"
        "                             [--send-queue-bytes N] [--heartbeat SECONDS] [--allow-origin ORIGIN]\n"
        "  tickerline-collector push [--host H] [--port P] [--token-file FILE] [--verbose] [--timeout SECONDS]\n"
        "                            (--count N [--delay S] [--symbols A,B] | --file FILE.csv|FILE.jsonl|-) [--batch N]\n"
        "  tickerline-collector providers\n"
        "\n"
        "serve records as record does and serves the ticks it commits on ws://HOST:PORT/v1/stream (default\n"
        "127.0.0.1:8765; docs/server-protocol.md); without --provider it serves what publishers send. Tokens come\n"
        "from the files or TICKERLINE_READ_TOKEN / TICKERLINE_PUBLISH_TOKEN; any address but loopback needs one.\n"
        "push publishes ticks and waits for each acknowledgement, re-sending what was not acknowledged after a\n"
        "reconnect; it exits 1 if anything stays unacknowledged.\n"
        "\n"
        "record runs until --duration elapses or SIGINT/SIGTERM, then commits everything received.\n"
        "import reads CSV as export writes it and checks every row; bad rows are listed as FILE:LINE: reason.\n"
        "Any bad row imports nothing, unless --skip-bad-rows imports the good ones. Ticks already stored\n"
        "are skipped, so importing a file twice adds nothing.\n"
        "API keys come from the environment (see `tickerline-collector providers`).\n"
        "\n"
        "sse and websocket-json read any JSON feed through RFC 6901 pointers (\"/data/0/p\"; \"\" is the value\n"
        "itself): --items-pointer finds an array of items (or one item), the other pointers are relative to\n"
        "an item; without --symbol-pointer the feed has one symbol, the one in --symbols; without\n"
        "--time-pointer ticks take the receive time. --subscribe is sent on every connect (websocket-json),\n"
        "or appended to the URL's query (sse): {symbol} makes one message per symbol, {symbols} one with\n"
        "all of them comma-joined, e.g. '{\"type\":\"subscribe\",\"symbol\":\"{symbol}\"}'.\n"
        "replay plays FILE.csv (symbol,time,price,volume, as export writes it) back with its recorded times\n"
        "and spacing divided by --speed (default 1; 0: as fast as possible); to replay a database, export it.\n");
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

// A SQLite path or a postgresql:// URL; any other URL would otherwise become
// a folder named "mysql:". Never echoed, as a URL may carry a password.
std::optional<UsageError> checkDatabase(const QString &database)
{
    if (isPostgresLocation(database)) {
        const PostgresTarget target = parsePostgresUrl(database);
        if (target.error.isEmpty())
            return std::nullopt;
        return UsageError{tr("--database: %1.").arg(target.error)};
    }
    if (!database.contains(u"://"))
        return std::nullopt;
    return UsageError{tr("--database takes a SQLite file path or a postgresql://user@host:port/database URL.")};
}

bool parseOptions(QCommandLineParser &parser, const QStringList &arguments, QString *error,
                  qsizetype allowedPositionals = 0)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("tickerline-collector")} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.positionalArguments().size() > allowedPositionals) {
        *error = tr("Unexpected argument \u201c%1\u201d.").arg(parser.positionalArguments().at(allowedPositionals));
        return false;
    }
    return true;
}

std::optional<QString> applyReplayOptions(const QCommandLineParser &parser, FeedConfig &feed)
{
    if (!parser.isSet(QStringLiteral("replay")))
        return tr("--provider replay needs --replay FILE.csv (a recording as export writes it).");
    const QFileInfo file(parser.value(QStringLiteral("replay")));
    if (!file.isFile() || !file.isReadable())
        return tr("--replay: cannot read \u201c%1\u201d.").arg(parser.value(QStringLiteral("replay")));
    feed.endpoint = QUrl::fromLocalFile(file.absoluteFilePath());
    if (parser.isSet(QStringLiteral("speed"))) {
        bool ok = false;
        const double speed = parser.value(QStringLiteral("speed")).toDouble(&ok);
        if (!ok || !(speed >= 0 && speed <= 1e6))
            return tr("--speed needs a number from 0 (as fast as possible) to 1000000, got \u201c%1\u201d.")
                .arg(parser.value(QStringLiteral("speed")));
        feed.replaySpeed = speed;
    }
    return std::nullopt;
}

std::optional<QString> applyJsonOptions(const QCommandLineParser &parser, FeedConfig &feed)
{
    if (!parser.isSet(QStringLiteral("price-pointer")))
        return tr("--provider %1 needs --price-pointer P (a JSON pointer such as /p).").arg(feed.provider);
    JsonMappingConfig &mapping = feed.json.mapping;
    mapping.itemsPointer = parser.value(QStringLiteral("items-pointer"));
    mapping.pricePointer = parser.value(QStringLiteral("price-pointer"));
    const auto optionalPointer = [&parser](const QString &name) {
        return parser.isSet(name) ? std::optional(parser.value(name)) : std::nullopt;
    };
    mapping.symbolPointer = optionalPointer(QStringLiteral("symbol-pointer"));
    mapping.timePointer = optionalPointer(QStringLiteral("time-pointer"));
    mapping.sizePointer = optionalPointer(QStringLiteral("size-pointer"));
    if (parser.isSet(QStringLiteral("time-unit"))) {
        static const QHash<QString, TimeUnit> units{{QStringLiteral("s"), TimeUnit::Seconds},
                                                    {QStringLiteral("ms"), TimeUnit::Milliseconds},
                                                    {QStringLiteral("us"), TimeUnit::Microseconds},
                                                    {QStringLiteral("iso"), TimeUnit::Iso8601}};
        const QString unit = parser.value(QStringLiteral("time-unit"));
        if (!units.contains(unit))
            return tr("--time-unit needs s, ms, us or iso, got \u201c%1\u201d.").arg(unit);
        mapping.timeUnit = units.value(unit);
    }
    feed.json.subscribeTemplate = parser.value(QStringLiteral("subscribe"));
    if (const std::optional<QString> problem = jsonFeedProblem(feed))
        return tr("Bad --provider %1 options: %2").arg(feed.provider, *problem);
    return std::nullopt;
}

// The options that only some providers take; an error when given to another.
std::optional<QString> applySourceOptions(const QCommandLineParser &parser, FeedConfig &feed)
{
    const bool json = feed.provider == u"sse" || feed.provider == u"websocket-json";
    const bool replay = feed.provider == u"replay";
    static const QStringList jsonOptions{QStringLiteral("subscribe"),     QStringLiteral("items-pointer"),
                                         QStringLiteral("symbol-pointer"), QStringLiteral("price-pointer"),
                                         QStringLiteral("time-pointer"),   QStringLiteral("size-pointer"),
                                         QStringLiteral("time-unit")};
    static const QStringList replayOptions{QStringLiteral("replay"), QStringLiteral("speed")};
    for (const QString &name : jsonOptions) {
        if (!json && parser.isSet(name))
            return tr("--%1 is only for --provider sse or websocket-json.").arg(name);
    }
    for (const QString &name : replayOptions) {
        if (!replay && parser.isSet(name))
            return tr("--%1 is only for --provider replay.").arg(name);
    }
    if (parser.isSet(QStringLiteral("ca"))) {
        if (feed.provider != u"tickerline")
            return tr("--ca is only for --provider tickerline (a serving collector on wss://).");
        QString problem;
        if (!readCaFile(parser.value(QStringLiteral("ca")), &problem))
            return tr("--ca: %1.").arg(problem);
        feed.caCertificatesFile = parser.value(QStringLiteral("ca"));
    }
    if (replay)
        return applyReplayOptions(parser, feed);
    if (json)
        return applyJsonOptions(parser, feed);
    return std::nullopt;
}

// --failover, and --provider beside it: the provider named must lead the
// list for every symbol, or the two say different things.
std::optional<QString> applyFailover(const QCommandLineParser &parser, FeedConfig &feed)
{
    const FailoverParse parsed = parseFailover(parser.value(QStringLiteral("failover")));
    if (!parsed.ok())
        return tr("Bad --failover: %1.").arg(parsed.error);
    if (!parsed.options.enabled)
        return tr("--failover needs providers, e.g. --failover coinbase,binance or --failover auto.");
    if (!parser.isSet(QStringLiteral("symbols")))
        return tr("record needs --symbols A,B.");
    feed.failover = parsed.options;
    if (parser.isSet(QStringLiteral("provider"))) {
        const QString provider = parser.value(QStringLiteral("provider")).trimmed().toLower();
        if (parsed.options.providers.value(0) != provider)
            return tr("--provider %1 and --failover disagree: put %1 first in --failover, or leave --provider out.")
                .arg(provider);
    }
    feed.provider = parsed.options.providers.value(0);
    return std::nullopt;
}

CollectorCommand parseRecord(const QStringList &arguments, bool serve)
{
    QCommandLineParser parser;
    if (serve)
        parser.addOptions(serveCommandLineOptions());
    parser.addOptions({
        {QStringLiteral("provider"), tr("Provider name."), QStringLiteral("NAME")},
        {QStringLiteral("symbols"), tr("Comma-separated symbols."), QStringLiteral("A,B")},
        {QStringLiteral("endpoint"), tr("Base URL replacing the provider's."), QStringLiteral("URL")},
        {QStringLiteral("database"), tr("SQLite file or postgresql://user@host:port/database (password from PGPASSWORD)."), QStringLiteral("PATH|URL")},
        {QStringLiteral("duration"), tr("Stop after this many seconds."), QStringLiteral("SECONDS")},
        {QStringLiteral("poll-interval"), tr("Seconds between polls."), QStringLiteral("SECONDS")},
        {QStringLiteral("stale-timeout"), tr("Seconds without data before a feed is stale."), QStringLiteral("SECONDS")},
        {QStringLiteral("failover"), tr("Providers in order of preference: P1,P2, auto, or SYM=P1,P2 entries joined by ';'."),
         QStringLiteral("LISTS")},
        {QStringLiteral("rate"), tr("Simulated ticks per second per symbol."), QStringLiteral("N")},
        {QStringLiteral("seed"), tr("Seed of the simulated market."), QStringLiteral("N")},
        {QStringLiteral("subscribe"), tr("Subscribe template (sse, websocket-json)."), QStringLiteral("TEMPLATE")},
        {QStringLiteral("items-pointer"), tr("JSON pointer to the items."), QStringLiteral("P")},
        {QStringLiteral("symbol-pointer"), tr("JSON pointer to an item's symbol."), QStringLiteral("P")},
        {QStringLiteral("price-pointer"), tr("JSON pointer to an item's price."), QStringLiteral("P")},
        {QStringLiteral("time-pointer"), tr("JSON pointer to an item's time."), QStringLiteral("P")},
        {QStringLiteral("size-pointer"), tr("JSON pointer to an item's size."), QStringLiteral("P")},
        {QStringLiteral("time-unit"), tr("Unit of the time: s, ms, us or iso."), QStringLiteral("UNIT")},
        {QStringLiteral("replay"), tr("CSV recording to replay."), QStringLiteral("FILE")},
        {QStringLiteral("speed"), tr("Replay speed; 0: as fast as possible."), QStringLiteral("N")},
        {QStringLiteral("ca"), tr("Trust the CA certificates in this PEM file too (tickerline on wss://, e.g. a self-signed server's)."),
         QStringLiteral("FILE")},
    });
    QString error;
    if (!parseOptions(parser, arguments, &error))
        return UsageError{error};

    RecordOptions options;
    const bool failover = parser.isSet(QStringLiteral("failover"));
    options.withFeed = !serve || parser.isSet(QStringLiteral("provider")) || failover;
    options.streamLog = serve;
    if (!options.withFeed) {
        // Serving what publishers send: --symbols names what may be subscribed before anyone publishes.
        for (const QString &name : {QStringLiteral("endpoint"), QStringLiteral("rate"), QStringLiteral("seed"),
                                    QStringLiteral("poll-interval"), QStringLiteral("stale-timeout"), QStringLiteral("ca")}) {
            if (parser.isSet(name))
                return UsageError{tr("--%1 needs --provider NAME.").arg(name)};
        }
    } else if (!parser.isSet(QStringLiteral("provider")) && !failover) {
        return UsageError{tr("record needs --provider NAME (see `tickerline-collector providers`).")};
    }
    if (options.withFeed && failover) {
        if (const std::optional<QString> failoverError = applyFailover(parser, options.feed))
            return UsageError{*failoverError};
    } else if (options.withFeed) {
        options.feed.provider = parser.value(QStringLiteral("provider")).trimmed().toLower();
        if (!ProviderRegistry::find(options.feed.provider))
            return UsageError{tr("Unknown provider \u201c%1\u201d (see `tickerline-collector providers`).")
                                  .arg(options.feed.provider)};
        if (!parser.isSet(QStringLiteral("symbols")))
            return UsageError{tr("record needs --symbols A,B.")};
    }
    if (parser.isSet(QStringLiteral("symbols"))) {
        const SymbolCheck symbols = Symbol::checkList(parser.value(QStringLiteral("symbols")), &options.feed.symbols);
        if (!symbols.ok)
            return UsageError{tr("Bad --symbols: %1").arg(symbols.reason)};
    }
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
    if (const auto problem = checkDatabase(options.database))
        return *problem;
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
    if (options.withFeed) {
        if (const std::optional<QString> sourceError = applySourceOptions(parser, options.feed))
            return UsageError{*sourceError};
        options.feed.apiKey = ProviderRegistry::keyFromEnvironment(options.feed.provider);
        if (failover) {
            // Every provider that may take over needs its key at hand.
            for (const ProviderSpec &spec : ProviderRegistry::specs()) {
                if (const QString key = environmentKey(spec); !key.isEmpty())
                    options.feed.failover.apiKeys.insert(spec.name, key);
            }
            options.feed.provider = providerChain(options.feed.symbols.value(0), options.feed.failover).value(0);
            options.feed.apiKey = ProviderRegistry::keyFromEnvironment(options.feed.provider);
        }
    }
    if (!serve)
        return options;
    if (isPostgresLocation(options.database))
        return UsageError{tr("serve records into a SQLite file; serving from a PostgreSQL database is not supported yet.")};
    ServeOptions served{options, {}};
    served.server.symbols = options.feed.symbols;
    if (const std::optional<QString> problem = applyServeOptions(parser, served.server))
        return UsageError{*problem};
    return served;
}

CollectorCommand parseExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("database"), tr("SQLite file or postgresql:// URL."), QStringLiteral("PATH|URL")},
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
    if (const auto problem = checkDatabase(options.database))
        return *problem;
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

CollectorCommand parseImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("database"), tr("SQLite file (created if missing) or postgresql:// URL."), QStringLiteral("PATH|URL")},
        {QStringLiteral("skip-bad-rows"), tr("Import the good rows when some are bad.")},
    });
    parser.addPositionalArgument(QStringLiteral("file"), tr("CSV file."), QStringLiteral("FILE.csv"));
    QString error;
    if (!parseOptions(parser, arguments, &error, 1))
        return UsageError{error};
    ImportOptions options;
    if (!parser.isSet(QStringLiteral("database")) || parser.value(QStringLiteral("database")).isEmpty())
        return UsageError{tr("import needs --database PATH.")};
    options.database = parser.value(QStringLiteral("database"));
    if (const auto problem = checkDatabase(options.database))
        return *problem;
    if (parser.positionalArguments().isEmpty())
        return UsageError{tr("import needs the CSV file to read.")};
    options.file = parser.positionalArguments().constFirst();
    options.skipBadRows = parser.isSet(QStringLiteral("skip-bad-rows"));
    return options;
}

} // namespace

CollectorCommand parseCollectorArguments(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return UsageError{tr("Missing command: record, serve, push, export, import or providers (try --help).")};
    const QString &command = arguments.constFirst();
    const QStringList rest = arguments.mid(1);
    if (command == u"--help" || command == u"-h" || command == u"help")
        return HelpOptions{usageText()};
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h")))
        return HelpOptions{usageText()};
    if (command == u"record")
        return parseRecord(rest, false);
    if (command == u"serve")
        return parseRecord(rest, true);
    if (command == u"push")
        return parsePush(rest);
    if (command == u"export")
        return parseExport(rest);
    if (command == u"import")
        return parseImport(rest);
    if (command == u"providers") {
        if (!rest.isEmpty())
            return UsageError{tr("providers takes no arguments.")};
        return ProvidersOptions{};
    }
    return UsageError{
        tr("Unknown command \u201c%1\u201d: use record, serve, push, export, import or providers.").arg(command)};
}

} // namespace tickerline
