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
