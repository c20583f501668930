#include "Tick.h"

#include <QTest>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

Tick trade(const QString &symbol, qint64 timeMs, double price, double size, qint64 sequence = -1)
{
    Tick tick;
    tick.symbol = symbol;
    tick.provider = u"finnhub"_s;
    tick.timeMs = timeMs;
    tick.price = price;
    tick.size = size;
    tick.sequence = sequence;
    return tick;
}

QList<quint32> occurrences(const TickBatch &ticks)
{
    QList<quint32> out;
    for (const Tick &tick : ticks)
        out.append(tick.occurrence);
    return out;
}

} // namespace

// Tick::occurrence: the ordinal among identical prints of one message, the
// key that keeps each of them (issue #12 §1).
class TestIdenticalTicks final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identicalPrintsAreNumberedInOrder()
    {
        TickBatch ticks{trade(u"AAPL"_s, 1, 10, 1), trade(u"MSFT"_s, 1, 10, 1), trade(u"AAPL"_s, 1, 10, 1),
                        trade(u"AAPL"_s, 1, 10, 2), trade(u"AAPL"_s, 2, 10, 1), trade(u"AAPL"_s, 1, 10, 1)};
        numberIdenticalTicks(ticks);
        QCOMPARE(occurrences(ticks), (QList<quint32>{0, 0, 1, 0, 0, 2}));
    }

    void anotherProviderIsAnotherTrade()
    {
        TickBatch ticks{trade(u"AAPL"_s, 1, 10, 1), trade(u"AAPL"_s, 1, 10, 1)};
        ticks[1].provider = u"yahoo"_s;
        numberIdenticalTicks(ticks);
        QCOMPARE(occurrences(ticks), (QList<quint32>{0, 0}));
    }

    // A sequence is a tick's identity: a repeat is a duplicate, not a print.
    void sequencedTicksKeepZero()
    {
        TickBatch ticks{trade(u"BTC-USD"_s, 1, 10, 1, 7), trade(u"BTC-USD"_s, 1, 10, 1, 7),
                        trade(u"BTC-USD"_s, 1, 10, 1), trade(u"BTC-USD"_s, 1, 10, 1)};
        ticks[1].occurrence = 5;   // whatever came in
        numberIdenticalTicks(ticks);
        QCOMPARE(occurrences(ticks), (QList<quint32>{0, 0, 0, 1}));
    }

    // The same message numbered twice (a reconnect's repeat) gets the same numbers.
    void numberingIsAFunctionOfTheMessage()
    {
        TickBatch first{trade(u"AAPL"_s, 1, 10, 1), trade(u"AAPL"_s, 1, 10, 1), trade(u"AAPL"_s, 1, 10, 1)};
        TickBatch again = first;
        numberIdenticalTicks(first);
        numberIdenticalTicks(again);
        numberIdenticalTicks(again);
        QCOMPARE(occurrences(first), occurrences(again));
    }

    // A big message (a backfill page) takes the hashed path: same answer as pairwise.
    void largeMessagesAgreeWithSmallOnes()
    {
        TickBatch big;
        QList<quint32> expected;
        QHash<QString, quint32> seen;
        for (int i = 0; i < 500; ++i) {
            const Tick tick = trade(i % 3 ? u"AAPL"_s : u"MSFT"_s, i % 7, 10 + i % 2, 1);
            const QString key = tick.symbol + QString::number(tick.timeMs) + QString::number(tick.price);
            expected.append(seen[key]++);
            big.append(tick);
        }
        numberIdenticalTicks(big);
        QCOMPARE(occurrences(big), expected);
        TickBatch small = big.mid(0, 20);
        for (Tick &tick : small)
            tick.occurrence = 99;
        numberIdenticalTicks(small);
        QCOMPARE(occurrences(small), expected.mid(0, 20));
    }

    // Nothing to number: the batch stays shared with its source.
    void batchWithoutIdenticalPrintsIsNotCopied()
    {
        const TickBatch source{trade(u"AAPL"_s, 1, 10, 1), trade(u"AAPL"_s, 2, 10, 1)};
        TickBatch ticks = source;
        numberIdenticalTicks(ticks);
        QVERIFY(ticks.constData() == source.constData());
    }
};

QTEST_GUILESS_MAIN(TestIdenticalTicks)
#include "tst_identicalticks.moc"
