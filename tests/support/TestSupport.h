#pragma once

#include <QString>
#include <QTemporaryDir>

class QProcess;

namespace tickerline::test {

// The child `process` starts gets SIGTERM when the test process dies (Linux;
// elsewhere nothing): a test that crashes or is killed by a sanitizer must not
// leave a collector running that holds CTest's output pipe open until the
// timeout. Call before start().
void endWithThisProcess(QProcess &process);

// Whether a part a test needs from the system (a PostgreSQL server, a Secret
// Service) must be there: then its absence fails the test instead of skipping
// it, since a skip counts as a pass and CI would never notice. True when
// TICKERLINE_REQUIRE_REAL_PARTS=1 (scripts/test and scripts/sanitize export
// it) or, with that variable unset, when CI=true (set by CI services);
// TICKERLINE_REQUIRE_REAL_PARTS=0 lets a developer skip anyway.
[[nodiscard]] bool realPartsRequired();

// A temporary folder that lives as long as the test object; paths inside it.
class TempFolder
{
public:
    TempFolder();
    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace tickerline::test
