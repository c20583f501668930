#pragma once

#include <QString>
#include <QStringList>

namespace tickerline::bench {

// How files are taken out of the OS page cache before a cold start.
enum class CacheDropMode {
    System,   // sync + /proc/sys/vm/drop_caches (root only); per file when that is refused
    Files,    // posix_fadvise(POSIX_FADV_DONTNEED) on each file, which works unprivileged
    None,
};

struct CacheDrop
{
    bool system = false;             // the whole page cache was dropped
    bool files = false;              // posix_fadvise was used on the files
    double residentFraction = 1.0;   // of the files' pages, in the page cache afterwards (mincore)
    QString systemError;             // why drop_caches was refused, if it was tried
};

// Drops the files (missing ones are skipped) out of the page cache as `mode`
// says, then measures how much of them is still resident.
[[nodiscard]] CacheDrop dropFromPageCache(const QStringList &files, CacheDropMode mode);

// The fraction of the files' pages in the page cache, 0…1 (0 when they hold no pages).
[[nodiscard]] double residentFraction(const QStringList &files);

} // namespace tickerline::bench
