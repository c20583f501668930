#include "StoreStarter.h"

#include "StorePassword.h"

#include <QLoggingCategory>

#include <utility>

namespace tickerline {

namespace {
Q_LOGGING_CATEGORY(lcStoreStarter, "tickerline.gui.store")
} // namespace

StoreStarter::StoreStarter(SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
    connect(&m_secrets, &SecretStore::keyRead, this, &StoreStarter::handleKeyRead);
}

StoreStarter::~StoreStarter() = default;

void StoreStarter::prepare(const EngineConfig &config)
{
    const QString entry = storePasswordEntry(config.databaseLocation);
    if (entry.isEmpty()) {
        m_waiting.reset();
        QMetaObject::invokeMethod(this, [this, config] { Q_EMIT ready(config); }, Qt::QueuedConnection);
        return;
    }
    m_waiting = config;
    m_entry = entry;
    m_secrets.readKey(entry);
}

void StoreStarter::handleKeyRead(const QString &entry, const std::optional<QString> &password, const SecretError &error)
{
    if (!m_waiting || entry != m_entry)
        return;
    EngineConfig config = *std::exchange(m_waiting, std::nullopt);
    if (password && !password->isEmpty())
        config.databasePassword = *password;
    else if (!error.ok())   // the store falls back to PGPASSWORD; say why the keychain did not help
        qCInfo(lcStoreStarter).noquote() << QStringLiteral("No password for %1 from the keychain: %2")
                                                .arg(entry, SecretStore::problemText(error));
    Q_EMIT ready(config);
}

} // namespace tickerline
