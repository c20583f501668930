#pragma once

#include <QStandardPaths>
#include <QString>

namespace tickerline {

// Where a save or open dialog starts: the standard folder (Pictures for a
// chart, Documents for CSV) when it exists, else the home folder — a fresh
// home has no ~/Pictures, and a dialog must not start in a folder that is not
// there.
[[nodiscard]] QString existingStandardFolder(QStandardPaths::StandardLocation location);

} // namespace tickerline
