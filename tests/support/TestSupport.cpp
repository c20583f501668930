#include "TestSupport.h"

namespace tickerline::test {

TempFolder::TempFolder() = default;

} // namespace tickerline::test
