#pragma once

#include <QString>
#include <QTemporaryDir>

namespace tickerline::test {

// A throw-away PostgreSQL server for tests: initdb into a temporary folder,
// pg_ctl start on 127.0.0.1 at a free port (unix sockets in that folder too,
// never in /run), stopped and removed by the destructor. initdb refuses to
// run as root, so as root the folder is given to the "postgres" user (the
// Debian package creates it) and the server runs as that user via runuser.
// Tests QSKIP only when binDir() is empty: CI installs the binaries
// (scripts/setup), so there a missing server is a failure, not a skip.
class PostgresServer final
{
    Q_DISABLE_COPY_MOVE(PostgresServer)
public:
    PostgresServer();
    ~PostgresServer();

    // The newest /usr/lib/postgresql/<version>/bin holding initdb and pg_ctl,
    // or the folder of an initdb on PATH; empty when there is none.
    [[nodiscard]] static QString binDir();
    static constexpr const char *SkipMessage =
        "no PostgreSQL server binaries (initdb, pg_ctl): apt-get install postgresql (scripts/setup does)";

    // Before start(): the server asks for this password (scram-sha-256) on
    // TCP connections; url() still holds none, so the client must supply it.
    void requirePassword(const QString &password);
    // False with errorMessage() set when the server could not be set up.
    [[nodiscard]] bool start();
    // Takes the server down as an outage would (immediate: no checkpoint,
    // every session cut), keeping its data; restart() brings it back on the
    // same port. For reconnect tests.
    [[nodiscard]] bool stopServer();
    [[nodiscard]] bool restart();
    // A new, empty database; false on error. Names are test constants.
    [[nodiscard]] bool createDatabase(const QString &name);
    // postgresql://tickerline@127.0.0.1:<port>/<database>; no password in it.
    [[nodiscard]] QString url(const QString &database) const;
    // The folder of its Unix socket (.s.PGSQL.<port>), and that port: for
    // postgresql://user@/db?host=<folder>&port=<port>. The socket is trusted.
    [[nodiscard]] QString socketDir() const { return m_dir.path(); }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] const QString &errorMessage() const { return m_error; }

private:
    bool run(const QString &program, const QStringList &arguments, int timeoutMs);
    bool startServer();
    void stop();

    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_running = false;
    QString m_password;
    QString m_error;
};

} // namespace tickerline::test
