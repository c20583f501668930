// Spread and ratio of two series with latest-of-both pairing.
#include "Derived.h"

#include <QTest>

using namespace tickerline;

namespace tickerline {
inline char *toString(const Series &series)
{
    QByteArray text = "[";
    for (const SeriesPoint &p : series)
        text += '(' + QByteArray::number(p.timeMs) + ", " + QByteArray::number(p.value, 'g', 17) + ") ";
    text += ']';
    return qstrdup(text.constData());
}
} // namespace tickerline

class TstDerived : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void spreadLatestOfBoth();
    void ratioSkipsZero();
    void equalTimestamps();
    void emptySides();
};

void TstDerived::spreadLatestOfBoth()
{
    const Series a{{0, 10}, {3'000, 13}, {4'000, 14}};
    const Series b{{1'000, 1}, {2'000, 2}, {5'000, 5}};
    // a@0 alone: nothing. b@1000 -> 10-1; b@2000 -> 10-2; a@3000 -> 13-2;
    // a@4000 -> 14-2; b@5000 -> 14-5.
    QCOMPARE(derive(a, b, DerivedKind::Spread),
             (Series{{1'000, 9}, {2'000, 8}, {3'000, 11}, {4'000, 12}, {5'000, 9}}));
}

void TstDerived::ratioSkipsZero()
{
    const Series a{{0, 10}, {2'000, 12}, {4'000, 9}};
    const Series b{{1'000, 2}, {3'000, 0}, {5'000, 3}};
    QCOMPARE(derive(a, b, DerivedKind::Ratio), (Series{{1'000, 5}, {2'000, 6}, {5'000, 3}}));
}

void TstDerived::equalTimestamps()
{
    const Series a{{1'000, 10}, {2'000, 20}};
    const Series b{{1'000, 1}, {2'000, 2}};
    // a before b at equal times; the second point at 2'000 has both new values.
    QCOMPARE(derive(a, b, DerivedKind::Spread), (Series{{1'000, 9}, {2'000, 19}, {2'000, 18}}));
}

void TstDerived::emptySides()
{
    const Series a{{0, 1}, {1'000, 2}};
    QVERIFY(derive(a, {}, DerivedKind::Spread).isEmpty());
    QVERIFY(derive({}, a, DerivedKind::Ratio).isEmpty());
    QVERIFY(derive({}, {}, DerivedKind::Ratio).isEmpty());
}

QTEST_APPLESS_MAIN(TstDerived)
#include "tst_derived.moc"
