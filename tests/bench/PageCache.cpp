#include "PageCache.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <vector>

namespace tickerline::bench {

namespace {

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool dropSystemCache(QString *error)
{
    ::sync();
    const int fd = ::open("/proc/sys/vm/drop_caches", O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        *error = QStringLiteral("/proc/sys/vm/drop_caches: ") + errnoText();
        return false;
    }
    const bool ok = ::write(fd, "3\n", 2) == 2;
    if (!ok)
        *error = QStringLiteral("/proc/sys/vm/drop_caches: ") + errnoText();
    ::close(fd);
    return ok;
}

void adviseDontNeed(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fdatasync(fd);   // dirty pages are not dropped
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

} // namespace

double residentFraction(const QStringList &files)
{
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    qint64 pages = 0;
    qint64 resident = 0;
    for (const QString &path : files) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        struct stat info {};
        if (::fstat(fd, &info) == 0 && info.st_size > 0) {
            // Mapping reads nothing; mincore() only reports what is cached.
            void *map = ::mmap(nullptr, size_t(info.st_size), PROT_READ, MAP_SHARED, fd, 0);
            if (map != MAP_FAILED) {
                std::vector<unsigned char> vec(size_t((info.st_size + pageSize - 1) / pageSize));
                if (::mincore(map, size_t(info.st_size), vec.data()) == 0) {
                    pages += qint64(vec.size());
                    for (const unsigned char page : vec)
                        resident += page & 1;
                }
                ::munmap(map, size_t(info.st_size));
            }
        }
        ::close(fd);
    }
    return pages > 0 ? double(resident) / double(pages) : 0.0;
}

CacheDrop dropFromPageCache(const QStringList &files, CacheDropMode mode)
{
    CacheDrop drop;
    if (mode == CacheDropMode::System)
        drop.system = dropSystemCache(&drop.systemError);
    if (mode == CacheDropMode::Files || (mode == CacheDropMode::System && !drop.system)) {
        drop.files = true;
        for (const QString &path : files)
            adviseDontNeed(path);
    }
    drop.residentFraction = residentFraction(files);
    return drop;
}

} // namespace tickerline::bench
