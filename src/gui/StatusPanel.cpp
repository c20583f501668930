#include "StatusPanel.h"

#include "MarketColors.h"
#include "ProviderRegistry.h"
#include "StoreLocation.h"

#include <QDateTime>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tickerline {

namespace {

QString providerTitle(const QString &name)
{
    const ProviderInfo *info = ProviderRegistry::find(name);
    return info && !info->title.isEmpty() ? info->title : name;
}

// A PostgreSQL URL as user@host/db, a file by its name.
QString shortLocation(const QString &location)
{
    if (!isPostgresLocation(location))
        return QFileInfo(location).fileName();
    return shortPostgresName(location);
}

// libpq's words when a server wants a password it did not get or accept.
bool isPasswordRefusal(const QString &message)
{
    return message.contains(u"password authentication failed"_s) || message.contains(u"no password supplied"_s)
        || message.contains(u"SCRAM authentication"_s);
}

QString rate(double ticksPerSecond)
{
    return QLocale().toString(ticksPerSecond, 'f', ticksPerSecond >= 10 ? 0 : 1);
}

} // namespace

StatusPanel::StatusPanel(QWidget *parent)
    : QWidget(parent)
    , m_feedLayout(new QHBoxLayout)
    , m_storeLabel(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    m_feedLayout->setSpacing(16);
    layout->addLayout(m_feedLayout);
    layout->addStretch(1);
    layout->addWidget(m_storeLabel);
    m_storeLabel->setObjectName(u"storeStatusLabel"_s);
    m_storeLabel->setTextFormat(Qt::RichText);
    m_storeLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_storeLabel, &QLabel::linkActivated, this, &StatusPanel::passwordRequested);
    refresh();
}

StatusPanel::~StatusPanel() = default;

void StatusPanel::setFeedStatus(const FeedStatus &status)
{
    m_feeds.insert(status.feed, status);
    if (!m_feedLabels.contains(status.feed)) {
        auto *label = new QLabel(this);
        label->setObjectName(u"feedStatusLabel"_s);
        label->setTextFormat(Qt::RichText);
        m_feedLayout->addWidget(label);
        m_feedLabels.insert(status.feed, label);
    }
    refresh();
}

void StatusPanel::clearFeeds()
{
    qDeleteAll(m_feedLabels);
    m_feedLabels.clear();
    m_feeds.clear();
}

void StatusPanel::setStoreStatus(const StoreStatus &status)
{
    m_store = status;
    if (status.state == StoreState::Open)
        m_storeError.clear();
    refresh();
}

void StatusPanel::setStoreError(const QString &message)
{
    m_storeError = message;
    refresh();
}

void StatusPanel::setViewer(bool viewer)
{
    m_viewer = viewer;
    refresh();
}

QString StatusPanel::feedText(const QString &feed) const
{
    const QLabel *label = m_feedLabels.value(feed);
    return label ? label->accessibleName() : QString();
}

QString StatusPanel::storeText() const
{
    return m_storeLabel->accessibleName();
}

void StatusPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

void StatusPanel::showOn(QLabel *label, Level level, const QString &text, const QString &toolTip, const QString &link)
{
    // A coloured dot carries the state at a glance; the words carry it for
    // everyone else (and for screen readers via the accessible name).
    const QString dot = u"<span style=\"color:%1\">\u25CF</span> "_s.arg(colourName(level));
    const QString body = level == Level::Error
        ? u"<span style=\"color:%1\">%2</span>"_s.arg(colourName(level), text.toHtmlEscaped())
        : text.toHtmlEscaped();
    // The link's target is never shown; any click on it means "act on this message".
    const QString action = link.isEmpty() ? QString() : u" <a href=\"action\">%1</a>"_s.arg(link.toHtmlEscaped());
    label->setText(dot + body + action);
    label->setAccessibleName(link.isEmpty() ? text : text + u' ' + link);
    label->setToolTip(toolTip);
}

QString StatusPanel::colourName(Level level) const
{
    switch (level) {
    case Level::Good: return upColor(palette()).name();
    case Level::Busy: return palette().color(QPalette::PlaceholderText).name();
    case Level::Warning: return QColor(0xd9, 0x8c, 0x06).name();
    case Level::Error: return downColor(palette()).name();
    }
    return {};
}

void StatusPanel::refresh()
{
    for (auto it = m_feeds.cbegin(); it != m_feeds.cend(); ++it) {
        const FeedStatus &status = it.value();
        QString text = tr("%1: %2").arg(providerTitle(status.feed), feedStateName(status.state));
        Level level = Level::Busy;
        switch (status.state) {
        case FeedState::Live:
            level = Level::Good;
            // The rate is 0 until the feed has measured one.
            if (status.ticksPerSecond > 0)
                text += tr(" \u00b7 %1 ticks/s").arg(rate(status.ticksPerSecond));
            break;
        case FeedState::Stale:
            level = Level::Warning;
            break;
        case FeedState::BackingOff:
            level = Level::Warning;
            if (status.nextRetryMs > 0)
                text += tr(" \u00b7 retry at %1")
                            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(status.nextRetryMs).time(),
                                                    QLocale::ShortFormat));
            // A first drop retries within a second; a count says the provider keeps refusing.
            if (status.failures > 1)
                text += tr(" (attempt %1)").arg(status.failures);
            break;
        case FeedState::Failed:
            level = Level::Error;
            break;
        case FeedState::Idle:
        case FeedState::Connecting:
            break;
        }
        if (!status.message.isEmpty() && level != Level::Good)
            text += tr(" \u2014 %1").arg(status.message);
        // A serving collector answers while its own source is stalled: then no ticks come, and that is why.
        if (status.upstream) {
            text += tr(" \u00b7 %1").arg(upstreamFeedText(*status.upstream));
            if (level == Level::Good && status.upstream->state != FeedState::Live)
                level = Level::Warning;
        }
        // The user's own choice against the provider's advice: shown while it holds, not only logged.
        if (!status.notice.isEmpty())
            text += tr(" \u00b7 %1").arg(status.notice);
        QString toolTip = tr("%1 ticks received, %2 malformed frames")
                              .arg(QLocale().toString(status.totalTicks), QLocale().toString(status.malformedFrames));
        if (status.reconnects > 0 || status.disconnectedMs > 0)
            toolTip += u'\n'
                + tr("Reconnects: %1 \u00b7 disconnected %2 s in all")
                      .arg(QLocale().toString(status.reconnects),
                           QLocale().toString(double(status.disconnectedMs) / 1000.0, 'f', 1));
        showOn(m_feedLabels.value(it.key()), level, text, toolTip);
    }

    const QString where = m_store.location.isEmpty() ? QString() : shortLocation(m_store.location);
    if (!m_storeError.isEmpty() || m_store.state == StoreState::Failed) {
        const QString reason = m_storeError.isEmpty() ? m_store.message : m_storeError;
        if (isPasswordRefusal(reason)) {
            showOn(m_storeLabel, Level::Error, tr("The database server refused the password."),
                   reason, tr("Enter password\u2026"));
            return;
        }
        showOn(m_storeLabel, Level::Error, tr("Database error: %1").arg(reason), m_store.location);
        return;
    }
    const QString ticks = QLocale().toString(m_store.committedTicks);
    const QString toolTip = tr("%1\n%2 ticks stored, %3 duplicates ignored, %4 waiting, %5 dropped")
                                .arg(m_store.location, ticks, QLocale().toString(m_store.duplicateTicks),
                                     QLocale().toString(m_store.queuedTicks),
                                     QLocale().toString(m_store.droppedTicks));
    // Ticks lost to a full write queue stay in view for the rest of the session.
    const QString dropped = m_store.droppedTicks == 0
        ? QString()
        : tr(" \u00b7 %1 ticks dropped").arg(QLocale().toString(m_store.droppedTicks));
    switch (m_store.state) {
    case StoreState::Closed:
        showOn(m_storeLabel, Level::Busy, tr("Database: opening\u2026"), m_store.location);
        break;
    case StoreState::Open:
        if (m_viewer) {
            showOn(m_storeLabel, Level::Good, tr("Viewer \u2014 following %1").arg(where),
                   tr("%1\nShows what a collector records there; this window records nothing.").arg(m_store.location));
            break;
        }
        if (dropped.isEmpty() && m_store.message.isEmpty()) {
            showOn(m_storeLabel, Level::Good, tr("Database %1 \u00b7 %2 ticks stored").arg(where, ticks), toolTip);
            break;
        }
        // Writing, but behind: the queue is filling up or has overflowed.
        showOn(m_storeLabel, Level::Warning,
               tr("Database %1 \u00b7 %2 ticks stored").arg(where, ticks) + dropped
                   + (m_store.message.isEmpty() ? QString() : tr(" \u2014 %1").arg(m_store.message)),
               toolTip);
        break;
    case StoreState::Retrying:
        showOn(m_storeLabel, Level::Warning, tr("%1 \u00b7 retrying: %2").arg(where, m_store.message) + dropped,
               toolTip);
        break;
    case StoreState::Failed:
        break;
    }
}

} // namespace tickerline
