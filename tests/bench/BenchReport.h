#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <string_view>

namespace tickerline::bench {

// Collects the figures of one run and formats them: a human-readable line per
// sample as it is measured, a summary of medians and same-run ratios at the
// end, and (json()) one JSON object with every key of MetricKeys (null when not
// measured, e.g. with --only), the Comparisons, notes on how figures were
// taken, and the goals of issue #5 with the figure each is judged on.
//
// A key may be set several times (the store's three runs, --repeat): its
// figure is the median of its samples, never the best. A ratio is the median
// of the ratios of samples taken together (the i-th of each, or the median of
// the i-th run's samples of a baseline taken k times a run), so that every
// ratio is against a baseline of the same run.
class BenchReport final
{
public:
    void set(std::string_view key, double value);
    void note(std::string_view key, const QString &text);

    [[nodiscard]] std::optional<double> value(std::string_view key) const;   // median of the samples
    [[nodiscard]] QList<double> samples(std::string_view key) const;
    [[nodiscard]] std::optional<double> ratio(std::string_view figure, std::string_view baseline) const;

    void printSummary() const;
    [[nodiscard]] QByteArray json() const;

private:
    QHash<QString, QList<double>> m_samples;
    QHash<QString, QString> m_notes;
};

} // namespace tickerline::bench
