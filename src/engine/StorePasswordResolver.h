#pragma once

#include "Engine.h"
#include "SecretStore.h"

#include <QObject>

#include <optional>

namespace tickerline {

// Gives a PostgreSQL store its password before the engine opens it: the one
// kept in the system keychain under storePasswordEntry(location). Without one
// there (or without a keychain) the store uses PGPASSWORD or the URL's; if
// the server then refuses, the status bar says so and Settings -> Data takes
// a password. A password written in the URL (--database
// postgresql://user:secret@…) is taken out of it, used, and saved in the
// keychain under that entry. A SQLite file passes straight through. The password only ever
// travels in EngineConfig::databasePassword: never logged, never in Settings.
class StorePasswordResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorePasswordResolver)
public:
    explicit StorePasswordResolver(SecretStore &secrets, QObject *parent = nullptr);
    ~StorePasswordResolver() override;

    // Answers with resolved(), never from inside this call. A new request
    // replaces one still waiting for its password.
    void resolve(const tickerline::EngineConfig &config);

Q_SIGNALS:
    // config.databasePassword is filled in when the keychain (or the URL)
    // holds one; config.databaseLocation holds no password.
    void resolved(const tickerline::EngineConfig &config);

private:
    void handleKeyWritten(const QString &entry, const tickerline::SecretError &error);
    void handleKeyRead(const QString &entry, const std::optional<QString> &password, const tickerline::SecretError &error);

    SecretStore &m_secrets;
    std::optional<EngineConfig> m_waiting;
    QString m_entry;   // what m_waiting waits for
    bool m_writing = false;   // for the URL's password to be saved, not read
};

} // namespace tickerline
