#include "ProvidersPage.h"
#include "ui_ProvidersPage.h"

#include "ProviderKeyRow.h"
#include "ProviderRegistry.h"

#include <QLocale>
#include <QStyle>

namespace tickerline {

ProvidersPage::ProvidersPage(SecretStore &secrets, const QList<ProviderInfo> &providers, QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::ProvidersPage>())
{
    m_ui->setupUi(this);
    m_ui->noKeychainBanner->hide();
    for (const ProviderInfo &info : providers) {
        if (info.keyVariable.isEmpty())
            continue;
        auto *row = new ProviderKeyRow(secrets, info, this);
        m_ui->rowsLayout->addWidget(row);
        m_rows.append(row);
        connect(row, &ProviderKeyRow::keychainMissing, this, &ProvidersPage::showNoKeychain);
    }
    m_ui->noProvidersLabel->setVisible(m_rows.isEmpty());
}

ProvidersPage::~ProvidersPage() = default;

QString ProvidersPage::title() const
{
    return tr("Providers");
}

void ProvidersPage::load(const Settings &)
{
    for (ProviderKeyRow *row : std::as_const(m_rows))
        row->refresh();
}

bool ProvidersPage::validate()
{
    bool ok = true;
    // Every row with a typed key says so; going backwards leaves the focus on the first.
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it)
        ok = (*it)->checkNothingUnsaved() && ok;
    return ok;
}

void ProvidersPage::save(Settings &)
{
    // Nothing waits for OK: each key was stored or removed by its own button.
}

void ProvidersPage::showNoKeychain()
{
    if (m_ui->noKeychainBanner->isVisibleTo(this))
        return;
    QStringList variables;
    for (const ProviderKeyRow *row : std::as_const(m_rows))
        variables.append(row->provider().keyVariable);
    m_ui->noKeychainLabel->setText(
        tr("No system keychain (such as GNOME Keyring or KWallet) is available, so API keys cannot be kept "
           "from one run to the next, and Tickerline never writes them to a plain file. Paste a key below to use "
           "it until Tickerline quits, or set it in the environment: %1.")
            .arg(QLocale().createSeparatedList(variables)));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->noKeychainIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    m_ui->noKeychainBanner->show();
    Q_EMIT needsRoom();
}

} // namespace tickerline
