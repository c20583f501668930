// postgresql:// URLs read the way libpq reads them (empty host = the local
// socket, ?host=/folder, sslmode …), the password cut out of what is stored
// and shown, and a failed connection told in one line: where, as whom, the
// server's reason, what to try. Connections against a real server
// (tests/support/PostgresServer), over its Unix socket and over TCP.
#include "PostgresServer.h"
#include "StoreConnection.h"
#include "StoreLocation.h"

#include <QTest>
#include <QUrl>

using namespace tickerline;
using namespace Qt::StringLiterals;

class TstStoreLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parse_data();
    void parse();
    void refused_data();
    void refused();
    void passwordIsCutOut_data();
    void passwordIsCutOut();
    void redactedLocationKeepsWhereNotWho();
    void socketConnectionOpens_data();
    void socketConnectionOpens();
    void failedConnectionIsOneLine_data();
    void failedConnectionIsOneLine();

private:
    std::unique_ptr<test::PostgresServer> m_server;
};

void TstStoreLocation::initTestCase()
{
    qunsetenv("PGPASSWORD");
    qunsetenv("PGHOST");
    qunsetenv("PGPORT");
    if (test::PostgresServer::binDir().isEmpty())
        return;
    m_server = std::make_unique<test::PostgresServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorMessage()));
    QVERIFY2(m_server->createDatabase(u"team"_s), qPrintable(m_server->errorMessage()));
}

void TstStoreLocation::parse_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");
    QTest::addColumn<bool>("viaSocket");

    const QString timeout = u"connect_timeout=10"_s;
    QTest::newRow("tcp") << u"postgresql://ann@db.example:6543/ticks"_s << u"db.example"_s << 6543 << u"ann"_s
                         << u"ticks"_s << timeout << false;
    QTest::newRow("postgres scheme, default port") << u"postgres://ann@db.example/ticks"_s << u"db.example"_s << 5432
                                                   << u"ann"_s << u"ticks"_s << timeout << false;
    QTest::newRow("empty host: local socket") << u"postgresql:///ticks"_s << QString() << 5432 << QString() << u"ticks"_s
                                              << timeout << true;
    QTest::newRow("user, empty host") << u"postgresql://me@/ticks"_s << QString() << 5432 << u"me"_s << u"ticks"_s
                                      << timeout << true;
    QTest::newRow("host= socket folder") << u"postgresql://me@/ticks?host=/var/run/postgresql"_s
                                         << u"/var/run/postgresql"_s << 5432 << u"me"_s << u"ticks"_s << timeout << true;
    QTest::newRow("percent-encoded socket folder") << u"postgresql://%2Fvar%2Frun%2Fpostgresql:5433/ticks"_s
                                                   << u"/var/run/postgresql"_s << 5433 << QString() << u"ticks"_s
                                                   << timeout << true;
    QTest::newRow("ipv6") << u"postgresql://ann@[::1]:5433/ticks"_s << u"::1"_s << 5433 << u"ann"_s << u"ticks"_s
                          << timeout << false;
    QTest::newRow("sslmode and timeout") << u"postgresql://ann@db/ticks?sslmode=require&connect_timeout=3"_s << u"db"_s
                                         << 5432 << u"ann"_s << u"ticks"_s
                                         << u"sslmode='require' connect_timeout='3'"_s << false;
    QTest::newRow("query overrides") << u"postgresql:///x?dbname=ticks&user=bob&port=6000&host=db"_s << u"db"_s << 6000
                                     << u"bob"_s << u"ticks"_s << timeout << false;
    QTest::newRow("quote in a value") << u"postgresql://ann@db/ticks?application_name=it%27s"_s << u"db"_s << 5432
                                      << u"ann"_s << u"ticks"_s << u"application_name='it\\'s' connect_timeout=10"_s
                                      << false;
}

void TstStoreLocation::parse()
{
    QFETCH(QString, url);
    const PostgresTarget target = parsePostgresUrl(url);
    QVERIFY2(target.error.isEmpty(), qPrintable(target.error));
    QTEST(target.host, "host");
    QTEST(target.port, "port");
    QTEST(target.user, "user");
    QTEST(target.database, "database");
    QTEST(target.connectOptions, "options");
    QTEST(target.viaSocket(), "viaSocket");
    QVERIFY(!target.passwordInUrl);
}

void TstStoreLocation::refused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("error");
    QTest::newRow("no database") << u"postgresql://ann@db/"_s << u"names no database"_s;
    QTest::newRow("bad port") << u"postgresql://ann@db:99999/ticks"_s << u"port \u201c99999\u201d"_s;
    QTest::newRow("bad sslmode") << u"postgresql://ann@db/ticks?sslmode=always"_s << u"sslmode=always"_s;
    QTest::newRow("unknown parameter") << u"postgresql://ann@db/ticks?colour=red"_s << u"\u201ccolour\u201d"_s;
    QTest::newRow("several hosts") << u"postgresql://ann@a,b/ticks"_s << u"several hosts"_s;
    QTest::newRow("semicolon") << u"postgresql://ann@db/ticks?application_name=a;b"_s << u"';'"_s;
}

void TstStoreLocation::refused()
{
    QFETCH(QString, url);
    QFETCH(QString, error);
    const PostgresTarget target = parsePostgresUrl(url);
    QVERIFY2(target.error.contains(error), qPrintable(target.error));
}

void TstStoreLocation::passwordIsCutOut_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("password");
    QTest::newRow("userinfo") << u"postgresql://ann:s3cret@db:6543/ticks"_s << u"postgresql://ann@db:6543/ticks"_s
                              << u"s3cret"_s;
    QTest::newRow("encoded, with @ and :") << u"postgresql://ann:p%40ss:w@db/ticks?sslmode=require"_s
                                           << u"postgresql://ann@db/ticks?sslmode=require"_s << u"p@ss:w"_s;
    QTest::newRow("query") << u"postgresql://ann@/ticks?host=/run/pg&password=s3cret"_s
                           << u"postgresql://ann@/ticks?host=/run/pg"_s << u"s3cret"_s;
    QTest::newRow("none") << u"postgresql://ann@db/ticks"_s << u"postgresql://ann@db/ticks"_s << QString();
    QTest::newRow("sqlite") << u"/data/a:b@c.sqlite"_s << u"/data/a:b@c.sqlite"_s << QString();
}

void TstStoreLocation::passwordIsCutOut()
{
    QFETCH(QString, url);
    const SplitLocation split = splitPassword(url);
    QTEST(split.location, "location");
    QTEST(split.password, "password");
}

void TstStoreLocation::redactedLocationKeepsWhereNotWho()
{
    QCOMPARE(redactedLocation(u"postgresql://ann:s3cret@db/ticks?sslmode=require&password=x&sslkey=/home/ann/k"_s),
             u"postgresql://ann@db/ticks?sslmode=require"_s);
    QCOMPARE(redactedLocation(u"postgresql://ann@/ticks?host=/run/pg"_s), u"postgresql://ann@/ticks?host=/run/pg"_s);
    QCOMPARE(shortPostgresName(u"postgresql://ann@/ticks?host=/run/pg"_s), u"ann@socket/ticks"_s);
    QCOMPARE(shortPostgresName(u"postgresql://ann:pw@db:6543/ticks"_s), u"ann@db/ticks"_s);
}

void TstStoreLocation::socketConnectionOpens_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("viaEnvironment");   // PGHOST and PGPORT name the socket, as for psql
    if (!m_server)
        return;
    const QString dir = m_server->socketDir();
    const int port = m_server->port();
    QTest::newRow("host= parameter") << u"postgresql://tickerline@/team?host=%1&port=%2"_s.arg(dir).arg(port) << false;
    // One arg() call: the folder's "%2F" must not be taken for a placeholder.
    QTest::newRow("encoded host") << u"postgresql://tickerline@%1:%2/team"_s.arg(
                                         QString::fromLatin1(QUrl::toPercentEncoding(dir)), QString::number(port))
                                  << false;
    QTest::newRow("empty host, PGHOST") << u"postgresql://tickerline@/team"_s << true;
}

void TstStoreLocation::socketConnectionOpens()
{
    if (!m_server)
        TICKERLINE_POSTGRES_MISSING();
    QFETCH(QString, url);
    QFETCH(bool, viaEnvironment);
    if (viaEnvironment) {
        qputenv("PGHOST", m_server->socketDir().toLocal8Bit());
        qputenv("PGPORT", QByteArray::number(m_server->port()));
    }
    StoreConnection connection;
    const bool opened = connection.open(url, StoreConnection::Mode::Write);
    qunsetenv("PGHOST");
    qunsetenv("PGPORT");
    QVERIFY2(opened, qPrintable(connection.errorMessage()));
    // Over the socket, not TCP: the server sees no client address.
    QCOMPARE(connection.scalar(u"SELECT inet_client_addr() IS NULL"_s).toBool(), true);
}

void TstStoreLocation::failedConnectionIsOneLine_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("expected");
    if (!m_server)
        return;
    const QString dir = m_server->socketDir();
    const int port = m_server->port();
    QTest::newRow("no server at that socket")
        << u"postgresql://ann@/team?host=/nonexistent/pg&port=%1"_s.arg(port)
        << QStringList{u"cannot connect to socket /nonexistent/pg/.s.PGSQL.%1 as user \u201cann\u201d: "_s.arg(port),
                       u"No such file or directory"_s, u"try: is the server running?"_s};
    QTest::newRow("unknown user") << u"postgresql://nobody@/team?host=%1&port=%2"_s.arg(dir).arg(port)
                                  << QStringList{u"socket %1/.s.PGSQL.%2 as user \u201cnobody\u201d"_s.arg(dir).arg(port),
                                                 u"role \"nobody\" does not exist"_s, u"try: create that role"_s};
    QTest::newRow("unknown database") << u"postgresql://tickerline@/nothere?host=%1&port=%2"_s.arg(dir).arg(port)
                                      << QStringList{u"database \"nothere\" does not exist"_s, u"try: create it (createdb nothere)"_s};
    QTest::newRow("nothing listening on TCP")
        << u"postgresql://ann@127.0.0.1:1/team"_s
        << QStringList{u"cannot connect to 127.0.0.1:1 as user \u201cann\u201d: Connection refused"_s,
                       u"try: is the server running and listening there"_s};
}

void TstStoreLocation::failedConnectionIsOneLine()
{
    if (!m_server)
        TICKERLINE_POSTGRES_MISSING();
    QFETCH(QString, url);
    QFETCH(QStringList, expected);
    StoreConnection connection;
    QVERIFY(!connection.open(url, StoreConnection::Mode::Write));
    const QString message = connection.errorMessage();
    qInfo().noquote() << message;
    QVERIFY2(!message.contains(u'\n') && !message.contains(u'\t'), qPrintable(message));
    QVERIFY2(message.startsWith(u"Cannot open database %1: "_s.arg(redactedLocation(url))), qPrintable(message));
    QVERIFY2(!message.contains(u"Unable to connect"_s), qPrintable(message));
    for (const QString &part : std::as_const(expected))
        QVERIFY2(message.contains(part), qPrintable(message + u"\nlacks: "_s + part));
}

QTEST_GUILESS_MAIN(TstStoreLocation)
#include "tst_storelocation.moc"
