#pragma once

#include <QString>

namespace tickerline {

// The name under which the GUI keeps a PostgreSQL store's password in the
// system keychain (SecretStore, beside the providers' API keys): the URL
// without scheme, password and options, "user@host:port/db". Empty for a
// SQLite file, which has no password.
[[nodiscard]] QString storePasswordEntry(const QString &location);

} // namespace tickerline
