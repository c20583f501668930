#pragma once

#include "AlertNotifier.h"

#include <QFrame>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace tickerline {

// A slim, non-modal strip over the top of its host (the main window's central
// widget) that shows the latest alert when there is no system tray; it hides
// itself after a while or on close. It lies over the host, outside its layout,
// so that showing it moves nothing under it.
class AlertBanner final : public QFrame, public AlertNotifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertBanner)
public:
    static constexpr int ShownMs = 15'000;

    explicit AlertBanner(QWidget *host);

    void notify(const AlertEvent &event, const QString &title, const QString &message) override;
    [[nodiscard]] QString text() const;

Q_SIGNALS:
    // The "Log" link was clicked.
    void logRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Across the host's top edge, as tall as the banner's contents need.
    void place();

    QLabel *m_text;
    QTimer m_hideTimer;
    int m_unseen = 0;   // alerts shown since the banner last appeared
};

} // namespace tickerline
