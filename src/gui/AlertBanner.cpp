#include "AlertBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tickerline {

AlertBanner::AlertBanner(QWidget *host)
    : QFrame(host)
    , m_text(new QLabel(this))
{
    setObjectName(u"alertBanner"_s);
    setAccessibleName(tr("Alert"));
    setFrameShape(QFrame::StyledPanel);
    // Tooltip colours are meant to stand out from the window in light and dark themes alike.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    m_text->setObjectName(u"alertBannerText"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setForegroundRole(QPalette::ToolTipText);
    auto *log = new QToolButton(this);
    log->setObjectName(u"alertBannerLogButton"_s);
    log->setText(tr("Show Log"));
    log->setAutoRaise(true);
    auto *close = new QToolButton(this);
    close->setObjectName(u"alertBannerCloseButton"_s);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss"));
    close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(log);
    layout->addWidget(close);

    m_hideTimer.setSingleShot(true);
    m_hideTimer.setInterval(ShownMs);
    connect(&m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(log, &QToolButton::clicked, this, &AlertBanner::logRequested);
    host->installEventFilter(this);
    hide();
}

bool AlertBanner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

void AlertBanner::place()
{
    const QWidget *host = parentWidget();
    setGeometry(0, 0, host->width(), std::min(sizeHint().height(), host->height()));
}

void AlertBanner::notify(const AlertEvent &, const QString &title, const QString &message)
{
    m_unseen = isVisible() ? m_unseen + 1 : 0;
    // The message names the symbol already ("AAPL at or above 340 — …"); the
    // title ("Alert: AAPL") is for screen readers here.
    m_text->setAccessibleName(title);
    QString text = tr("Alert: %1").arg(message);
    if (m_unseen > 0)
        text += u"  "_s + tr("(%n more in the log)", nullptr, m_unseen);
    m_text->setText(text);
    place();
    raise();
    show();
    m_hideTimer.start();
}

QString AlertBanner::text() const
{
    return m_text->text();
}

} // namespace tickerline
