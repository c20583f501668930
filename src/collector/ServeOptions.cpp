#include "ServeOptions.h"

#include "TlsFiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

#include <cmath>
#include <functional>

namespace tickerline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tickerline", text);
}

// A whole number in [minimum, maximum]; the error names the option.
std::optional<qint64> wholeOption(const QCommandLineParser &parser, const QString &name, qint64 minimum,
                                  qint64 maximum, QString *error)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        *error = tr("--%1 needs a whole number from %2 to %3, got \u201c%4\u201d.")
                     .arg(name)
                     .arg(minimum)
                     .arg(maximum)
                     .arg(parser.value(name));
        return std::nullopt;
    }
    return value;
}

// From the file when given, else from the environment; never echoed.
std::optional<QString> readToken(const QCommandLineParser &parser, const QString &option, const char *variable,
                                 QByteArray &token)
{
    if (parser.isSet(option)) {
        QString error;
        const std::optional<QByteArray> read = readTokenFile(parser.value(option), &error);
        if (!read)
            return tr("--%1: %2.").arg(option, error);
        token = *read;
        return std::nullopt;
    }
    token = qgetenv(variable).trimmed();
    if (!token.isEmpty() && token.size() < 16)
        return tr("%1 is shorter than 16 characters.").arg(QString::fromLatin1(variable));
    return std::nullopt;
}

} // namespace

QList<QCommandLineOption> serveCommandLineOptions()
{
    return {
        {QStringLiteral("listen"), tr("Address and port to serve on (default 127.0.0.1:8765)."), QStringLiteral("HOST:PORT")},
        {QStringLiteral("token-file"), tr("File holding the read token."), QStringLiteral("FILE")},
        {QStringLiteral("publish-token-file"), tr("File holding the publish token."), QStringLiteral("FILE")},
        {QStringLiteral("max-clients"), tr("Most clients at once."), QStringLiteral("N")},
        {QStringLiteral("max-subscriptions"), tr("Most symbols one client may subscribe to."), QStringLiteral("N")},
        {QStringLiteral("max-message-bytes"), tr("Largest message a client may send."), QStringLiteral("N")},
        {QStringLiteral("publish-rate"), tr("Most ticks per second one publisher may send."), QStringLiteral("N")},
        {QStringLiteral("send-queue-bytes"), tr("Unsent bytes after which a slow client is cut."), QStringLiteral("N")},
        {QStringLiteral("heartbeat"), tr("Seconds between heartbeats."), QStringLiteral("SECONDS")},
        {QStringLiteral("allow-origin"), tr("Web page origin allowed to connect (repeatable), e.g. https://example.org."), QStringLiteral("ORIGIN")},
        {QStringLiteral("cert"), tr("Serve TLS (wss://, https://) with this PEM certificate (chain)."), QStringLiteral("FILE")},
        {QStringLiteral("key"), tr("The certificate's PEM private key."), QStringLiteral("FILE")},
    };
}

std::optional<ListenAddress> parseListenAddress(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    ListenAddress address;
    address.port = quint16(port);
    if (host == u"localhost")
        address.host = QHostAddress(QHostAddress::LocalHost);
    else if (!address.host.setAddress(host))
        return std::nullopt;
    return address;
}

std::optional<QString> applyServeOptions(const QCommandLineParser &parser, ServerConfig &config)
{
    if (parser.isSet(QStringLiteral("listen"))) {
        const std::optional<ListenAddress> address = parseListenAddress(parser.value(QStringLiteral("listen")));
        if (!address)
            return tr("--listen needs HOST:PORT with a numeric address, e.g. 127.0.0.1:8765, got \u201c%1\u201d.")
                .arg(parser.value(QStringLiteral("listen")));
        config.host = address->host;
        config.port = address->port;
    }
    if (auto problem = readToken(parser, QStringLiteral("token-file"), "TICKERLINE_READ_TOKEN", config.tokens.read))
        return problem;
    if (auto problem = readToken(parser, QStringLiteral("publish-token-file"), "TICKERLINE_PUBLISH_TOKEN",
                                 config.tokens.publish))
        return problem;
    if (!config.host.isLoopback() && config.tokens.read.isEmpty())
        return tr("--listen %1 is reachable from other machines: serving there needs a read token "
                  "(--token-file FILE or TICKERLINE_READ_TOKEN).")
            .arg(config.host.toString());
    QString error;
    const auto whole = [&](const char *name, qint64 minimum, qint64 maximum) -> std::optional<qint64> {
        return wholeOption(parser, QString::fromLatin1(name), minimum, maximum, &error);
    };
    ServerLimits &limits = config.limits;
    const std::pair<const char *, std::function<bool()>> numbers[] = {
        {"max-clients", [&] { const auto v = whole("max-clients", 1, 100'000); if (v) limits.maxClients = int(*v); return v.has_value(); }},
        {"max-subscriptions", [&] { const auto v = whole("max-subscriptions", 1, 100'000); if (v) limits.maxSubscriptionsPerClient = int(*v); return v.has_value(); }},
        {"max-message-bytes", [&] { const auto v = whole("max-message-bytes", 256, 64 << 20); if (v) limits.maxMessageBytes = *v; return v.has_value(); }},
        {"publish-rate", [&] { const auto v = whole("publish-rate", 1, 100'000'000); if (v) limits.publishTicksPerSecond = double(*v); return v.has_value(); }},
        {"send-queue-bytes", [&] { const auto v = whole("send-queue-bytes", 4096, qint64(1) << 32); if (v) limits.sendQueueBytes = *v; return v.has_value(); }},
    };
    for (const auto &[name, apply] : numbers) {
        if (parser.isSet(QString::fromLatin1(name)) && !apply())
            return error;
    }
    if (parser.isSet(QStringLiteral("heartbeat"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("heartbeat")).toDouble(&ok);
        if (!ok || !(seconds >= 0.05 && seconds <= 3600))
            return tr("--heartbeat needs a number of seconds from 0.05 to 3600, got \u201c%1\u201d.")
                .arg(parser.value(QStringLiteral("heartbeat")));
        limits.heartbeatMs = int(std::lround(seconds * 1000));
    }
    const bool cert = parser.isSet(QStringLiteral("cert"));
    if (cert != parser.isSet(QStringLiteral("key")))
        return tr("--cert and --key go together.");
    if (cert) {
        QString problem;
        config.tls = serverTlsConfiguration(parser.value(QStringLiteral("cert")), parser.value(QStringLiteral("key")),
                                            &problem);
        if (!config.tls)
            return tr("TLS: %1.").arg(problem);
    }
    for (const QString &origin : parser.values(QStringLiteral("allow-origin"))) {
        const QUrl url(origin, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || !url.path().isEmpty()
            || !(url.scheme() == u"http" || url.scheme() == u"https"))
            return tr("--allow-origin needs an origin such as https://example.org (scheme and host, no path), got "
                      "\u201c%1\u201d.")
                .arg(origin);
        config.allowedOrigins.append(origin);
    }
    return std::nullopt;
}

} // namespace tickerline
