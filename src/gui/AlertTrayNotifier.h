#pragma once

#include "AlertNotifier.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QIcon;
class QSystemTrayIcon;
QT_END_NAMESPACE

namespace tickerline {

// Alerts as system tray messages (QSystemTrayIcon::showMessage); only where
// isAvailable().
class AlertTrayNotifier final : public QObject, public AlertNotifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertTrayNotifier)
public:
    AlertTrayNotifier(const QIcon &icon, QObject *parent = nullptr);

    [[nodiscard]] static bool isAvailable();
    void notify(const AlertEvent &event, const QString &title, const QString &message) override;

Q_SIGNALS:
    // The user clicked a message, e.g. to open the alerts log.
    void messageClicked();

private:
    QSystemTrayIcon *m_tray;
};

} // namespace tickerline
