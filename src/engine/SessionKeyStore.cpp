#include "SessionKeyStore.h"

#include <QTimer>

namespace tickerline {

namespace {

QString nameOf(const QString &provider)
{
    return provider.toLower();
}

} // namespace

SessionKeyStore::SessionKeyStore(SecretStore &persistent, QObject *parent)
    : SecretStore(parent)
    , m_persistent(persistent)
{
    connect(&m_persistent, &SecretStore::keyRead, this, &SecretStore::keyRead);
    connect(&m_persistent, &SecretStore::keyWritten, this, [this](const QString &provider, const SecretError &error) {
        if (error.ok())
            m_held.remove(nameOf(provider));
        Q_EMIT keyWritten(provider, error);
    });
    connect(&m_persistent, &SecretStore::keyDeleted, this, &SecretStore::keyDeleted);
}

SessionKeyStore::~SessionKeyStore() = default;

void SessionKeyStore::readKey(const QString &provider)
{
    const auto held = m_held.constFind(nameOf(provider));
    if (held == m_held.cend()) {
        m_persistent.readKey(provider);
        return;
    }
    later([this, provider, key = *held] { Q_EMIT keyRead(provider, key, SecretError{}); });
}

void SessionKeyStore::writeKey(const QString &provider, const QString &key)
{
    m_persistent.writeKey(provider, key);
}

void SessionKeyStore::deleteKey(const QString &provider)
{
    if (m_held.remove(nameOf(provider)) == 0) {
        m_persistent.deleteKey(provider);
        return;
    }
    later([this, provider] { Q_EMIT keyDeleted(provider, SecretError{}); });
}

void SessionKeyStore::holdForSession(const QString &provider, const QString &key)
{
    m_held.insert(nameOf(provider), key);
    later([this, provider] { Q_EMIT keyWritten(provider, SecretError{}); });
}

bool SessionKeyStore::holdsForSession(const QString &provider) const
{
    return m_held.contains(nameOf(provider));
}

void SessionKeyStore::later(std::function<void()> answer)
{
    QTimer::singleShot(0, this, std::move(answer));
}

} // namespace tickerline
