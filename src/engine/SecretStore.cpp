#include "SecretStore.h"

#include "ProviderRegistry.h"

namespace tickerline {

SecretStore::~SecretStore() = default;

QString SecretStore::problemText(const SecretError &error)
{
    switch (error.code) {
    case SecretError::Code::None:
        return {};
    case SecretError::Code::NoBackendAvailable:
        return tr("No system keychain (such as GNOME Keyring or KWallet) is available.");
    case SecretError::Code::AccessDenied:
        return tr("The system keychain refused access; it may be locked.");
    case SecretError::Code::Failed: {
        QString detail = error.detail.trimmed();
        if (detail.isEmpty())
            return tr("The system keychain failed.");
        // Backends word their messages without a full stop; another sentence follows.
        if (!detail.endsWith(u'.'))
            detail += u'.';
        return tr("The system keychain failed: %1").arg(detail);
    }
    }
    return {};
}

QString SecretStore::errorText(const SecretError &error, const ProviderInfo &provider)
{
    if (error.ok())
        return {};
    return tr("%1 Set %2 in the environment instead to use %3.")
        .arg(problemText(error), provider.keyVariable, provider.title);
}

} // namespace tickerline
