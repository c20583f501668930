#include "PostgresConnectError.h"

#include <QRegularExpression>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace tickerline {

namespace {

// libpq's default user when none is named.
QString defaultUser()
{
    const QString fromEnvironment = qEnvironmentVariable("PGUSER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef Q_OS_UNIX
    if (const passwd *user = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(user->pw_name);
#endif
    return qEnvironmentVariable("USERNAME");
}

// Where the connection went, as libpq said ("socket /x/.s.PGSQL.5432",
// "127.0.0.1:5432"), or else as the URL says.
QString whereFrom(const PostgresTarget &target, const QString &message)
{
    static const QRegularExpression socket(QLatin1String(R"re(on socket "([^"]+)")re"));
    static const QRegularExpression tcp(QLatin1String(R"re(server at "([^"]+)"(?: \([^)]*\))?, port (\d+))re"));
    if (const auto match = socket.match(message); match.hasMatch())
        return QStringLiteral("socket %1").arg(match.captured(1));
    if (const auto match = tcp.match(message); match.hasMatch())
        return QStringLiteral("%1:%2").arg(match.captured(1), match.captured(2));
    if (target.host.isEmpty()) {
        const QString pgHost = qEnvironmentVariable("PGHOST");
        return pgHost.isEmpty() ? QStringLiteral("the local socket (libpq's default folder), port %1").arg(target.port)
                                : QStringLiteral("PGHOST %1, port %2").arg(pgHost).arg(target.port);
    }
    if (target.viaSocket())
        return QStringLiteral("socket %1/.s.PGSQL.%2").arg(target.host).arg(target.port);
    return QStringLiteral("%1:%2").arg(target.host).arg(target.port);
}

// The reasons without libpq's framing: "connection to server … failed: "
// and "FATAL:" dropped, its tab-indented hints dropped (ours follow), one
// reason per distinct cause (localhost is tried as ::1 and as 127.0.0.1).
QString reasonFrom(const QString &message)
{
    static const QRegularExpression framing(QLatin1String(R"re(^.*connection to server .* failed:\s*)re"));
    static const QRegularExpression severity(QLatin1String(R"re(^(FATAL|ERROR):\s*)re"));
    QStringList reasons;
    const QStringList lines = message.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('\t')))
            continue;
        QString reason = line;
        reason.remove(framing);
        reason = reason.simplified();
        reason.remove(severity);
        if (!reason.isEmpty() && !reasons.contains(reason))
            reasons.append(reason);
    }
    return reasons.isEmpty() ? QStringLiteral("no reason given") : reasons.join(QLatin1String("; "));
}

QString hintFor(const QString &reason, const PostgresTarget &target)
{
    const auto has = [&reason](const char *words) { return reason.contains(QLatin1String(words), Qt::CaseInsensitive); };
    if (has("password authentication failed") || has("no password supplied") || has("SCRAM"))
        return QStringLiteral("give the right password: PGPASSWORD for the collector, Settings \u2192 Data in the app");
    if (has("Peer authentication failed"))
        return QStringLiteral("over the socket the server wants the user to be your login name: leave the user out "
                              "(postgresql:///%1) or use TCP with a password (postgresql://user@localhost/%1)")
            .arg(target.database);
    if (has("role") && has("does not exist"))
        return QStringLiteral("create that role (sudo -u postgres createuser NAME) or put an existing user before the @");
    if (has("database") && has("does not exist"))
        return QStringLiteral("create it (createdb %1) or correct the name after the /").arg(target.database);
    if (has("pg_hba.conf"))
        return QStringLiteral("the server's pg_hba.conf has no rule for this user, database and address; ask its administrator");
    if (has("No such file or directory"))
        return QStringLiteral("is the server running? Name its socket folder with ?host=/folder (Debian: "
                              "/var/run/postgresql), or a host name for TCP");
    if (has("Connection refused"))
        return QStringLiteral("is the server running and listening there (listen_addresses and port in postgresql.conf)?");
    if (has("Permission denied"))
        return QStringLiteral("this user may not open that socket; check the folder's permissions");
    if (has("could not translate host name"))
        return QStringLiteral("check the host name in the URL");
    if (has("timeout expired") || has("timed out"))
        return QStringLiteral("check that the host is reachable and the port open (a firewall?)");
    if (has("SSL"))
        return QStringLiteral("choose another sslmode (?sslmode=prefer or disable) or enable SSL on the server");
    return QStringLiteral("check the URL: postgresql://user@host:port/database, or postgresql://user@/database?host=/socket/folder");
}

} // namespace

QString postgresConnectFailure(const PostgresTarget &target, const QString &libpqMessage)
{
    const QString user = target.user.isEmpty() ? defaultUser() : target.user;
    const QString reason = reasonFrom(libpqMessage);
    return QStringLiteral("cannot connect to %1 as user \u201c%2\u201d: %3 \u2014 try: %4")
        .arg(whereFrom(target, libpqMessage), user, reason, hintFor(reason, target));
}

} // namespace tickerline
