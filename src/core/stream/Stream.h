#pragma once

// Stream: all stream operators in one include. See Pipe.h for how they
// compose; each operator's header says what it is for.

#include "Accumulate.h"
#include "CombineLatest.h"
#include "Filter.h"
#include "Map.h"
#include "Pipe.h"
#include "SlidingWindow.h"
#include "TimedWindow.h"
