#pragma once

#include "SecretStore.h"

namespace QKeychain {
class Job;
}

namespace tickerline {

// API keys in the operating system's keychain through QtKeychain: one entry
// per provider, under the service "Tickerline". Never falls back to a
// plain-text file: without a keychain every request reports
// NoBackendAvailable. Logs which provider and what happened, never a key.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    // Entries under another service name, so tests never touch the user's keys.
    KeychainSecretStore(const QString &service, QObject *parent);
    ~KeychainSecretStore() override;

    void readKey(const QString &provider) override;
    void writeKey(const QString &provider, const QString &key) override;
    void deleteKey(const QString &provider) override;

private:
    void start(QKeychain::Job *job, const QString &provider);

    const QString m_service;
};

} // namespace tickerline
