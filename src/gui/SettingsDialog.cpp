#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "AppearancePage.h"
#include "DataPage.h"
#include "ProviderPage.h"
#include "ProviderRegistry.h"
#include "ProvidersPage.h"
#include "Settings.h"
#include "TickersPage.h"

#include <QLayout>
#include <QPushButton>
#include <QScreen>
#include <QShowEvent>

using namespace Qt::StringLiterals;

namespace tickerline {

SettingsDialog::SettingsDialog(Settings &settings, const QString &defaultDatabaseLocation, SecretStore *secrets,
                               QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    applyButton()->setObjectName(u"applyButton"_s);

    m_feedPage = new ProviderPage(this);
    m_pages = {new TickersPage(this), m_feedPage, new DataPage(defaultDatabaseLocation, secrets, this),
               new AppearancePage(this)};
    if (secrets) {
        auto *providers = new ProvidersPage(*secrets, ProviderRegistry::providers(), this);
        m_pages.insert(2, providers);
        m_feedPage->setProvidersPageAvailable(true);
        connect(m_feedPage, &ProviderPage::providersPageRequested, this,
                [this, providers] { m_ui->pageTabs->setCurrentWidget(providers); });
    }
    for (SettingsPage *page : std::as_const(m_pages)) {
        m_ui->pageTabs->addTab(page, page->title());
        page->load(m_settings);
        connect(page, &SettingsPage::edited, this, [this] { applyButton()->setEnabled(true); });
        connect(page, &SettingsPage::needsRoom, this, &SettingsDialog::growToFit);
    }
    // Loading the pages reports edits too; nothing is pending yet.
    applyButton()->setEnabled(false);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(applyButton(), &QPushButton::clicked, this, &SettingsDialog::apply);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showFeedPage()
{
    m_ui->pageTabs->setCurrentWidget(m_feedPage);
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Sized once visible: a hidden dialog does not lay out its pages.
    if (!event->spontaneous())
        growToFit();
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

bool SettingsDialog::apply()
{
    for (SettingsPage *page : std::as_const(m_pages)) {
        if (!page->validate()) {
            m_ui->pageTabs->setCurrentWidget(page);
            return false;
        }
    }
    for (SettingsPage *page : std::as_const(m_pages))
        page->save(m_settings);
    applyButton()->setEnabled(false);
    return true;
}

void SettingsDialog::growToFit()
{
    if (!isVisible())
        return;
    // As wide as the widest page needs, then as tall as the tallest needs at
    // that width (wrapped texts), so that no page opens clipped in any
    // language; within the screen. A second pass settles what the first
    // changed (a wider page wraps less, a row's reserved height follows).
    const QSize screen = this->screen() ? this->screen()->availableGeometry().size() : QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    for (int pass = 0; pass < 3; ++pass) {
        resize(size().expandedTo(minimumSizeHint()).boundedTo(screen));
        layout()->activate();
        const QWidget *shown = m_ui->pageTabs->currentWidget();
        int pageHeight = shown->height();
        for (const SettingsPage *page : std::as_const(m_pages)) {
            const int needed = page->hasHeightForWidth() ? page->heightForWidth(shown->width()) : page->sizeHint().height();
            pageHeight = qMax(pageHeight, needed);
        }
        const QSize fitting = QSize(width(), height() - shown->height() + pageHeight).boundedTo(screen);
        if (fitting == size())
            return;
        resize(fitting);
    }
}

QPushButton *SettingsDialog::applyButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Apply);
}

} // namespace tickerline
