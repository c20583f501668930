#include "Derived.h"

#include "Stream.h"

#include <algorithm>

namespace tickerline {

Series derive(const Series &a, const Series &b, DerivedKind kind)
{
    Series out;
    out.reserve(a.size() + b.size());
    auto pairs = stream::combineLatest<SeriesPoint, SeriesPoint>()
                 | stream::filter([kind](const std::pair<SeriesPoint, SeriesPoint> &p) {
                       return kind != DerivedKind::Ratio || p.second.value != 0.0;
                   })
                 | stream::sink([&out, kind](const std::pair<SeriesPoint, SeriesPoint> &p) {
                       // In a time-ordered walk the newer of the pair is the point just pushed.
                       const qint64 t = std::max(p.first.timeMs, p.second.timeMs);
                       const double v = kind == DerivedKind::Spread ? p.first.value - p.second.value
                                                                    : p.first.value / p.second.value;
                       out.append({t, v});
                   });
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a[i].timeMs <= b[j].timeMs))
            pairs.pushLeft(a[i++]);
        else
            pairs.pushRight(b[j++]);
    }
    return out;
}

} // namespace tickerline
