#pragma once

#include <QString>

#include <optional>

namespace tickerline::bench {

// The history database of the 10M-tick figures: `ticks` ticks of one symbol
// (BenchDatabase::Symbol), 25 ms apart, ending about when it was made. Made
// once per parameter set (count, schema version) in `dir` and reused, since
// writing ten million ticks takes a while; a file is only trusted once its
// ".complete" marker exists.
struct BenchDatabase
{
    static constexpr char16_t Symbol[] = u"BENCH";

    QString path;
    qint64 ticks = 0;
    qint64 firstMs = 0;
    qint64 lastMs = 0;

    [[nodiscard]] static std::optional<BenchDatabase> prepare(const QString &dir, qint64 ticks);
};

} // namespace tickerline::bench
