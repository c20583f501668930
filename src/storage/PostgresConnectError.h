#pragma once

#include "StoreLocation.h"

#include <QString>

namespace tickerline {

// One line for a PostgreSQL connection that failed: where it went (host and
// port, or the socket file), as whom, the server's (or libpq's) reason, and
// what to try. libpqMessage is QSqlError::databaseText(): libpq's several
// lines, one attempt per address, with hints indented by tabs. Never holds
// the password: libpq does not repeat it and the target's is not used.
[[nodiscard]] QString postgresConnectFailure(const PostgresTarget &target, const QString &libpqMessage);

} // namespace tickerline
