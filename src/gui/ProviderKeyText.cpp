#include "ProviderKeyText.h"

#include <QCoreApplication>

namespace tickerline {

// The texts keep the row's translation context: they were its members' once.
QString providerKeyStateText(const ProviderKeyState &state, const ProviderInfo &provider)
{
    using Busy = ProviderKeyState::Busy;
    using Stored = ProviderKeyState::Stored;
    switch (state.busy) {
    case Busy::Reading:
        return QCoreApplication::translate("tickerline::ProviderKeyRow", "Checking the system keychain\u2026");
    case Busy::Saving:
        return QCoreApplication::translate("tickerline::ProviderKeyRow", "Saving\u2026");
    case Busy::Removing:
        return QCoreApplication::translate("tickerline::ProviderKeyRow", "Removing\u2026");
    case Busy::No:
        break;
    }
    const QString variable = provider.keyVariable;
    QStringList parts;
    if (state.unsavedWarning)
        parts.append(QCoreApplication::translate("tickerline::ProviderKeyRow", "This key is not saved yet: press Save, or clear the field."));
    if (!state.outcome.isEmpty())
        parts.append(state.outcome);
    if (state.heldForSession) {
        parts.append(QCoreApplication::translate("tickerline::ProviderKeyRow", "Used until Tickerline quits: held in memory only, never written."));
    } else if (state.noKeychain) {
        // The page's banner says there is no keychain; the row says what still works.
        if (state.environmentHasKey)
            parts.append(QCoreApplication::translate("tickerline::ProviderKeyRow", "Set by %1 in the environment.").arg(variable));
        else if (state.canHoldForSession)
            parts.append(QCoreApplication::translate("tickerline::ProviderKeyRow",
                                                     "Not set. Paste a key to use it until Tickerline quits, or set "
                                                     "%1 in the environment.").arg(variable));
        else
            parts.append(QCoreApplication::translate("tickerline::ProviderKeyRow",
                                                     "Not set. Set %1 in the environment to use %2.")
                             .arg(variable, provider.title));
    } else if (!state.error.ok()) {
        parts.append(state.environmentHasKey
                         ? SecretStore::problemText(state.error) + u' '
                               + QCoreApplication::translate("tickerline::ProviderKeyRow", "The key set by %1 in the environment is used.").arg(variable)
                         : SecretStore::errorText(state.error, provider));
    } else if (state.stored == Stored::Yes) {
        parts.append(QCoreApplication::translate("tickerline::ProviderKeyRow", "Stored in the system keychain."));
        if (state.environmentHasKey)
            parts.append(QCoreApplication::translate("tickerline::ProviderKeyRow", "%1 is set in the environment too; Tickerline uses the stored key, "
                            "the collector uses %1.").arg(variable));
    } else if (state.stored == Stored::No) {
        parts.append(state.environmentHasKey ? QCoreApplication::translate("tickerline::ProviderKeyRow", "Set by %1 in the environment.").arg(variable) : QCoreApplication::translate("tickerline::ProviderKeyRow", "Not set."));
    }
    return parts.join(u' ');
}

QStringList providerKeyStateTexts(const ProviderInfo &provider, bool canHoldForSession)
{
    using Stored = ProviderKeyState::Stored;
    QStringList texts;
    for (const bool environment : {false, true}) {
        for (const bool noKeychain : {false, true}) {
            for (const Stored stored : {Stored::No, Stored::Yes}) {
                ProviderKeyState state;
                state.environmentHasKey = environment;
                state.noKeychain = noKeychain;
                state.stored = stored;
                state.canHoldForSession = canHoldForSession;
                state.heldForSession = canHoldForSession && noKeychain && stored == Stored::Yes;
                state.outcome = stored == Stored::Yes ? QCoreApplication::translate("tickerline::ProviderKeyRow", "Saved.") : QCoreApplication::translate("tickerline::ProviderKeyRow", "Removed.");
                texts.append(providerKeyStateText(state, provider));
            }
        }
    }
    return texts;
}

} // namespace tickerline
