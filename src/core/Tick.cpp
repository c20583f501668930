#include "Tick.h"

#include <cmath>

namespace tickerline {

bool isValidPrice(double price)
{
    return std::isfinite(price) && price > 0.0;
}

} // namespace tickerline
