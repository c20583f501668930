#include "DataPage.h"
#include "ui_DataPage.h"

#include "Settings.h"

#include <QFileDialog>
#include <QFileInfo>

namespace tickerline {

DataPage::DataPage(const QString &defaultLocation, QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::DataPage>())
    , m_defaultLocation(defaultLocation)
{
    m_ui->setupUi(this);
    m_ui->databaseEdit->setPlaceholderText(defaultLocation.isEmpty() ? tr("Default location") : defaultLocation);
    m_ui->databaseEdit->setToolTip(defaultLocation.isEmpty()
        ? QString()
        : tr("Default: %1").arg(defaultLocation));

    connect(m_ui->databaseEdit, &QLineEdit::textChanged, this, [this] {
        updateButtons();
        Q_EMIT edited();
    });
    const Settings::Range retention = Settings::range(Settings::Key::RetentionDays);
    m_ui->retentionSpin->setRange(int(retention.minimum), int(retention.maximum));
    connect(m_ui->retentionSpin, &QSpinBox::valueChanged, this, &DataPage::edited);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &DataPage::handleBrowse);
    connect(m_ui->defaultButton, &QPushButton::clicked, m_ui->databaseEdit, &QLineEdit::clear);
    updateButtons();
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

void DataPage::save(Settings &settings)
{
    settings.setValue(Settings::Key::DatabaseLocation, m_ui->databaseEdit->text().trimmed());
    settings.setValue(Settings::Key::RetentionDays, m_ui->retentionSpin->value());
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

} // namespace tickerline
