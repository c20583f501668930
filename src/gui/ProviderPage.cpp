#include "ProviderPage.h"
#include "ui_ProviderPage.h"

#include "ProviderRegistry.h"
#include "Settings.h"

#include <QLineEdit>

namespace tickerline {

namespace {

// ProviderInfo::transport names the transport; these are the two kinds whose
// settings live on this page.
bool polls(const ProviderInfo &info)
{
    return info.transport.contains(u"poll", Qt::CaseInsensitive);
}

bool isSimulated(const ProviderInfo &info)
{
    return info.transport.compare(u"simulated", Qt::CaseInsensitive) == 0;
}

} // namespace

ProviderPage::ProviderPage(QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::ProviderPage>())
{
    m_ui->setupUi(this);
    m_serverUrlEdit = new QLineEdit(this);
    m_serverUrlEdit->setObjectName(QStringLiteral("serverUrlEdit"));
    m_serverUrlEdit->setPlaceholderText(QStringLiteral("ws://127.0.0.1:8765"));
    m_serverUrlEdit->setToolTip(tr("A serving collector (tickerline-collector serve): ws://, wss://, http:// or "
                                   "https://. Its read token goes on the Providers page, never in the URL."));
    m_ui->formLayout->addRow(tr("Server URL:"), m_serverUrlEdit);
    connect(m_serverUrlEdit, &QLineEdit::textEdited, this, &ProviderPage::edited);

    for (const ProviderInfo &info : ProviderRegistry::providers())
        m_ui->providerCombo->addItem(info.title, info.name);
    // The spin boxes offer exactly the range Settings keeps.
    const Settings::Range poll = Settings::range(Settings::Key::PollIntervalSeconds);
    m_ui->pollIntervalSpin->setRange(static_cast<int>(poll.minimum), static_cast<int>(poll.maximum));
    const Settings::Range rate = Settings::range(Settings::Key::SimulatedTicksPerSecond);
    m_ui->simulatedRateSpin->setRange(rate.minimum, rate.maximum);

    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateProviderDetails();
        Q_EMIT edited();
    });
    connect(m_ui->keyLabel, &QLabel::linkActivated, this, &ProviderPage::providersPageRequested);
    connect(m_ui->pollIntervalSpin, &QSpinBox::valueChanged, this, &ProviderPage::edited);
    connect(m_ui->simulatedRateSpin, &QDoubleSpinBox::valueChanged, this, &ProviderPage::edited);
    updateProviderDetails();
}

ProviderPage::~ProviderPage() = default;

QString ProviderPage::title() const
{
    return tr("Feed");
}

void ProviderPage::load(const Settings &settings)
{
    const QString name = settings.provider();
    int index = m_ui->providerCombo->findData(name);
    if (index < 0) {
        // Keep a provider this build does not know (a newer version wrote it)
        // instead of silently switching to another one on OK.
        m_ui->providerCombo->addItem(name, name);
        index = m_ui->providerCombo->count() - 1;
    }
    m_ui->providerCombo->setCurrentIndex(index);
    m_ui->pollIntervalSpin->setValue(settings.pollIntervalSeconds());
    m_ui->simulatedRateSpin->setValue(settings.simulatedTicksPerSecond());
    m_serverUrlEdit->setText(settings.value(Settings::Key::TickerlineServerUrl).toString());
    updateProviderDetails();
}

void ProviderPage::save(Settings &settings)
{
    settings.setValue(Settings::Key::Provider, m_ui->providerCombo->currentData());
    settings.setValue(Settings::Key::PollIntervalSeconds, m_ui->pollIntervalSpin->value());
    settings.setValue(Settings::Key::SimulatedTicksPerSecond, m_ui->simulatedRateSpin->value());
    // A URL with credentials in it would put a secret into the settings file: only scheme, host, port and path.
    QUrl url = QUrl::fromUserInput(m_serverUrlEdit->text().trimmed());
    url.setUserInfo({});
    url.setQuery(QString());
    settings.setValue(Settings::Key::TickerlineServerUrl, url.isValid() ? url.toString() : QString());
}

void ProviderPage::setProvidersPageAvailable(bool available)
{
    m_providersPage = available;
    updateProviderDetails();
}

void ProviderPage::updateProviderDetails()
{
    const ProviderInfo *info = ProviderRegistry::find(m_ui->providerCombo->currentData().toString());
    if (!info) {
        m_ui->descriptionLabel->setText(tr("This version of Tickerline does not know this provider."));
        m_ui->keyLabel->clear();
        m_ui->pollIntervalSpin->setEnabled(false);
        m_ui->simulatedRateSpin->setEnabled(false);
        m_serverUrlEdit->setEnabled(false);
        return;
    }
    m_ui->descriptionLabel->setText(info->description);
    const bool link = m_providersPage && !info->keyVariable.isEmpty();
    m_ui->keyLabel->setTextFormat(link ? Qt::RichText : Qt::PlainText);
    const bool optional = info->keyNeed == KeyNeed::Optional;
    if (info->keyVariable.isEmpty())
        m_ui->keyLabel->setText(tr("Not needed."));
    else if (optional)
        m_ui->keyLabel->setText(link ? tr("Optional (%1): only a server on another machine asks for one; "
                                          "<a href=\"providers\">enter it on the Providers page</a>.")
                                           .arg(info->keyVariable.toHtmlEscaped())
                                     : tr("Optional (%1): only a server on another machine asks for one.")
                                           .arg(info->keyVariable));
    else
        m_ui->keyLabel->setText(link ? tr("Needed (%1): <a href=\"providers\">enter it on the Providers page</a>.")
                                           .arg(info->keyVariable.toHtmlEscaped())
                                     : tr("Needed (%1).").arg(info->keyVariable));
    m_ui->pollIntervalSpin->setEnabled(polls(*info));
    m_ui->simulatedRateSpin->setEnabled(isSimulated(*info));
    m_serverUrlEdit->setEnabled(info->name == u"tickerline");
}

} // namespace tickerline
