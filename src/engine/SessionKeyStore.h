#pragma once

#include "SecretStore.h"

#include <QHash>

namespace tickerline {

// A store over the keychain that can also hold a key for this run only: in
// memory, never written anywhere, gone when the program quits. Without a
// system keychain this is the only way the app can take a key typed into it.
// A held key answers reads of its provider before the keychain is asked;
// everything else goes to the keychain. Answers keep the SecretStore
// contract (later, one per request); a held key's answers are in order among
// themselves, not with the keychain's.
class SessionKeyStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionKeyStore)
public:
    explicit SessionKeyStore(SecretStore &persistent, QObject *parent = nullptr);
    ~SessionKeyStore() override;

    void readKey(const QString &provider) override;
    // Into the keychain; once stored there, a held key of the provider is dropped.
    void writeKey(const QString &provider, const QString &key) override;
    // A held key is dropped (and the keychain is not asked); otherwise the keychain's is deleted.
    void deleteKey(const QString &provider) override;

    // Holds key for this run; answers with keyWritten(provider, no error).
    void holdForSession(const QString &provider, const QString &key);
    [[nodiscard]] bool holdsForSession(const QString &provider) const;

private:
    void later(std::function<void()> answer);

    SecretStore &m_persistent;
    QHash<QString, QString> m_held;   // provider name (lower case) → key
};

} // namespace tickerline
