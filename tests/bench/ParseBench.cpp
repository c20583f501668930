#include "ParseBench.h"

#include "BenchReport.h"
#include "BenchSupport.h"
#include "FinnhubParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

namespace tickerline::bench {

namespace {

constexpr qint64 T0 = 1'700'000'000'000;

// What the baseline does for one frame: the same fields, checks and Ticks as
// FinnhubParser, through QJsonDocument.
qsizetype parseWithQJson(const QByteArray &frame, const QString &provider, qint64 nowMs, TickBatch &ticks)
{
    const QJsonDocument document = QJsonDocument::fromJson(frame);
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String("trade"))
        return 0;
    const QJsonArray data = root.value(QLatin1String("data")).toArray();
    ticks.reserve(data.size());
    for (const QJsonValue &item : data) {
        const QJsonObject trade = item.toObject();
        const QJsonValue symbol = trade.value(QLatin1String("s"));
        const QJsonValue price = trade.value(QLatin1String("p"));
        const QJsonValue time = trade.value(QLatin1String("t"));
        const QJsonValue volume = trade.value(QLatin1String("v"));
        if (!symbol.isString() || !price.isDouble() || !time.isDouble() || !isValidPrice(price.toDouble()))
            continue;
        Tick tick;
        tick.symbol = symbol.toString();
        tick.provider = provider;
        tick.timeMs = qint64(time.toDouble());
        tick.price = price.toDouble();
        tick.size = volume.isDouble() ? volume.toDouble() : 0.0;
        tick.receivedMs = nowMs;
        ticks.append(std::move(tick));
    }
    return ticks.size();
}

// Frames per second of this thread's CPU time: on a shared machine the wall
// clock counts other processes' turns, which would skew the ratio.
template <typename ParseOne>
double framesPerSecond(const QList<QByteArray> &frames, double seconds, qint64 &ticksOut, ParseOne parseOne)
{
    qint64 parsed = 0;
    qint64 ticks = 0;
    const double start = threadCpuMs();
    double elapsed = 0;
    do {
        for (const QByteArray &frame : frames)
            ticks += parseOne(frame);
        parsed += frames.size();
        elapsed = threadCpuMs() - start;
    } while (elapsed < seconds * 1000.0);
    ticksOut = ticks;
    return double(parsed) / (elapsed / 1000.0);
}

} // namespace

QList<QByteArray> finnhubTradeFrames(int count)
{
    static const char *const symbols[] = {"AAPL", "MSFT", "BINANCE:BTCUSDT", "NVDA", "TSLA", "AMZN", "OANDA:EUR_USD"};
    QList<QByteArray> frames;
    frames.reserve(count);
    quint32 state = 12345;
    const auto next = [&state] { return state = state * 1664525u + 1013904223u; };
    qint64 time = T0;
    for (int i = 0; i < count; ++i) {
        // 70 % single trades (≈90 bytes), the rest 2…10 trades in one frame.
        const int trades = next() % 10 < 7 ? 1 : 2 + int(next() % 9);
        QByteArray frame = R"({"data":[)";
        for (int k = 0; k < trades; ++k) {
            const char *symbol = symbols[next() % std::size(symbols)];
            const double price = 100.0 + double(next() % 100000) / 100.0;
            time += next() % 5;
            if (k > 0)
                frame += ',';
            frame += R"({"c":["1","12"],"p":)" + QByteArray::number(price, 'g', 17) + R"(,"s":")" + symbol
                     + R"(","t":)" + QByteArray::number(time) + R"(,"v":)" + QByteArray::number(1 + next() % 500)
                     + '}';
        }
        frame += R"(],"type":"trade"})";
        frames.append(frame);
    }
    return frames;
}

void runParseBench(BenchReport &report, double seconds)
{
    const QList<QByteArray> frames = finnhubTradeFrames(20'000);
    qint64 bytes = 0;
    qint64 trades = 0;
    for (const QByteArray &frame : frames) {
        bytes += frame.size();
        trades += frame.count(R"("s":)");
    }

    FinnhubParser parser;
    qint64 ticks = 0;
    const double ours = framesPerSecond(frames, seconds, ticks, [&parser](const QByteArray &frame) {
        return parser.parseFrame(QByteArrayView(frame), T0).ticks.size();
    });
    const QString provider = QStringLiteral("finnhub");
    qint64 baselineTicks = 0;
    const double baseline = framesPerSecond(frames, seconds, baselineTicks, [&provider](const QByteArray &frame) {
        TickBatch batch;
        return parseWithQJson(frame, provider, T0, batch);
    });
    std::printf("# parse: %lld frames, %.1f bytes and %.2f trades per frame on average; ratio %.2f\n",
                qint64(frames.size()), double(bytes) / double(frames.size()),
                double(trades) / double(frames.size()), ours / baseline);
    Q_UNUSED(baselineTicks);
    report.set("parse_msgs_per_s", ours);
    report.set("parse_qjson_baseline_msgs_per_s", baseline);
}

} // namespace tickerline::bench
