#include "MemorySecretStore.h"

namespace tickerline::test {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::readKey(const QString &provider)
{
    answer([this, provider] {
        if (!m_failure.ok()) {
            Q_EMIT keyRead(provider, std::nullopt, m_failure);
            return;
        }
        const auto found = m_keys.constFind(provider);
        Q_EMIT keyRead(provider, found == m_keys.cend() ? std::nullopt : std::optional<QString>(*found), {});
    });
}

void MemorySecretStore::writeKey(const QString &provider, const QString &key)
{
    answer([this, provider, key] {
        if (m_failure.ok())
            m_keys.insert(provider, key);
        Q_EMIT keyWritten(provider, m_failure);
    });
}

void MemorySecretStore::deleteKey(const QString &provider)
{
    answer([this, provider] {
        if (m_failure.ok())
            m_keys.remove(provider);
        Q_EMIT keyDeleted(provider, m_failure);
    });
}

void MemorySecretStore::setFailure(const SecretError &error)
{
    m_failure = error;
}

void MemorySecretStore::setHeld(bool held)
{
    m_held = held;
    if (!held)
        flush();
}

std::optional<QString> MemorySecretStore::storedKey(const QString &provider) const
{
    const auto found = m_keys.constFind(provider);
    return found == m_keys.cend() ? std::nullopt : std::optional<QString>(*found);
}

void MemorySecretStore::answer(std::function<void()> reply)
{
    ++m_requests;
    m_pending.append(std::move(reply));
    if (!m_held)
        flush();
}

void MemorySecretStore::flush()
{
    // Queued, so no answer comes from inside the request; through a FIFO, so
    // answers keep the order of their requests.
    QMetaObject::invokeMethod(this, [this] {
        while (!m_held && !m_pending.isEmpty())
            m_pending.takeFirst()();
    }, Qt::QueuedConnection);
}

} // namespace tickerline::test
