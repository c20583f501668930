#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QList>

#include <functional>

namespace tickerline::bench {

// The value below which `fraction` (0…1) of the samples lie (nearest rank).
[[nodiscard]] double percentile(QList<double> samples, double fraction);

// The middle sample (the mean of the two middle ones for an even count).
[[nodiscard]] double median(QList<double> samples);

// The 1-minute load average (/proc/loadavg): how busy the machine was.
[[nodiscard]] double loadAverage();

// Resident set size of this process, bytes (Linux /proc/self/statm).
[[nodiscard]] qint64 residentBytes();
// Gives freed heap back to the system first, so that RSS differences measure what is kept.
void trimHeap();

// CPU time this thread has used, ms.
[[nodiscard]] double threadCpuMs();
[[nodiscard]] double wallMs();   // monotonic

// Runs the event loop until `done` holds or the deadline passes; returns `done()`.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

} // namespace tickerline::bench
