#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QList>

#include <functional>

namespace tickerline::bench {

// The value below which `fraction` (0…1) of the samples lie (nearest rank).
[[nodiscard]] double percentile(QList<double> samples, double fraction);

// Resident set size of this process, bytes (Linux /proc/self/statm).
[[nodiscard]] qint64 residentBytes();
// Gives freed heap back to the system first, so that RSS differences measure what is kept.
void trimHeap();

// CPU time this thread has used, ms. Frames driven by a widget's own frame
// timer are timed in CPU time, so the idle wait for that timer is not counted.
[[nodiscard]] double threadCpuMs();
[[nodiscard]] double wallMs();   // monotonic

// Runs the event loop until `done` holds or the deadline passes; returns `done()`.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

} // namespace tickerline::bench
