#include "StandardFolders.h"

#include <QDir>
#include <QFileInfo>

namespace tickerline {

QString existingStandardFolder(QStandardPaths::StandardLocation location)
{
    const QString standard = QStandardPaths::writableLocation(location);
    if (!standard.isEmpty() && QFileInfo(standard).isDir())
        return standard;
    const QString home = QDir::homePath();
    return QFileInfo(home).isDir() ? home : QDir::currentPath();
}

} // namespace tickerline
