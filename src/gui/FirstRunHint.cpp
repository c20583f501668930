#include "FirstRunHint.h"

#include "Settings.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace tickerline {

FirstRunHint::FirstRunHint(Settings &settings, QWidget *parent)
    : QFrame(parent)
    , m_settings(settings)
    , m_text(new QLabel(this))
    , m_settingsButton(new QPushButton(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(u"firstRunHint"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    m_text->setObjectName(u"firstRunHintText"_s);
    m_text->setWordWrap(true);
    m_text->setText(tr("You are watching a simulated market: the prices are made up. To watch real quotes, "
                       "choose a provider under Settings → Feed and, if it needs one, add its API key under "
                       "Settings → Providers."));
    m_settingsButton->setObjectName(u"firstRunHintSettingsButton"_s);
    m_settingsButton->setText(tr("&Open Settings"));
    m_closeButton->setObjectName(u"firstRunHintCloseButton"_s);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("Close this hint for good"));
    m_closeButton->setAccessibleName(tr("Close hint"));
    setAccessibleName(tr("Simulated market hint"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_settingsButton);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    connect(m_settingsButton, &QPushButton::clicked, this, &FirstRunHint::settingsRequested);
    connect(m_closeButton, &QToolButton::clicked, this, &FirstRunHint::dismiss);
}

bool FirstRunHint::wantedFor(const QString &provider) const
{
    return provider.compare(u"simulated"_s, Qt::CaseInsensitive) == 0
        && !m_settings.value(Settings::Key::FirstRunHintDismissed).toBool();
}

void FirstRunHint::dismiss()
{
    hide();
    m_settings.setValue(Settings::Key::FirstRunHintDismissed, true);
    m_settings.sync();
}

} // namespace tickerline
