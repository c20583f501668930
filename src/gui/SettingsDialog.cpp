#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "AppearancePage.h"
#include "DataPage.h"
#include "ProviderPage.h"
#include "ProviderRegistry.h"
#include "ProvidersPage.h"
#include "Settings.h"
#include "TickersPage.h"

#include <QPushButton>

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
    if (secrets)
        m_pages.insert(2, new ProvidersPage(*secrets, ProviderRegistry::providers(), this));
    for (SettingsPage *page : std::as_const(m_pages)) {
        m_ui->pageTabs->addTab(page, page->title());
        page->load(m_settings);
        connect(page, &SettingsPage::edited, this, [this] { applyButton()->setEnabled(true); });
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

QPushButton *SettingsDialog::applyButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Apply);
}

} // namespace tickerline
