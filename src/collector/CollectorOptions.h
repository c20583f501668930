#pragma once

#include "FeedConfig.h"
#include "ServerConfig.h"

#include <QSslCertificate>
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
    bool withFeed = true;          // serve without --provider: no feed, only what publishers send
    bool streamLog = false;        // serve: number committed ticks for resuming clients
};

struct ServeOptions
{
    RecordOptions record;
    ServerConfig server;
};

struct PushOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8765;
    QByteArray token;              // publish token, from --token-file or TICKERLINE_PUBLISH_TOKEN
    QString file;                  // empty: generate --count messages; "-": standard input
    int count = 0;
    double delaySeconds = 0;
    int batch = 0;                 // ticks per message; 0: 1 for --count, 500 for --file
    QStringList symbols{QStringLiteral("PUSH")};
    QString provider = QStringLiteral("push");
    bool verbose = false;
    double timeoutSeconds = 30;
    bool tls = false;              // wss://
    QList<QSslCertificate> caCertificates;   // --ca: trusted besides the system's
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

using CollectorCommand = std::variant<RecordOptions, ServeOptions, PushOptions, ExportOptions, ImportOptions,
                                      ProvidersOptions, HelpOptions, UsageError>;

// Parses `tickerline-collector <command> [options]` (arguments without the
// program name). Every bad argument gives a UsageError with one clear line.
[[nodiscard]] CollectorCommand parseCollectorArguments(const QStringList &arguments);

} // namespace tickerline
