#pragma once

#include "AlertNotifier.h"

#include <QFrame>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace tickerline {

// A slim, non-modal strip in the main window that shows the latest alert
// when there is no system tray; it hides itself after a while or on close.
class AlertBanner final : public QFrame, public AlertNotifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertBanner)
public:
    static constexpr int ShownMs = 15'000;

    explicit AlertBanner(QWidget *parent = nullptr);

    void notify(const AlertEvent &event, const QString &title, const QString &message) override;
    [[nodiscard]] QString text() const;

Q_SIGNALS:
    // The "Log" link was clicked.
    void logRequested();

private:
    QLabel *m_text;
    QTimer m_hideTimer;
    int m_unseen = 0;   // alerts shown since the banner last appeared
};

} // namespace tickerline
