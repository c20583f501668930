#include "StoreLocation.h"

#include <QList>
#include <QUrl>

#include <algorithm>
#include <array>
#include <optional>

namespace tickerline {

namespace {

// A URL cut the way libpq cuts it, each part still percent-encoded as typed,
// so that taking the password out leaves the rest of the text as it was.
// QUrl is not used: it refuses a percent-encoded socket folder as host
// (postgresql://%2Fvar%2Frun%2Fpostgresql/db) and re-encodes what it keeps.
struct RawUrl
{
    QString scheme;                          // "postgresql" or "postgres"
    std::optional<QString> user;             // before '@'
    std::optional<QString> password;         // after "user:"
    QString hostPort;
    std::optional<QString> path;             // after the first '/', without it
    QList<std::pair<QString, QString>> query;
};

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

std::optional<RawUrl> cut(const QString &location)
{
    const qsizetype schemeEnd = location.indexOf(QLatin1String("://"));
    if (schemeEnd <= 0)
        return std::nullopt;
    RawUrl url;
    url.scheme = location.left(schemeEnd);
    QString rest = location.mid(schemeEnd + 3);
    if (const qsizetype hash = rest.indexOf(QLatin1Char('#')); hash >= 0)
        rest.truncate(hash);   // fragments mean nothing to libpq
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        const QStringList items = rest.mid(q + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts);
        for (const QString &item : items) {
            const qsizetype eq = item.indexOf(QLatin1Char('='));
            url.query.append({eq < 0 ? item : item.left(eq), eq < 0 ? QString() : item.mid(eq + 1)});
        }
        rest.truncate(q);
    }
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        url.path = rest.mid(slash + 1);
        rest.truncate(slash);
    }
    // The last '@': a password may hold one unencoded.
    if (const qsizetype at = rest.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = rest.left(at);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        url.user = colon < 0 ? userInfo : userInfo.left(colon);
        if (colon >= 0)
            url.password = userInfo.mid(colon + 1);
        rest = rest.mid(at + 1);
    }
    url.hostPort = rest;
    return url;
}

bool isPasswordParameter(const QString &name)
{
    return decoded(name).compare(QLatin1String("password"), Qt::CaseInsensitive) == 0;
}

// Put back together without the password and, when `keep` says so, without
// some query parameters.
template<typename Keep>
QString joined(const RawUrl &url, Keep keep)
{
    QString out = url.scheme + QLatin1String("://");
    if (url.user)
        out += *url.user + QLatin1Char('@');
    out += url.hostPort;
    if (url.path)
        out += QLatin1Char('/') + *url.path;
    QStringList items;
    for (const auto &[name, value] : url.query) {
        if (!isPasswordParameter(name) && keep(decoded(name)))
            items.append(name + QLatin1Char('=') + value);
    }
    if (!items.isEmpty())
        out += QLatin1Char('?') + items.join(QLatin1Char('&'));
    return out;
}

// libpq parameters a URL may carry besides host, port, user, password and
// dbname, passed through to the driver. Anything else is refused by name:
// libpq would refuse it too, less clearly.
constexpr std::array kPassedThrough{
    "sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl", "sslsni", "sslcompression",
    "connect_timeout", "application_name", "target_session_attrs", "gssencmode", "channel_binding",
    "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count", "tcp_user_timeout",
    "krbsrvname", "requirepeer", "options",
};

// Shown by redactedLocation(): where and how, never credentials or files.
constexpr std::array kHarmless{"host", "port", "dbname", "user", "sslmode", "connect_timeout", "application_name",
                               "target_session_attrs"};

template<std::size_t N>
bool listed(const std::array<const char *, N> &names, const QString &name)
{
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return name == QLatin1String(n); });
}

constexpr std::array kSslModes{"disable", "allow", "prefer", "require", "verify-ca", "verify-full"};

// One key='value' of a libpq connection string, quoted as libpq reads it.
QString conninfoItem(const QString &name, QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return name + QLatin1String("='") + value + QLatin1Char('\'');
}

} // namespace

StoreBackend backendOf(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
                   || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)
               ? StoreBackend::Postgres
               : StoreBackend::Sqlite;
}

QString redactedLocation(const QString &location)
{
    if (!isPostgresLocation(location))
        return location;
    const std::optional<RawUrl> url = cut(location);
    if (!url)
        return QStringLiteral("postgresql://(invalid URL)");
    return joined(*url, [](const QString &name) { return listed(kHarmless, name); });
}

SplitLocation splitPassword(const QString &location)
{
    if (!isPostgresLocation(location))
        return {location, {}};
    const std::optional<RawUrl> url = cut(location);
    if (!url)
        return {location, {}};
    SplitLocation split;
    const PostgresTarget target = parsePostgresUrl(location);
    if (target.passwordInUrl)
        split.password = target.password;
    split.location = joined(*url, [](const QString &) { return true; });
    return split;
}

PostgresTarget parsePostgresUrl(const QString &location)
{
    PostgresTarget target;
    const std::optional<RawUrl> url = cut(location);
    if (!url) {
        target.error = QStringLiteral("not a valid postgresql:// URL");
        return target;
    }
    if (url->user)
        target.user = decoded(*url->user);
    if (url->password) {
        target.password = decoded(*url->password);
        target.passwordInUrl = true;
    }
    QString host = url->hostPort;
    QString port;
    if (host.startsWith(QLatin1Char('['))) {   // [::1]:5432
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        if (close < 0) {
            target.error = QStringLiteral("the URL's IPv6 address lacks its closing ]");
            return target;
        }
        if (host.mid(close + 1).startsWith(QLatin1Char(':')))
            port = host.mid(close + 2);
        host = host.mid(1, close - 1);
    } else if (const qsizetype colon = host.indexOf(QLatin1Char(':')); colon >= 0) {
        port = host.mid(colon + 1);
        host.truncate(colon);
    }
    target.host = decoded(host);
    if (url->path)
        target.database = decoded(*url->path);

    QStringList options;
    bool timeoutGiven = false;
    for (const auto &[rawName, rawValue] : url->query) {
        const QString name = decoded(rawName);
        const QString value = decoded(rawValue);
        if (name == QLatin1String("host")) {
            target.host = value;
        } else if (name == QLatin1String("port")) {
            port = value;
        } else if (name == QLatin1String("user")) {
            target.user = value;
        } else if (name == QLatin1String("password")) {
            target.password = value;
            target.passwordInUrl = true;
        } else if (name == QLatin1String("dbname")) {
            target.database = value;
        } else if (listed(kPassedThrough, name)) {
            if (name == QLatin1String("sslmode") && !listed(kSslModes, value)) {
                target.error = QStringLiteral("sslmode=%1 is not one of disable, allow, prefer, require, verify-ca, "
                                              "verify-full").arg(value);
                return target;
            }
            // Qt's driver turns every ';' of the options into a space.
            if (value.contains(QLatin1Char(';'))) {
                target.error = QStringLiteral("the value of %1 may not contain ';'").arg(name);
                return target;
            }
            timeoutGiven = timeoutGiven || name == QLatin1String("connect_timeout");
            options.append(conninfoItem(name, value));
        } else {
            target.error = QStringLiteral("unknown connection parameter \u201c%1\u201d").arg(name);
            return target;
        }
    }
    if (!timeoutGiven)
        options.append(QStringLiteral("connect_timeout=10"));
    target.connectOptions = options.join(QLatin1Char(' '));

    if (target.host.contains(QLatin1Char(','))) {
        target.error = QStringLiteral("the URL names several hosts; give one");
        return target;
    }
    if (port.isEmpty())
        port = qEnvironmentVariable("PGPORT");   // as libpq: the URL's, else PGPORT, else 5432
    if (!port.isEmpty()) {
        bool ok = false;
        target.port = port.toInt(&ok);
        if (!ok || target.port < 1 || target.port > 65535) {
            target.error = QStringLiteral("port \u201c%1\u201d is not a number from 1 to 65535").arg(port);
            return target;
        }
    }
    if (target.database.isEmpty() || target.database.contains(QLatin1Char('/'))) {
        target.error = QStringLiteral("the URL names no database (postgresql://user@host:port/database, "
                                      "or postgresql:///database for the local socket)");
        return target;
    }
    if (!target.passwordInUrl)
        target.password = qEnvironmentVariable("PGPASSWORD");
    return target;
}

QString shortPostgresName(const QString &location)
{
    const PostgresTarget target = parsePostgresUrl(location);
    const QString host = target.viaSocket() ? QStringLiteral("socket") : target.host;
    return target.user + QLatin1Char('@') + host + QLatin1Char('/') + target.database;
}

} // namespace tickerline
