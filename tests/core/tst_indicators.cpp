// SMA, EMA, Bollinger bands and VWAP against hand-computed values.
#include "Indicators.h"

#include <QTest>

#include <cmath>

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

namespace {

Series values(std::initializer_list<double> list, qint64 stepMs = 1'000)
{
    Series s;
    qint64 t = 0;
    for (double v : list) {
        s.append({t, v});
        t += stepMs;
    }
    return s;
}

bool near(const Series &a, const Series &b, double tolerance = 1e-9)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].timeMs != b[i].timeMs || std::abs(a[i].value - b[i].value) > tolerance)
            return false;
    }
    return true;
}

} // namespace

class TstIndicators : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void smaValues();
    void periodEdges();
    void gapsKeepInputTimes();
    void emaSeededWithSma();
    void bollingerValues();
    void bollingerStaysSoundAtLargeOffsets();
    void bollingerLongSeriesMatchesTwoPass();
    void vwapValuesAndSessions();
    void vwapZeroVolume();
};

void TstIndicators::smaValues()
{
    QCOMPARE(sma(values({1, 2, 3, 4, 5}), 3), (Series{{2'000, 2}, {3'000, 3}, {4'000, 4}}));
    QCOMPARE(sma(values({1, 2, 3}), 1), values({1, 2, 3}));
}

void TstIndicators::periodEdges()
{
    const Series in = values({1, 2, 3});
    QVERIFY(sma(in, 4).isEmpty());   // period larger than the input
    QVERIFY(sma(in, 0).isEmpty());
    QVERIFY(sma({}, 3).isEmpty());
    QVERIFY(ema(in, 4).isEmpty());
    QVERIFY(ema(in, -1).isEmpty());
    QVERIFY(bollinger(in, 4).middle.isEmpty());
    QCOMPARE(sma(in, 3), (Series{{2'000, 2}}));   // exactly one full window
    QCOMPARE(ema(in, 3), (Series{{2'000, 2}}));
}

void TstIndicators::gapsKeepInputTimes()
{
    // Points, not clock periods: a gap in time does not change the window.
    const Series in{{0, 10}, {1'000, 20}, {90'000'000, 30}, {90'000'500, 40}};
    QCOMPARE(sma(in, 2), (Series{{1'000, 15}, {90'000'000, 25}, {90'000'500, 35}}));
}

void TstIndicators::emaSeededWithSma()
{
    // period 3: alpha = 0.5; seed = mean(2, 4, 6) = 4; then 4 + 0.5 * (8 - 4) = 6;
    // 6 + 0.5 * (3 - 6) = 4.5.
    QCOMPARE(ema(values({2, 4, 6, 8, 3}), 3), (Series{{2'000, 4}, {3'000, 6}, {4'000, 4.5}}));
}

void TstIndicators::bollingerValues()
{
    // Window {2, 4, 4, 4, 5, 5, 7, 9}: mean 5, population stddev 2.
    const BollingerBands bands = bollinger(values({2, 4, 4, 4, 5, 5, 7, 9}), 8, 2.0);
    QCOMPARE(bands.middle, (Series{{7'000, 5}}));
    QCOMPARE(bands.upper, (Series{{7'000, 9}}));
    QCOMPARE(bands.lower, (Series{{7'000, 1}}));
    // Rolling: windows {1, 2, 3} then {2, 3, 7}: sd sqrt(2/3) then sqrt(14/3).
    const BollingerBands rolling = bollinger(values({1, 2, 3, 7}), 3, 1.0);
    QVERIFY(near(rolling.middle, Series{{2'000, 2}, {3'000, 4}}));
    QVERIFY(near(rolling.upper, Series{{2'000, 2 + std::sqrt(2.0 / 3)}, {3'000, 4 + std::sqrt(14.0 / 3)}}));
    QVERIFY(near(rolling.lower, Series{{2'000, 2 - std::sqrt(2.0 / 3)}, {3'000, 4 - std::sqrt(14.0 / 3)}}));
    // A constant window has zero width, never a NaN from a tiny negative variance.
    const BollingerBands flat = bollinger(values({0.1, 0.1, 0.1, 0.1, 0.1}), 3);
    for (qsizetype i = 0; i < flat.middle.size(); ++i) {
        QCOMPARE(flat.upper[i].value, flat.middle[i].value);
        QCOMPARE(flat.lower[i].value, flat.middle[i].value);
    }
}

void TstIndicators::bollingerStaysSoundAtLargeOffsets()
{
    // Prices near 1e9 varying by ±1: naive sum-of-squares loses everything
    // (1e18 swamps the variance); Welford keeps it.
    Series in;
    for (int i = 0; i < 1'000; ++i)
        in.append({i, 1e9 + (i % 2 == 0 ? 1.0 : -1.0)});
    const BollingerBands bands = bollinger(in, 10, 1.0);
    QCOMPARE(bands.middle.size(), 991);
    for (qsizetype i = 0; i < bands.middle.size(); ++i) {
        QVERIFY(std::abs(bands.middle[i].value - 1e9) < 1e-6);
        QVERIFY2(std::abs(bands.upper[i].value - bands.middle[i].value - 1.0) < 1e-6,
                 qPrintable(QString::number(bands.upper[i].value - bands.middle[i].value, 'g', 17)));
    }
}

void TstIndicators::bollingerLongSeriesMatchesTwoPass()
{
    Series in;
    quint32 seed = 99;
    double price = 100;
    for (int i = 0; i < 20'000; ++i) {
        seed = seed * 1664525u + 1013904223u;
        price *= 1.0 + (double(seed % 2001) - 1000.0) / 1e5;
        in.append({i, price});
    }
    const int period = 20;
    const BollingerBands bands = bollinger(in, period, 2.0);
    QCOMPARE(bands.middle.size(), in.size() - period + 1);
    for (qsizetype k = 0; k < bands.middle.size(); k += 97) {
        double mean = 0;
        for (int j = 0; j < period; ++j)
            mean += in[k + j].value;
        mean /= period;
        double m2 = 0;
        for (int j = 0; j < period; ++j)
            m2 += (in[k + j].value - mean) * (in[k + j].value - mean);
        const double sd = std::sqrt(m2 / period);
        QVERIFY(std::abs(bands.middle[k].value - mean) < 1e-9 * mean);
        QVERIFY(std::abs(bands.upper[k].value - (mean + 2 * sd)) < 1e-9 * mean);
        QCOMPARE(bands.middle[k].timeMs, in[k + period - 1].timeMs);
    }
    QVERIFY(near(sma(in, period), bands.middle, 1e-12 * 1e3));
}

void TstIndicators::vwapValuesAndSessions()
{
    const qint64 day = 86'400'000;
    const CandleSeries candles{
        // typical prices 10 and 20, volumes 1 and 3: (10 + 60) / 4 = 17.5
        {0, 10, 11, 9, 10, 1},
        {60'000, 20, 21, 19, 20, 3},
        // next UTC day: starts over at the typical price 30
        {day, 30, 31, 29, 30, 2},
        {day + 60'000, 40, 41, 39, 40, 2},
    };
    QCOMPARE(vwap(candles), (Series{{0, 10}, {60'000, 17.5}, {day, 30}, {day + 60'000, 35}}));
    // One session: no reset.
    QCOMPARE(vwap(candles, 0).constLast().value, (10.0 + 60 + 60 + 80) / 8);
    QVERIFY(vwap({}).isEmpty());
}

void TstIndicators::vwapZeroVolume()
{
    const CandleSeries candles{
        {0, 10, 10, 10, 10, 0},        // nothing traded yet: no point
        {1'000, 12, 12, 12, 12, 2},
        {2'000, 50, 50, 50, 50, 0},    // zero volume: the running value repeats
    };
    QCOMPARE(vwap(candles), (Series{{1'000, 12}, {2'000, 12}}));
    QVERIFY(vwap(CandleSeries{{0, 1, 1, 1, 1, 0}}).isEmpty());
}

QTEST_APPLESS_MAIN(TstIndicators)
#include "tst_indicators.moc"
