#pragma once

#include <QString>
#include <QTemporaryDir>

namespace tickerline::test {

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
