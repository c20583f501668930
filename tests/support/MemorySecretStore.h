#pragma once

#include "SecretStore.h"

#include <QHash>

#include <functional>

namespace tickerline::test {

// A SecretStore in memory, keeping the real contract: answers come later and
// in order. It can fail every request like a missing or locked keychain, and
// hold its answers back so a test can look at the "Saving…" moment.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)
public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void readKey(const QString &provider) override;
    void writeKey(const QString &provider, const QString &key) override;
    void deleteKey(const QString &provider) override;

    // Requests answered from now on fail with this error; SecretError{} heals.
    void setFailure(const SecretError &error);
    // While held, answers wait; releasing sends them all, in order.
    void setHeld(bool held);
    [[nodiscard]] std::optional<QString> storedKey(const QString &provider) const;
    [[nodiscard]] int requestCount() const { return m_requests; }

private:
    void answer(std::function<void()> reply);
    void flush();

    QHash<QString, QString> m_keys;
    SecretError m_failure;
    bool m_held = false;
    QList<std::function<void()>> m_pending;
    int m_requests = 0;
};

} // namespace tickerline::test
