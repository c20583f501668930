#include "DataPage.h"
#include "ui_DataPage.h"

#include "SecretStore.h"
#include "Settings.h"
#include "StoreLocation.h"
#include "StorePassword.h"

#include <QFileDialog>
#include <QFileInfo>

namespace tickerline {

DataPage::DataPage(const QString &defaultLocation, SecretStore *secrets, QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::DataPage>())
    , m_defaultLocation(defaultLocation)
    , m_secrets(secrets)
{
    m_ui->setupUi(this);
    m_ui->databaseEdit->setPlaceholderText(defaultLocation.isEmpty() ? tr("Default location") : defaultLocation);
    m_ui->databaseEdit->setToolTip(defaultLocation.isEmpty()
        ? QString()
        : tr("Default: %1").arg(defaultLocation));

    connect(m_ui->databaseEdit, &QLineEdit::textChanged, this, [this] {
        updateButtons();
        updatePassword();
        Q_EMIT edited();
    });
    // A password typed into the URL moves to the masked field as soon as the
    // URL is done, so it is not left on screen, and never reaches Settings.
    connect(m_ui->databaseEdit, &QLineEdit::editingFinished, this, &DataPage::movePasswordOutOfUrl);
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, this, &DataPage::edited);
    if (m_secrets)
        connect(m_secrets, &SecretStore::keyWritten, this, &DataPage::handleKeyWritten);
    const Settings::Range retention = Settings::range(Settings::Key::RetentionDays);
    m_ui->retentionSpin->setRange(int(retention.minimum), int(retention.maximum));
    connect(m_ui->retentionSpin, &QSpinBox::valueChanged, this, &DataPage::edited);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &DataPage::handleBrowse);
    connect(m_ui->defaultButton, &QPushButton::clicked, m_ui->databaseEdit, &QLineEdit::clear);
    updateButtons();
    updatePassword();
}

DataPage::~DataPage() = default;

QString DataPage::title() const
{
    return tr("Data");
}

void DataPage::load(const Settings &settings)
{
    m_ui->databaseEdit->setText(settings.databaseLocation());
    m_ui->retentionSpin->setValue(settings.retentionDays());
}

void DataPage::movePasswordOutOfUrl()
{
    const SplitLocation split = splitPassword(m_ui->databaseEdit->text().trimmed());
    if (split.password.isEmpty())
        return;
    // The field's own password, typed on purpose, wins over the URL's.
    if (m_ui->passwordEdit->text().isEmpty())
        m_ui->passwordEdit->setText(split.password);
    m_ui->databaseEdit->setText(split.location);
}

void DataPage::save(Settings &settings)
{
    movePasswordOutOfUrl();
    settings.setValue(Settings::Key::DatabaseLocation, m_ui->databaseEdit->text().trimmed());
    settings.setValue(Settings::Key::RetentionDays, m_ui->retentionSpin->value());
    // The password to the keychain only; an empty field keeps the stored one.
    const QString entry = storePasswordEntry(m_ui->databaseEdit->text().trimmed());
    const QString password = m_ui->passwordEdit->text();
    if (m_secrets && !entry.isEmpty() && !password.isEmpty()) {
        m_savingEntry = entry;
        m_ui->passwordNote->setText(tr("Saving the password in the system keychain\u2026"));
        m_secrets->writeKey(entry, password);
    }
    m_ui->passwordEdit->clear();
}

void DataPage::handleBrowse()
{
    const QString current = m_ui->databaseEdit->text().trimmed();
    const QString start = current.isEmpty() ? m_defaultLocation : current;
    // Asynchronous (open(), not getSaveFileName()) so no nested event loop runs
    // while the main window keeps receiving ticks.
    auto *dialog = new QFileDialog(this, tr("Database File"), QFileInfo(start).absolutePath(),
                                   tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    // Choosing an existing database means "record into it", not "replace it".
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->setDefaultSuffix(QStringLiteral("sqlite"));
    if (!start.isEmpty())
        dialog->selectFile(start);
    connect(dialog, &QFileDialog::fileSelected, m_ui->databaseEdit, &QLineEdit::setText);
    dialog->open();
}

void DataPage::updateButtons()
{
    m_ui->defaultButton->setEnabled(!m_ui->databaseEdit->text().isEmpty());
}

void DataPage::updatePassword()
{
    const bool postgres = isPostgresLocation(m_ui->databaseEdit->text().trimmed());
    m_ui->passwordEdit->setEnabled(postgres && m_secrets);
    m_ui->passwordLabel->setEnabled(postgres && m_secrets);
    if (!postgres)
        m_ui->passwordNote->setText(tr("A SQLite file needs no password."));
    else if (!m_secrets)
        m_ui->passwordNote->setText(tr("Set PGPASSWORD to give the PostgreSQL password."));
    else
        m_ui->passwordNote->setText(tr("Kept in the system keychain, never in the settings; leave empty to keep the "
                                       "saved one (or use PGPASSWORD)."));
}

void DataPage::handleKeyWritten(const QString &entry, const SecretError &error)
{
    if (entry != m_savingEntry)
        return;
    m_savingEntry.clear();
    m_ui->passwordNote->setText(error.ok() ? tr("The password is saved in the system keychain.")
                                           : tr("The password was not saved: %1").arg(SecretStore::problemText(error)));
}

} // namespace tickerline
