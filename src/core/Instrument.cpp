#include "Instrument.h"

#include <cmath>

namespace tickerline {

bool week52RangeIsPlausible(const Instrument &instrument)
{
    if (!instrument.week52High || !instrument.week52Low)
        return false;
    const double high = *instrument.week52High;
    const double low = *instrument.week52Low;
    return std::isfinite(high) && std::isfinite(low) && low > 0.0 && high > low;
}

} // namespace tickerline
