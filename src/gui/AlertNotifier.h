#pragma once

#include <QString>

namespace tickerline {

struct AlertEvent;

// Tells the user that an alert fired, without blocking and without a modal
// box: the system tray where there is one (AlertTrayNotifier), otherwise a
// banner in the main window (AlertBanner).
class AlertNotifier
{
public:
    virtual ~AlertNotifier() = default;
    virtual void notify(const AlertEvent &event, const QString &title, const QString &message) = 0;

protected:
    AlertNotifier() = default;
    Q_DISABLE_COPY_MOVE(AlertNotifier)
};

} // namespace tickerline
