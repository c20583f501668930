#include "StorePasswordResolver.h"

#include "StoreLocation.h"
#include "StorePassword.h"

#include <QLoggingCategory>

#include <utility>

namespace tickerline {

namespace {
Q_LOGGING_CATEGORY(lcStorePassword, "tickerline.engine.store")
} // namespace

StorePasswordResolver::StorePasswordResolver(SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
    connect(&m_secrets, &SecretStore::keyRead, this, &StorePasswordResolver::handleKeyRead);
    connect(&m_secrets, &SecretStore::keyWritten, this, &StorePasswordResolver::handleKeyWritten);
}

StorePasswordResolver::~StorePasswordResolver() = default;

void StorePasswordResolver::resolve(const EngineConfig &given)
{
    EngineConfig config = given;
    const SplitLocation split = splitPassword(config.databaseLocation);
    config.databaseLocation = split.location;
    const QString entry = storePasswordEntry(config.databaseLocation);
    if (!split.password.isEmpty() && !entry.isEmpty()) {
        // --database postgresql://user:secret@…: that password now, and kept
        // in the keychain for the next start; resolved() once it is written, so
        // that the keyWritten everyone sees comes before the store opens.
        config.databasePassword = split.password;
        m_waiting = config;
        m_entry = entry;
        m_writing = true;
        m_secrets.writeKey(entry, split.password);
        return;
    }
    if (entry.isEmpty()) {
        m_waiting.reset();
        QMetaObject::invokeMethod(this, [this, config] { Q_EMIT resolved(config); }, Qt::QueuedConnection);
        return;
    }
    m_waiting = config;
    m_entry = entry;
    m_writing = false;
    m_secrets.readKey(entry);
}

void StorePasswordResolver::handleKeyWritten(const QString &entry, const SecretError &error)
{
    if (!m_waiting || !m_writing || entry != m_entry)
        return;
    m_writing = false;
    if (!error.ok())   // used for this run all the same
        qCInfo(lcStorePassword).noquote() << QStringLiteral("The password for %1 was not saved in the keychain: %2")
                                                .arg(entry, SecretStore::problemText(error));
    // Queued: whoever else handles this keyWritten does so before the store opens.
    QMetaObject::invokeMethod(this, [this] {
        if (m_waiting && !m_writing)
            Q_EMIT resolved(*std::exchange(m_waiting, std::nullopt));
    }, Qt::QueuedConnection);
}

void StorePasswordResolver::handleKeyRead(const QString &entry, const std::optional<QString> &password, const SecretError &error)
{
    if (!m_waiting || m_writing || entry != m_entry)
        return;
    EngineConfig config = *std::exchange(m_waiting, std::nullopt);
    if (password && !password->isEmpty())
        config.databasePassword = *password;
    else if (!error.ok())   // the store falls back to PGPASSWORD; say why the keychain did not help
        qCInfo(lcStorePassword).noquote() << QStringLiteral("No password for %1 from the keychain: %2")
                                                .arg(entry, SecretStore::problemText(error));
    Q_EMIT resolved(config);
}

} // namespace tickerline
