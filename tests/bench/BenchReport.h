#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace tickerline::bench {

// Collects the figures of one run and formats them: a human-readable line
// per figure as it is measured, and at the end one JSON object with every
// key of MetricKeys (null when not measured, e.g. with --only) and the goals
// of issue #5 with the ratio or figure each is judged on and whether it passes.
class BenchReport final
{
public:
    void set(const char *key, double value);
    [[nodiscard]] std::optional<double> value(const char *key) const;
    [[nodiscard]] QByteArray json() const;

private:
    QHash<QString, double> m_values;
};

} // namespace tickerline::bench
