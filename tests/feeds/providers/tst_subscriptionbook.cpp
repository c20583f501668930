#include <SubscriptionBook.h>

#include <QTest>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

QString same(const QString &symbol)
{
    return symbol;
}

Tick tick(qint64 sequence, qint64 timeMs = 1'735'689'600'000)
{
    Tick out;
    out.symbol = u"BTC"_s;
    out.provider = u"test"_s;
    out.timeMs = timeMs;
    out.price = 1.0;
    out.size = 1.0;
    out.sequence = sequence;
    return out;
}

QList<qint64> kept(SubscriptionBook &book, const QList<qint64> &sequences)
{
    ParseResult result;
    for (const qint64 sequence : sequences)
        result.ticks.append(tick(sequence));
    QList<qint64> out;
    for (const Tick &t : book.screened(result).ticks)
        out.append(t.sequence);
    return out;
}

} // namespace

// What a repeat is depends on what the provider's sequences mean.
class TestSubscriptionBook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void risingDropsWhatIsNotAboveTheLast();
    void unorderedDropsOnlyWhatWasSeen();
    void unorderedRemembersTheLastRecentIds();
    void unsubscribingForgets();
};

void TestSubscriptionBook::risingDropsWhatIsNotAboveTheLast()
{
    SubscriptionBook book(&same);
    (void)book.subscribe({u"BTC"_s});
    QCOMPARE(kept(book, {5, 7, 6, 7, 8, -1}), (QList<qint64>{5, 7, 8, -1}));
    QCOMPARE(book.duplicatesDropped(), quint64(2));
}

void TestSubscriptionBook::unorderedDropsOnlyWhatWasSeen()
{
    SubscriptionBook book(&same, SubscriptionBook::SequenceOrder::Unordered);
    (void)book.subscribe({u"BTC"_s});
    // Hashed ids: a lower one is a new trade, an equal one a repeat.
    QCOMPARE(kept(book, {900, 100, 900, 500, 100}), (QList<qint64>{900, 100, 500}));
    QCOMPARE(kept(book, {500, 42}), QList<qint64>{42});
    QCOMPARE(book.duplicatesDropped(), quint64(3));
}

void TestSubscriptionBook::unorderedRemembersTheLastRecentIds()
{
    SubscriptionBook book(&same, SubscriptionBook::SequenceOrder::Unordered);
    (void)book.subscribe({u"BTC"_s});
    QList<qint64> many;
    for (qint64 i = 0; i <= SubscriptionBook::RecentIds; ++i)
        many.append(i);
    QCOMPARE(kept(book, many).size(), many.size());
    // The oldest fell out of the window; the newest is still known.
    QCOMPARE(kept(book, {0}), QList<qint64>{0});
    QCOMPARE(kept(book, {SubscriptionBook::RecentIds}), QList<qint64>{});
}

void TestSubscriptionBook::unsubscribingForgets()
{
    for (const auto order : {SubscriptionBook::SequenceOrder::Rising, SubscriptionBook::SequenceOrder::Unordered}) {
        SubscriptionBook book(&same, order);
        (void)book.subscribe({u"BTC"_s});
        QCOMPARE(kept(book, {7}), QList<qint64>{7});
        book.unsubscribe({u"BTC"_s});
        QCOMPARE(kept(book, {8}), QList<qint64>{});   // in flight after the unsubscribe
        (void)book.subscribe({u"BTC"_s});
        QCOMPARE(kept(book, {7}), QList<qint64>{7});   // a new subscription starts afresh
    }
}

QTEST_GUILESS_MAIN(TestSubscriptionBook)
#include "tst_subscriptionbook.moc"
