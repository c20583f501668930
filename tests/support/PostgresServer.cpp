#include "PostgresServer.h"

#include <QCollator>
#include <QDir>
#include <QFile>
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
    const auto holdsServer = [](const QString &bin) {
        return QFileInfo(bin + QStringLiteral("/initdb")).isExecutable() && QFileInfo(bin + QStringLiteral("/pg_ctl")).isExecutable();
    };
    if (qEnvironmentVariableIsSet("TICKERLINE_POSTGRES_BINDIR")) {
        const QString bin = qEnvironmentVariable("TICKERLINE_POSTGRES_BINDIR");
        return holdsServer(bin) ? QFileInfo(bin).absoluteFilePath() : QString();
    }
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), [&numeric](const QString &a, const QString &b) {
        return numeric.compare(a, b) > 0;
    });
    for (const QString &version : std::as_const(versions)) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
        if (holdsServer(bin))
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
        m_error = QString::fromLatin1(realPartsRequired() ? MissingMessage : SkipMessage);
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
    QStringList initdb{QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("tickerline"),
                       QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--no-sync")};
    if (m_password.isEmpty()) {
        initdb << QStringLiteral("--auth=trust");
    } else {
        // Unix sockets stay trusted for createdb; TCP, which the app uses, wants the password.
        QFile passwordFile(m_dir.filePath(QStringLiteral("password")));
        if (!passwordFile.open(QIODevice::WriteOnly) || passwordFile.write(m_password.toUtf8() + '\n') < 0) {
            m_error = QStringLiteral("cannot write the password file");
            return false;
        }
        passwordFile.close();
        initdb << QStringLiteral("--auth-local=trust") << QStringLiteral("--auth-host=scram-sha-256")
               << QStringLiteral("--pwfile=%1").arg(passwordFile.fileName());
    }
    if (!run(QStringLiteral("initdb"), initdb, kStartTimeoutMs))
        return false;
    return startServer();
}

bool PostgresServer::startServer()
{
    // fsync off: a test server's data need not survive a power cut.
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                                .arg(m_port)
                                .arg(m_dir.path());
    m_running = run(QStringLiteral("pg_ctl"),
                    {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
                     QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options},
                    kStartTimeoutMs);
    return m_running;
}

void PostgresServer::requirePassword(const QString &password)
{
    m_password = password;
}

bool PostgresServer::stopServer()
{
    if (!m_running) {
        m_error = QStringLiteral("the server is not running");
        return false;
    }
    stop();
    return true;
}

bool PostgresServer::restart()
{
    return !m_running && startServer();
}

bool PostgresServer::createDatabase(const QString &name)
{
    // Through the Unix socket, which is trusted also when TCP wants a password.
    return run(QStringLiteral("createdb"),
               {QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"), QString::number(m_port),
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
    // immediate: like a crash for clients; restart() recovers from the WAL.
    (void)run(QStringLiteral("pg_ctl"),
              {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-m"), QStringLiteral("immediate"),
               QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data"))},
              kStartTimeoutMs);
}

} // namespace tickerline::test
