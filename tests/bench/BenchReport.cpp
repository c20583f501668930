#include "BenchReport.h"

#include "BenchKeys.h"

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

std::optional<double> ratio(const BenchReport &report, const char *numerator, const char *denominator)
{
    const auto n = report.value(numerator);
    const auto d = report.value(denominator);
    if (!n || !d || *d == 0.0)
        return std::nullopt;
    return *n / *d;
}

const QList<Goal> &goals()
{
    static const QList<Goal> list{
        {"pipeline_ticks_per_s", ">= 1000000", [](const BenchReport &r) { return r.value("pipeline_ticks_per_s"); },
         [](double v) { return v >= 1e6; }},
        {"pipeline_lost_ticks", "== 0", [](const BenchReport &r) { return r.value("pipeline_lost_ticks"); },
         [](double v) { return v == 0.0; }},
        {"parse_vs_qjson", ">= 5", [](const BenchReport &r) {
             return ratio(r, "parse_msgs_per_s", "parse_qjson_baseline_msgs_per_s"); },
         [](double v) { return v >= 5.0; }},
        {"store_vs_raw_sqlite", ">= 0.5", [](const BenchReport &r) {
             return ratio(r, "store_sqlite_ticks_per_s", "store_sqlite_raw_limit_ticks_per_s"); },
         [](double v) { return v >= 0.5; }},
        {"chart_frame_ms_p95_1m", "<= 8", [](const BenchReport &r) { return r.value("chart_frame_ms_p95_1m"); },
         [](double v) { return v <= 8.0; }},
        {"chart_frame_ms_p95_10m_history", "<= 12",
         [](const BenchReport &r) { return r.value("chart_frame_ms_p95_10m_history"); },
         [](double v) { return v <= 12.0; }},
        {"chart_naive_vs_reduced", ">= 40", [](const BenchReport &r) {
             return ratio(r, "chart_frame_ms_naive_1m", "chart_frame_ms_p95_1m"); },
         [](double v) { return v >= 40.0; }},
        {"tick_to_model_ms_p99_100k", "<= 16",
         [](const BenchReport &r) { return r.value("tick_to_model_ms_p99_100k"); }, [](double v) { return v <= 16.0; }},
        {"memory_bytes_per_tick", "<= 32", [](const BenchReport &r) { return r.value("memory_bytes_per_tick"); },
         [](double v) { return v <= 32.0; }},
        {"disk_bytes_per_tick", "<= 32", [](const BenchReport &r) { return r.value("disk_bytes_per_tick"); },
         [](double v) { return v <= 32.0; }},
        {"cold_start_ms_10m", "<= 300", [](const BenchReport &r) { return r.value("cold_start_ms_10m"); },
         [](double v) { return v <= 300.0; }},
    };
    return list;
}

} // namespace

void BenchReport::set(const char *key, double value)
{
    m_values.insert(QString::fromLatin1(key), value);
    std::printf("%-36s %.6g\n", key, value);
    std::fflush(stdout);
}

std::optional<double> BenchReport::value(const char *key) const
{
    const auto it = m_values.constFind(QString::fromLatin1(key));
    return it == m_values.cend() ? std::nullopt : std::optional(*it);
}

QByteArray BenchReport::json() const
{
    QJsonObject object;
    for (const std::string_view key : MetricKeys)
        object.insert(keyString(key), number(value(std::string(key).c_str())));
    QJsonObject judged;
    for (const Goal &goal : goals()) {
        const std::optional<double> figure = goal.figure(*this);
        QJsonObject entry{{QStringLiteral("goal"), QString::fromLatin1(goal.target)},
                          {QStringLiteral("value"), number(figure)}};
        entry.insert(QStringLiteral("pass"), figure && std::isfinite(*figure) ? QJsonValue(goal.passes(*figure))
                                                                               : QJsonValue(QJsonValue::Null));
        judged.insert(QString::fromLatin1(goal.name), entry);
    }
    object.insert(QStringLiteral("goals"), judged);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace tickerline::bench
