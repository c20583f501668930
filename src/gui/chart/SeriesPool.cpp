#include "SeriesPool.h"

#include <algorithm>

namespace tickerline {

SeriesPool::SeriesPool(QObject *parent)
    : QObject(parent)
{
}

SeriesPool::~SeriesPool() = default;

void SeriesPool::setUsed(const void *user, const QStringList &symbols)
{
    m_users.insert(user, symbols);
    dropUnused();
}

void SeriesPool::release(const void *user)
{
    if (m_users.remove(user) > 0)
        dropUnused();
}

bool SeriesPool::isUsed(const QString &symbol) const
{
    return std::any_of(m_users.cbegin(), m_users.cend(), [&](const QStringList &used) { return used.contains(symbol); });
}

void SeriesPool::dropUnused()
{
    m_buffers.removeIf([this](const auto &entry) { return !isUsed(entry.key()); });
}

void SeriesPool::append(const SeriesMap &points)
{
    bool any = false;
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        if (it->isEmpty() || !isUsed(it.key()))
            continue;
        auto buffer = m_buffers.find(it.key());
        if (buffer == m_buffers.end())
            buffer = m_buffers.insert(it.key(), SeriesColumns(m_capacity));
        buffer->append(it.value());
        any = true;
    }
    if (any)
        Q_EMIT appended(points);
}

void SeriesPool::replaceRange(const QString &symbol, qint64 fromMs, qint64 toMs, const Series &points,
                              qint64 spacingMs, const void *source)
{
    if (!isUsed(symbol))
        return;
    auto buffer = m_buffers.find(symbol);
    if (buffer == m_buffers.end())
        buffer = m_buffers.insert(symbol, SeriesColumns(m_capacity));
    buffer->replaceRange(fromMs, toMs, points);
    Q_EMIT replaced(symbol, fromMs, toMs, spacingMs, source);
}

void SeriesPool::setCapacity(qsizetype points)
{
    m_capacity = std::max<qsizetype>(1, points);
    for (SeriesColumns &buffer : m_buffers)
        buffer.setCapacity(m_capacity);
}

const SeriesColumns *SeriesPool::buffer(const QString &symbol) const
{
    const auto it = m_buffers.constFind(symbol);
    return it == m_buffers.cend() ? nullptr : &*it;
}

qsizetype SeriesPool::pointCount() const
{
    qsizetype total = 0;
    for (const SeriesColumns &buffer : m_buffers)
        total += buffer.size();
    return total;
}

} // namespace tickerline
