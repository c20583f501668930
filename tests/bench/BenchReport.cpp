#include "BenchReport.h"

#include "BenchKeys.h"
#include "BenchSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>
#include <functional>

namespace tickerline::bench {

namespace {

QString keyString(std::string_view key)
{
    return QString::fromLatin1(key.data(), qsizetype(key.size()));
}

QJsonValue number(std::optional<double> value)
{
    return value && std::isfinite(*value) ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

struct Goal
{
    const char *name;
    const char *target;   // as the issue states it
    std::function<std::optional<double>(const BenchReport &)> figure;
    std::function<bool(double)> passes;
};

std::function<std::optional<double>(const BenchReport &)> figureOf(std::string_view key)
{
    return [key](const BenchReport &r) { return r.value(key); };
}

const QList<Goal> &goals()
{
    static const QList<Goal> list{
        // Issue #13's goals, for ratios to same-run baselines; #5's absolute
        // ones where #13 set none.
        {"pipeline_vs_raw_sqlite", ">= 0.8",
         [](const BenchReport &r) { return r.ratio("pipeline_ticks_per_s", "store_sqlite_raw_limit_ticks_per_s"); },
         [](double v) { return v >= 0.8; }},
        {"pipeline_lost_ticks", "== 0", figureOf("pipeline_lost_ticks"), [](double v) { return v == 0.0; }},
        {"parse_vs_qjson", ">= 6",
         [](const BenchReport &r) { return r.ratio("parse_msgs_per_s", "parse_qjson_baseline_msgs_per_s"); },
         [](double v) { return v >= 6.0; }},
        {"store_vs_raw_sqlite", ">= 0.7",
         [](const BenchReport &r) { return r.ratio("store_sqlite_ticks_per_s", "store_sqlite_raw_limit_ticks_per_s"); },
         [](double v) { return v >= 0.7; }},
        {"chart_p95_vs_floor_1m", "<= 1.5",
         [](const BenchReport &r) { return r.ratio("chart_frame_ms_p95_1m", "chart_frame_ms_floor_1m"); },
         [](double v) { return v <= 1.5; }},
        {"chart_frame_ms_p95_10m_history", "<= 12", figureOf("chart_frame_ms_p95_10m_history"),
         [](double v) { return v <= 12.0; }},
        {"chart_naive_vs_reduced", ">= 40",
         [](const BenchReport &r) { return r.ratio("chart_frame_ms_naive_p95_1m", "chart_frame_ms_p95_1m"); },
         [](double v) { return v >= 40.0; }},
        {"tick_to_model_ms_p50_100k", "<= 10", figureOf("tick_to_model_ms_p50_100k"),
         [](double v) { return v <= 10.0; }},
        {"tick_to_model_ms_p99_100k", "<= 18", figureOf("tick_to_model_ms_p99_100k"),
         [](double v) { return v <= 18.0; }},
        {"memory_bytes_per_tick", "<= 32", figureOf("memory_bytes_per_tick"), [](double v) { return v <= 32.0; }},
        // Issue #17: panes share each symbol's points.
        {"memory_4panes_vs_1pane", "<= 1.2",
         [](const BenchReport &r) { return r.ratio("memory_bytes_per_tick_4panes", "memory_bytes_per_tick"); },
         [](double v) { return v <= 1.2; }},
        {"disk_bytes_per_tick", "<= 32", figureOf("disk_bytes_per_tick"), [](double v) { return v <= 32.0; }},
        {"disk_bytes_per_tick_realistic", "<= 32", figureOf("disk_bytes_per_tick_realistic"),
         [](double v) { return v <= 32.0; }},
        {"cold_start_ms_10m", "<= 300", figureOf("cold_start_ms_10m"), [](double v) { return v <= 300.0; }},
        // Issue #16: a watchlist app idles.
        {"gui_cpu_percent_120tps", "<= 15", figureOf("gui_cpu_percent_120tps"), [](double v) { return v <= 15.0; }},
    };
    return list;
}

} // namespace

void BenchReport::set(std::string_view key, double value)
{
    m_samples[keyString(key)].append(value);
    std::printf("%-36s %.6g\n", std::string(key).c_str(), value);
    std::fflush(stdout);
}

void BenchReport::note(std::string_view key, const QString &text)
{
    m_notes.insert(keyString(key), text);
    std::printf("# note %s: %s\n", std::string(key).c_str(), qPrintable(text));
    std::fflush(stdout);
}

QList<double> BenchReport::samples(std::string_view key) const
{
    return m_samples.value(keyString(key));
}

std::optional<double> BenchReport::value(std::string_view key) const
{
    const QList<double> list = samples(key);
    if (list.isEmpty())
        return std::nullopt;
    return median(list);
}

std::optional<double> BenchReport::ratio(std::string_view figure, std::string_view baseline) const
{
    const QList<double> n = samples(figure);
    QList<double> d = samples(baseline);
    // A group that measures its baseline k times per run (the store's raw
    // limit, 3 per run) pairs the median of each run's k with the figure.
    if (!n.isEmpty() && d.size() > n.size() && d.size() % n.size() == 0) {
        const qsizetype k = d.size() / n.size();
        QList<double> perRun;
        for (qsizetype i = 0; i < n.size(); ++i)
            perRun.append(median(d.mid(i * k, k)));
        d = perRun;
    }
    if (n.isEmpty() || n.size() != d.size())
        return std::nullopt;   // not taken together: no same-run pairs
    QList<double> ratios;
    for (qsizetype i = 0; i < n.size(); ++i) {
        if (d.at(i) != 0.0 && std::isfinite(n.at(i)) && std::isfinite(d.at(i)))
            ratios.append(n.at(i) / d.at(i));
    }
    if (ratios.isEmpty())
        return std::nullopt;
    return median(ratios);
}

void BenchReport::printSummary() const
{
    std::printf("# summary: median of n samples; ratio: median of same-run ratios to the baseline\n");
    for (const std::string_view key : MetricKeys) {
        const std::optional<double> v = value(key);
        if (!v)
            continue;
        std::printf("# %-36s %-12.6g n=%lld", std::string(key).c_str(), *v, static_cast<long long>(samples(key).size()));
        for (const Comparison &c : Comparisons) {
            if (c.figure != key)
                continue;
            if (const std::optional<double> r = ratio(c.figure, c.baseline))
                std::printf("  %.3f %s", *r, std::string(c.meaning).c_str());
        }
        std::printf("\n");
    }
    std::fflush(stdout);
}

QByteArray BenchReport::json() const
{
    QJsonObject object;
    QJsonObject sampleLists;
    for (const std::string_view key : MetricKeys) {
        object.insert(keyString(key), number(value(key)));
        QJsonArray list;
        for (const double sample : samples(key))
            list.append(number(sample));
        if (!list.isEmpty())
            sampleLists.insert(keyString(key), list);
    }
    QJsonObject ratios;
    for (const Comparison &c : Comparisons) {
        ratios.insert(keyString(c.figure) + u"/" + keyString(c.baseline),
                      QJsonObject{{QStringLiteral("figure"), number(value(c.figure))},
                                  {QStringLiteral("baseline"), number(value(c.baseline))},
                                  {QStringLiteral("ratio"), number(ratio(c.figure, c.baseline))},
                                  {QStringLiteral("meaning"), keyString(c.meaning)}});
    }
    QJsonObject judged;
    for (const Goal &goal : goals()) {
        const std::optional<double> figure = goal.figure(*this);
        QJsonObject entry{{QStringLiteral("goal"), QString::fromLatin1(goal.target)},
                          {QStringLiteral("value"), number(figure)}};
        entry.insert(QStringLiteral("pass"), figure && std::isfinite(*figure) ? QJsonValue(goal.passes(*figure))
                                                                               : QJsonValue(QJsonValue::Null));
        judged.insert(QString::fromLatin1(goal.name), entry);
    }
    QJsonObject notes;
    for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it)
        notes.insert(it.key(), it.value());
    object.insert(QStringLiteral("samples"), sampleLists);
    object.insert(QStringLiteral("ratios"), ratios);
    object.insert(QStringLiteral("notes"), notes);
    object.insert(QStringLiteral("goals"), judged);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace tickerline::bench
