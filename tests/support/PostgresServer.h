#pragma once

#include "TestSupport.h"

#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace tickerline::test {

// A throw-away PostgreSQL server for tests: initdb into a temporary folder,
// pg_ctl start on 127.0.0.1 at a free port (unix sockets in that folder too,
// never in /run), stopped and removed by the destructor. initdb refuses to
// run as root, so as root the folder is given to the "postgres" user (the
// Debian package creates it) and the server runs as that user via runuser.
// Without server binaries (binDir() empty) a test says
// TICKERLINE_POSTGRES_MISSING(): a skip for a developer, a failure when
// realPartsRequired() (CI, scripts/test), since scripts/setup installs them.
class PostgresServer final
{
    Q_DISABLE_COPY_MOVE(PostgresServer)
public:
    PostgresServer();
    ~PostgresServer();

    // TICKERLINE_POSTGRES_BINDIR when set (a server built elsewhere; empty
    // when it lacks initdb or pg_ctl, which also simulates a missing server),
    // else the newest /usr/lib/postgresql/<version>/bin holding initdb and
    // pg_ctl, or the folder of an initdb on PATH; empty when there is none.
    [[nodiscard]] static QString binDir();
    static constexpr const char *SkipMessage =
        "no PostgreSQL server binaries (initdb, pg_ctl): apt-get install postgresql (scripts/setup does)";
    static constexpr const char *MissingMessage =
        "no PostgreSQL server binaries (initdb, pg_ctl), and CI=true or TICKERLINE_REQUIRE_REAL_PARTS=1 "
        "requires them: apt-get install postgresql (scripts/setup does), or point TICKERLINE_POSTGRES_BINDIR "
        "at a folder holding initdb and pg_ctl; TICKERLINE_REQUIRE_REAL_PARTS=0 skips these tests instead";

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

// In a test function (or init/initTestCase) that needs PostgreSQL where
// binDir() is empty: fails with what to install when real parts are required,
// else skips with the reason. A macro because QFAIL/QSKIP return from the
// test function.
#define TICKERLINE_POSTGRES_MISSING()                                                          \
    do {                                                                                       \
        if (::tickerline::test::realPartsRequired())                                           \
            QFAIL(::tickerline::test::PostgresServer::MissingMessage);                         \
        QSKIP(::tickerline::test::PostgresServer::SkipMessage);                                \
    } while (false)
