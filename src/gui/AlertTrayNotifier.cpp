#include "AlertTrayNotifier.h"

#include <QSystemTrayIcon>

namespace tickerline {

namespace {
constexpr int MessageMs = 10'000;
}

AlertTrayNotifier::AlertTrayNotifier(const QIcon &icon, QObject *parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(icon, this))
{
    m_tray->setToolTip(tr("Tickerline alerts"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertTrayNotifier::messageClicked);
}

bool AlertTrayNotifier::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void AlertTrayNotifier::notify(const AlertEvent &, const QString &title, const QString &message)
{
    // Shown only while a message is wanted, so the tray is not cluttered
    // with an icon for a program whose window is already open.
    m_tray->show();
    m_tray->showMessage(title, message, QSystemTrayIcon::Information, MessageMs);
}

} // namespace tickerline
