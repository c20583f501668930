#include "PostgresServer.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace tickerline::test {

namespace {

constexpr int kStartTimeoutMs = 60'000;

bool runsAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;   // initdb's refusal concerns Unix root only
#endif
}

// The folder to the postgres user, who runs the server (root only).
bool giveToPostgres(const QString &path, QString *error)
{
#ifndef Q_OS_UNIX
    Q_UNUSED(path)
    *error = QStringLiteral("no postgres user on this system");
    return false;
#else
    const passwd *user = ::getpwnam("postgres");
    if (!user) {
        *error = QStringLiteral("running as root, and there is no \"postgres\" user to run the server as");
        return false;
    }
    if (::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) != 0) {
        *error = QStringLiteral("cannot give %1 to the postgres user").arg(path);
        return false;
    }
    return true;
#endif
}

int freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

PostgresServer::PostgresServer() : m_bin(binDir()) {}

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::binDir()
{
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), [&numeric](const QString &a, const QString &b) {
        return numeric.compare(a, b) > 0;
    });
    for (const QString &version : std::as_const(versions)) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable() && QFileInfo(bin + QStringLiteral("/pg_ctl")).isExecutable())
            return bin;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    const QString binary = m_bin + QLatin1Char('/') + program;
    if (runsAsRoot())
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), binary} + arguments);
    else
        process.start(binary, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        process.kill();
        m_error = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool PostgresServer::start()
{
    if (m_bin.isEmpty()) {
        m_error = QString::fromLatin1(SkipMessage);
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    if (runsAsRoot() && !giveToPostgres(m_dir.path(), &m_error))
        return false;
    m_port = freePort();
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("tickerline"), QStringLiteral("--auth=trust"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
             kStartTimeoutMs))
        return false;
    // fsync off: a test server's data need not survive a power cut.
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                                .arg(m_port)
                                .arg(m_dir.path());
    m_running = run(QStringLiteral("pg_ctl"),
                    {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-D"), data, QStringLiteral("-l"),
                     m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options},
                    kStartTimeoutMs);
    return m_running;
}

bool PostgresServer::createDatabase(const QString &name)
{
    return run(QStringLiteral("createdb"),
               {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                QStringLiteral("-U"), QStringLiteral("tickerline"), name},
               kStartTimeoutMs);
}

QString PostgresServer::url(const QString &database) const
{
    return QStringLiteral("postgresql://tickerline@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

void PostgresServer::stop()
{
    if (!m_running)
        return;
    m_running = false;
    // immediate: the data is thrown away with the folder anyway.
    (void)run(QStringLiteral("pg_ctl"),
              {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-m"), QStringLiteral("immediate"),
               QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data"))},
              kStartTimeoutMs);
}

} // namespace tickerline::test
