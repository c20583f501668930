#include "FeedKeyResolver.h"

#include <algorithm>
#include <utility>

namespace tickerline {

FeedKeyResolver::FeedKeyResolver(SecretStore &secrets, const QList<ProviderInfo> &providers, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_providers(providers)
{
    connect(&m_secrets, &SecretStore::keyRead, this, &FeedKeyResolver::handleKeyRead);
}

FeedKeyResolver::~FeedKeyResolver() = default;

void FeedKeyResolver::resolve(const FeedConfig &feed)
{
    const quint64 request = ++m_request;
    m_failoverPending.clear();
    if (feed.failover.enabled) {
        for (const ProviderInfo &provider : m_providers) {
            if (!provider.keyVariable.isEmpty())
                m_failoverPending.append(provider.name);
        }
        if (!m_failoverPending.isEmpty()) {
            m_waiting = feed;
            for (const QString &provider : std::as_const(m_failoverPending))
                m_secrets.readKey(provider);
            return;
        }
    }
    const ProviderInfo *info = findProvider(feed.provider);
    // Unknown providers go through too: the engine reports them.
    if (!info || info->keyVariable.isEmpty()) {
        m_waiting.reset();
        QMetaObject::invokeMethod(this, [this, request, feed] {
            if (request == m_request)
                Q_EMIT resolved(feed);
        }, Qt::QueuedConnection);
        return;
    }
    m_waiting = feed;
    m_secrets.readKey(info->name);
}

void FeedKeyResolver::handleKeyRead(const QString &provider, const std::optional<QString> &key, const SecretError &error)
{
    // An answer to another reader's request will do as well: answers come in
    // request order, so it reflects every write confirmed before it.
    if (!m_failoverPending.isEmpty()) {
        handleFailoverKeyRead(provider, key);
        return;
    }
    if (!m_waiting || m_waiting->provider.compare(provider, Qt::CaseInsensitive) != 0)
        return;
    FeedConfig feed = *std::exchange(m_waiting, std::nullopt);
    const ProviderInfo *info = findProvider(feed.provider);
    feed.apiKey = key.value_or(QString());
    if (feed.apiKey.isEmpty())
        feed.apiKey = environmentKey(*info);
    // An optional key (a Tickerline server's token) is used when there is
    // one; without it, even when the keychain cannot be read, the feed starts
    // and the server that wants a token says so.
    if (!feed.apiKey.isEmpty() || !requiresKey(*info)) {
        Q_EMIT resolved(feed);
        return;
    }
    QString reason;
    if (error.code == SecretError::Code::NoBackendAvailable) {
        reason = tr("No API key for %1: set %2. No system keychain is available to keep one in "
                    "Settings \u2192 Providers.").arg(info->title, info->keyVariable);
    } else {
        reason = tr("No API key for %1: add one in Settings \u2192 Providers or set %2.")
                     .arg(info->title, info->keyVariable);
        if (!error.ok())
            reason += u' ' + SecretStore::problemText(error);
    }
    Q_EMIT failed(feed, reason);
}

void FeedKeyResolver::handleFailoverKeyRead(const QString &provider, const std::optional<QString> &key)
{
    const qsizetype index = m_failoverPending.indexOf(provider.toLower());
    if (!m_waiting || index < 0)
        return;
    m_failoverPending.removeAt(index);
    const ProviderInfo *info = findProvider(provider);
    QString found = key.value_or(QString());
    if (found.isEmpty() && info)
        found = environmentKey(*info);
    if (!found.isEmpty())
        m_waiting->failover.apiKeys.insert(provider.toLower(), found);
    if (!m_failoverPending.isEmpty())
        return;
    FeedConfig feed = *std::exchange(m_waiting, std::nullopt);
    feed.apiKey = feed.failover.apiKeys.value(feed.provider, feed.apiKey);
    Q_EMIT resolved(feed);
}

const ProviderInfo *FeedKeyResolver::findProvider(const QString &name) const
{
    const auto it = std::find_if(m_providers.cbegin(), m_providers.cend(), [&name](const ProviderInfo &info) {
        return info.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    return it == m_providers.cend() ? nullptr : &*it;
}

} // namespace tickerline
