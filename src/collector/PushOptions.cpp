#include "PushOptions.h"

#include "ServeOptions.h"
#include "Symbol.h"
#include "TlsFiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace tickerline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tickerline", text);
}

} // namespace

CollectorCommand parsePush(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({
        {QStringLiteral("host"), tr("Serving collector's address (default 127.0.0.1)."), QStringLiteral("H")},
        {QStringLiteral("port"), tr("Its port (default 8765)."), QStringLiteral("P")},
        {QStringLiteral("token-file"), tr("File holding the publish token."), QStringLiteral("FILE")},
        {QStringLiteral("count"), tr("Messages to send."), QStringLiteral("N")},
        {QStringLiteral("delay"), tr("Seconds between messages."), QStringLiteral("S")},
        {QStringLiteral("file"), tr("Ticks to send: CSV as export writes it, or JSON lines; - for standard input."), QStringLiteral("FILE")},
        {QStringLiteral("batch"), tr("Ticks per message."), QStringLiteral("N")},
        {QStringLiteral("symbols"), tr("Symbols of generated ticks (default PUSH)."), QStringLiteral("A,B")},
        {QStringLiteral("provider"), tr("Provider name the ticks are stored under (default push)."), QStringLiteral("NAME")},
        {QStringLiteral("timeout"), tr("Give up after this many seconds without an acknowledgement."), QStringLiteral("SECONDS")},
        {QStringLiteral("verbose"), tr("Print every acknowledgement.")},
        {QStringLiteral("tls"), tr("Connect with TLS (wss://), trusting the system's CAs.")},
        {QStringLiteral("ca"), tr("Connect with TLS and trust the CA certificates in this PEM file too (e.g. a self-signed server's)."), QStringLiteral("FILE")},
    });
    if (!parser.parse(QStringList{QStringLiteral("tickerline-collector")} + arguments))
        return UsageError{parser.errorText()};
    if (!parser.positionalArguments().isEmpty())
        return UsageError{tr("Unexpected argument \u201c%1\u201d.").arg(parser.positionalArguments().constFirst())};

    PushOptions options;
    options.verbose = parser.isSet(QStringLiteral("verbose"));
    if (parser.isSet(QStringLiteral("host"))) {
        options.host = parser.value(QStringLiteral("host")).trimmed();
        if (options.host.isEmpty())
            return UsageError{tr("--host needs an address.")};
    }
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return UsageError{tr("--port needs a port number from 1 to 65535.")};
        options.port = quint16(port);
    }
    const bool count = parser.isSet(QStringLiteral("count"));
    const bool file = parser.isSet(QStringLiteral("file"));
    if (count == file)
        return UsageError{tr("push needs either --count N or --file FILE.")};
    if (count) {
        bool ok = false;
        options.count = parser.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || options.count < 1 || options.count > 100'000'000)
            return UsageError{tr("--count needs a whole number from 1 to 100000000.")};
    } else {
        options.file = parser.value(QStringLiteral("file"));
        if (parser.isSet(QStringLiteral("symbols")))
            return UsageError{tr("--symbols is for generated ticks (--count); a file names its own.")};
    }
    if (parser.isSet(QStringLiteral("delay"))) {
        bool ok = false;
        options.delaySeconds = parser.value(QStringLiteral("delay")).toDouble(&ok);
        if (!ok || !std::isfinite(options.delaySeconds) || options.delaySeconds < 0 || options.delaySeconds > 3600)
            return UsageError{tr("--delay needs a number of seconds from 0 to 3600.")};
    }
    if (parser.isSet(QStringLiteral("batch"))) {
        bool ok = false;
        options.batch = parser.value(QStringLiteral("batch")).toInt(&ok);
        if (!ok || options.batch < 1 || options.batch > 10'000)
            return UsageError{tr("--batch needs a whole number from 1 to 10000.")};
    }
    if (parser.isSet(QStringLiteral("symbols"))) {
        const SymbolCheck check = Symbol::checkList(parser.value(QStringLiteral("symbols")), &options.symbols);
        if (!check.ok)
            return UsageError{tr("Bad --symbols: %1").arg(check.reason)};
    }
    if (parser.isSet(QStringLiteral("provider"))) {
        static const QRegularExpression name(QStringLiteral("^[a-z0-9_-]{1,32}$"));
        options.provider = parser.value(QStringLiteral("provider"));
        if (!name.match(options.provider).hasMatch())
            return UsageError{tr("--provider needs 1 to 32 of a-z 0-9 _ -.")};
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        options.timeoutSeconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || !(options.timeoutSeconds > 0 && options.timeoutSeconds <= 86'400))
            return UsageError{tr("--timeout needs a positive number of seconds.")};
    }
    options.tls = parser.isSet(QStringLiteral("tls")) || parser.isSet(QStringLiteral("ca"));
    if (parser.isSet(QStringLiteral("ca"))) {
        QString error;
        const std::optional<QList<QSslCertificate>> cas = readCaFile(parser.value(QStringLiteral("ca")), &error);
        if (!cas)
            return UsageError{tr("--ca: %1.").arg(error)};
        options.caCertificates = *cas;
    }
    if (parser.isSet(QStringLiteral("token-file"))) {
        QString error;
        const std::optional<QByteArray> token = readTokenFile(parser.value(QStringLiteral("token-file")), &error);
        if (!token)
            return UsageError{tr("--token-file: %1.").arg(error)};
        options.token = *token;
    } else {
        options.token = qgetenv("TICKERLINE_PUBLISH_TOKEN").trimmed();
    }
    return options;
}

} // namespace tickerline
