#pragma once

#include "FeedConfig.h"
#include "ProviderRegistry.h"
#include "SecretStore.h"

#include <QList>
#include <QObject>

#include <optional>

namespace tickerline {

// Gives a feed its API key before it starts: the one in the system keychain
// first, then the provider's environment variable (the collector uses only
// the variable). A provider that needs no key passes straight through; one
// whose key is optional (KeyNeed::Optional) is looked up the same way but
// resolves without it, whatever the keychain answered; one whose required
// key is nowhere fails with a reason that says where to put it. With
// failover on, every key provider's key is looked up into
// feed.failover.apiKeys and the feed always resolves: a provider without a
// key fails on its own, and the symbol moves on.
class FeedKeyResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedKeyResolver)
public:
    // providers: what ProviderRegistry::providers() lists; tests pass their own.
    FeedKeyResolver(SecretStore &secrets, const QList<ProviderInfo> &providers, QObject *parent = nullptr);
    ~FeedKeyResolver() override;

    // Answers with resolved() or failed(), never from inside this call. A new
    // request replaces one still waiting for its key.
    void resolve(const tickerline::FeedConfig &feed);

Q_SIGNALS:
    // feed.apiKey is filled in when the provider needs a key.
    void resolved(const tickerline::FeedConfig &feed);
    void failed(const tickerline::FeedConfig &feed, const QString &reason);

private:
    void handleKeyRead(const QString &provider, const std::optional<QString> &key, const tickerline::SecretError &error);
    void handleFailoverKeyRead(const QString &provider, const std::optional<QString> &key);
    [[nodiscard]] const ProviderInfo *findProvider(const QString &name) const;

    SecretStore &m_secrets;
    const QList<ProviderInfo> m_providers;
    std::optional<FeedConfig> m_waiting;   // the request waiting for its key
    QStringList m_failoverPending;         // failover: key providers not answered yet
    quint64 m_request = 0;                 // the latest request; older answers are dropped
};

} // namespace tickerline
