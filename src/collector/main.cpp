#include "CollectorMain.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tickerline"));
    QCoreApplication::setApplicationName(QStringLiteral("Tickerline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TICKERLINE_VERSION));
    return tickerline::runCollector(app);
}
