// Crash safety: a recording collector is killed (SIGKILL) at random moments,
// again and again on the same file. After every kill the database must pass
// PRAGMA integrity_check, hold every row a reader saw committed before the
// kill, and take the next recording.
//
// The seed is logged; TICKERLINE_KILL_SEED=N repeats a run.

#include "StoreConnection.h"
#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace tickerline;

namespace {

constexpr int kIterations = 12;
constexpr int kMaxKillDelayMs = 400;

// A short-lived connection per look, as an outside reader would make.
class Peek
{
public:
    enum class Mode { ReadOnly, ReadWrite };   // read-write lets SQLite recover the WAL after a crash

    Peek(const QString &path, Mode mode) : m_name(QStringLiteral("peek-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        // Read-only never creates the file before the collector does.
        if (mode == Mode::ReadOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    ~Peek() { QSqlDatabase::removeDatabase(m_name); }
    Q_DISABLE_COPY_MOVE(Peek)

    [[nodiscard]] QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

qint64 committedRows(const QString &path)
{
    // Before the first commit there is no ticks table yet: 0.
    return Peek(path, Peek::Mode::ReadOnly).scalar(QStringLiteral("SELECT count(*) FROM ticks")).toLongLong();
}

QStringList recordArguments(const QString &path)
{
    return {QStringLiteral("record"), QStringLiteral("--provider"), QStringLiteral("simulated"),
            QStringLiteral("--symbols"), QStringLiteral("A,B"), QStringLiteral("--rate"), QStringLiteral("2000"),
            QStringLiteral("--database"), path};
}

} // namespace

class TestKillRecording final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writerUsesWalAndNormalSync();
    void committedRowsSurviveSigkill();
};

void TestKillRecording::writerUsesWalAndNormalSync()
{
    // What the store's own connection runs with: WAL keeps readers beside the
    // writer; NORMAL in WAL loses nothing committed when the process dies.
    test::TempFolder folder;
    StoreConnection connection;
    QVERIFY2(connection.open(folder.path(QStringLiteral("w.db")), StoreConnection::Mode::Write),
             qPrintable(connection.errorMessage()));
    QCOMPARE(connection.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(connection.scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 1);   // NORMAL
}

void TestKillRecording::committedRowsSurviveSigkill()
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("killed.db"));
    bool fromEnvironment = false;
    const uint environmentSeed = qEnvironmentVariableIntValue("TICKERLINE_KILL_SEED", &fromEnvironment);
    const quint32 seed = fromEnvironment ? environmentSeed : QRandomGenerator::global()->generate();
    qInfo("seed %u (TICKERLINE_KILL_SEED=%u repeats this run)", seed, seed);
    QRandomGenerator random(seed);

    QElapsedTimer total;
    total.start();
    qint64 stored = 0;
    for (int i = 0; i < kIterations; ++i) {
        QProcess collector;
        test::endWithThisProcess(collector);
        collector.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        collector.start(QStringLiteral(COLLECTOR_PATH), recordArguments(path));
        QVERIFY(collector.waitForStarted());

        // This run's first commit, as a reader sees it; it also proves the
        // file reopened after the previous kill.
        qint64 seen = 0;
        QTRY_VERIFY_WITH_TIMEOUT((seen = committedRows(path)) > stored, 30'000);
        const int delayMs = int(random.bounded(kMaxKillDelayMs + 1));
        const QDeadlineTimer killAt(delayMs);
        // Keep looking until the kill point: the last count seen before it counts.
        QTRY_VERIFY_WITH_TIMEOUT((seen = std::max(seen, committedRows(path)), killAt.hasExpired()), 10'000);
        collector.kill();
        QVERIFY(collector.waitForFinished(10'000));
        QCOMPARE(collector.exitStatus(), QProcess::CrashExit);

        const Peek after(path, Peek::Mode::ReadWrite);
        QCOMPARE(after.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        stored = after.scalar(QStringLiteral("SELECT count(*) FROM ticks")).toLongLong();
        qInfo("kill %d after %d ms: a reader saw %lld rows, %lld survived", i + 1, delayMs, seen, stored);
        QVERIFY2(stored >= seen, qPrintable(QStringLiteral("%1 rows seen committed, %2 after the kill").arg(seen).arg(stored)));
    }

    // After all that, an orderly recording on the same file.
    QProcess last;
    last.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList arguments = recordArguments(path);
    arguments << QStringLiteral("--duration") << QStringLiteral("1");
    last.start(QStringLiteral(COLLECTOR_PATH), arguments);
    QVERIFY(last.waitForFinished(60'000));
    QCOMPARE(last.exitStatus(), QProcess::NormalExit);
    QCOMPARE(last.exitCode(), 0);
    const Peek final(path, Peek::Mode::ReadWrite);
    QCOMPARE(final.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(final.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QVERIFY(final.scalar(QStringLiteral("SELECT count(*) FROM ticks")).toLongLong() > stored);
    qInfo("%d kills and a final run in %lld ms", kIterations, total.elapsed());
}

QTEST_GUILESS_MAIN(TestKillRecording)
#include "tst_killrecording.moc"
