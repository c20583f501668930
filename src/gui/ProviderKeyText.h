#pragma once

#include "ProviderRegistry.h"
#include "SecretStore.h"

#include <QString>
#include <QStringList>

namespace tickerline {

// Where a provider's key stands, as the Providers page's row knows it.
struct ProviderKeyState
{
    enum class Busy { No, Reading, Saving, Removing };
    enum class Stored { Unknown, Yes, No };

    Busy busy = Busy::No;
    Stored stored = Stored::Unknown;
    SecretError error;          // of the last request
    QString outcome;            // what the last Save or Remove did
    bool noKeychain = false;
    bool canHoldForSession = false;   // a key typed without a keychain can be held for this run
    bool heldForSession = false;      // it is: in memory, never written
    bool unsavedWarning = false;
    bool environmentHasKey = false;
};

// The row's line saying where the key Tickerline will use comes from.
[[nodiscard]] QString providerKeyStateText(const ProviderKeyState &state, const ProviderInfo &provider);

// Every text the row can show outside a request in flight, so that it
// reserves room for the longest before it shows any.
[[nodiscard]] QStringList providerKeyStateTexts(const ProviderInfo &provider, bool canHoldForSession);

} // namespace tickerline
