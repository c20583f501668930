#include "ProviderFeedTesting.h"

#include <Clock.h>
#include <CoreMetaTypes.h>
#include <ProviderRegistry.h>
#include <ReplayFeed.h>

#include <QDateTime>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Start = 1'795'000'000'000;
constexpr qint64 T0 = 1'733'594'400'000;   // 2024-12-07T18:00:00.000Z

struct Row
{
    QString symbol;
    qint64 timeMs;
    double price;
    double size;
};

// As the export writes it, with one row no tool should write in between.
const QList<Row> Recording{
    {u"AAPL"_s, T0, 189.5, 10},
    {u"MSFT"_s, T0 + 1000, 415.25, 0.5},
    {u"AAPL"_s, T0 + 1000, 189.75, 3},
    {u"AAPL"_s, T0 + 3500, 190.0, 1},
    {u"MSFT"_s, T0 + 10'000, 416.0, 2},
};

QByteArray csv()
{
    QByteArray out = "symbol,time,price,volume\n";
    for (qsizetype i = 0; i < Recording.size(); ++i) {
        const Row &row = Recording.at(i);
        out += row.symbol.toUtf8() + ','
            + QDateTime::fromMSecsSinceEpoch(row.timeMs, QTimeZone::utc()).toString(Qt::ISODateWithMs).toUtf8() + ','
            + QByteArray::number(row.price) + ',' + QByteArray::number(row.size) + '\n';
        if (i == 2)
            out += "AAPL,yesterday,1,1\n";
    }
    return out;
}

QList<Row> rows(const TickBatch &ticks)
{
    QList<Row> out;
    for (const Tick &tick : ticks)
        out.append({tick.symbol, tick.timeMs, tick.price, tick.size});
    return out;
}

bool operator==(const Row &a, const Row &b)
{
    return a.symbol == b.symbol && a.timeMs == b.timeMs && a.price == b.price && a.size == b.size;
}

} // namespace

class TestReplayFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void speedZeroPlaysEverythingInOrder();
    void onlyConfiguredSymbols();
    void speedTenKeepsOrderAndScalesGaps();
    void largeFilesStreamInBatches();
    void unusableSources_data();
    void unusableSources();

private:
    [[nodiscard]] FeedConfig config(const QStringList &symbols, double speed, const QString &file = {}) const;
    [[nodiscard]] QString write(const QString &name, const QByteArray &bytes) const;

    test::TempFolder m_folder;
    QString m_recording;
    ManualClock m_clock{Start};
};

void TestReplayFeed::init()
{
    QVERIFY(m_folder.isValid());
    m_clock.setNowMs(Start);
    m_recording = write(u"recording.csv"_s, csv());
}

QString TestReplayFeed::write(const QString &name, const QByteArray &bytes) const
{
    QFile file(m_folder.path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

FeedConfig TestReplayFeed::config(const QStringList &symbols, double speed, const QString &file) const
{
    FeedConfig config;
    config.provider = u"replay"_s;
    config.symbols = symbols;
    config.endpoint = QUrl::fromLocalFile(file.isEmpty() ? m_recording : file);
    config.replaySpeed = speed;
    return config;
}

void TestReplayFeed::speedZeroPlaysEverythingInOrder()
{
    const auto feed = ProviderRegistry::create(config({u"AAPL"_s, u"MSFT"_s}, 0), m_clock);
    QVERIFY(qobject_cast<ReplayFeed *>(feed.get()));
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(test::lastStatus(statusSpy).state, FeedState::Idle);
    QCOMPARE(test::lastStatus(statusSpy).message, u"Replay finished"_s);
    const TickBatch ticks = test::joined<TickBatch>(tickSpy);
    QCOMPARE(rows(ticks), Recording);
    for (const Tick &tick : ticks) {
        QCOMPARE(tick.provider, u"replay"_s);
        QCOMPARE(tick.receivedMs, Start);   // the clock stood still: all at once
    }
    QTRY_COMPARE_WITH_TIMEOUT(test::lastStatus(statusSpy).malformedFrames, quint64(1), 3000);
    QCOMPARE(test::lastStatus(statusSpy).totalTicks, quint64(Recording.size()));
}

void TestReplayFeed::onlyConfiguredSymbols()
{
    const auto feed = ProviderRegistry::create(config({u"msft"_s}, 0), m_clock);
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(test::lastStatus(statusSpy).state, FeedState::Idle);
    QCOMPARE(rows(test::joined<TickBatch>(tickSpy)), (QList<Row>{Recording.at(1), Recording.at(4)}));
}

void TestReplayFeed::speedTenKeepsOrderAndScalesGaps()
{
    const auto feed = ProviderRegistry::create(config({}, 10), m_clock);
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    // Each step moves the clock to the moment the next rows are due: a tenth of their recorded gap.
    const QList<QPair<qint64, qsizetype>> steps{{0, 1}, {100, 3}, {350, 4}, {1000, 5}};
    for (const auto &[offset, played] : steps) {
        m_clock.setNowMs(Start + offset);
        QTRY_COMPARE(test::joined<TickBatch>(tickSpy).size(), played);
    }
    QTRY_COMPARE(test::lastStatus(statusSpy).state, FeedState::Idle);
    const TickBatch ticks = test::joined<TickBatch>(tickSpy);
    QCOMPARE(rows(ticks), Recording);
    // None left early: each was stamped with the clock time it was due at.
    for (const Tick &tick : ticks)
        QCOMPARE(tick.receivedMs, Start + (tick.timeMs - T0) / 10);
}

void TestReplayFeed::largeFilesStreamInBatches()
{
    constexpr int Count = 3 * int(ReplayFeed::MaxBatch) + 7;
    QByteArray bytes;
    for (int i = 0; i < Count; ++i)
        bytes += "BTC-USD," + QByteArray::number(T0 + i) + ',' + QByteArray::number(100 + i) + ",1\n";
    const QString file = write(u"large.csv"_s, bytes);
    const auto feed = ProviderRegistry::create(config({u"BTC-USD"_s}, 0, file), m_clock);
    QSignalSpy tickSpy(feed.get(), &Feed::ticksArrived);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(test::lastStatus(statusSpy).state, FeedState::Idle);
    QCOMPARE(tickSpy.size(), 4);
    for (const QList<QVariant> &call : std::as_const(tickSpy))
        QVERIFY(call.at(0).value<TickBatch>().size() <= ReplayFeed::MaxBatch);
    const TickBatch ticks = test::joined<TickBatch>(tickSpy);
    QCOMPARE(ticks.size(), Count);
    QCOMPARE(ticks.last().price, double(100 + Count - 1));   // epoch-ms times read too
}

void TestReplayFeed::unusableSources_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing file") << u"missing"_s << u"Cannot open"_s;
    QTest::newRow("database") << u"database"_s << u"export"_s;
    QTest::newRow("not a file URL") << u"http"_s << u"file://"_s;
    QTest::newRow("negative speed") << u"speed"_s << u"speed"_s;
}

void TestReplayFeed::unusableSources()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    FeedConfig replay = config({u"AAPL"_s}, 1);
    if (kind == u"missing")
        replay.endpoint = QUrl::fromLocalFile(m_folder.path(u"nothing-here.csv"_s));
    else if (kind == u"database")
        replay.endpoint = QUrl::fromLocalFile(write(u"t.db"_s, QByteArray("SQLite format 3\0rest", 20)));
    else if (kind == u"http")
        replay.endpoint = QUrl(u"http://127.0.0.1:1/recording.csv"_s);
    else
        replay.replaySpeed = -2;
    const auto feed = ProviderRegistry::create(replay, m_clock);
    QSignalSpy statusSpy(feed.get(), &Feed::statusChanged);
    feed->start();
    QTRY_COMPARE(test::lastStatus(statusSpy).state, FeedState::Failed);
    QVERIFY2(test::lastStatus(statusSpy).message.contains(reason), qPrintable(test::lastStatus(statusSpy).message));
}

QTEST_GUILESS_MAIN(TestReplayFeed)
#include "tst_replayfeed.moc"
