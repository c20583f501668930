#include "AlertDialog.h"

#include "ui_AlertDialog.h"

#include "AlertCenter.h"

#include <QDateTime>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tickerline {

namespace {

constexpr int IdRole = Qt::UserRole;

const AlertKind Kinds[] = {AlertKind::PriceAbove, AlertKind::PriceBelow, AlertKind::PercentMove,
                           AlertKind::Week52High, AlertKind::Week52Low, AlertKind::FeedStale};
const AlertRearm Rearms[] = {AlertRearm::Once, AlertRearm::WhenFalse, AlertRearm::AfterCooldown};

void selectData(QComboBox *combo, int value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

} // namespace

AlertDialog::AlertDialog(AlertCenter &center, LastPrice lastPrice, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AlertDialog>())
    , m_center(center)
    , m_lastPrice(std::move(lastPrice))
{
    m_ui->setupUi(this);
    for (AlertKind kind : Kinds)
        m_ui->kindCombo->addItem(alertKindName(kind), int(kind));
    for (AlertRearm rearm : Rearms)
        m_ui->rearmCombo->addItem(alertRearmName(rearm), int(rearm));
    m_ui->symbolCombo->addItems(m_center.knownSymbols());
    m_ui->symbolCombo->lineEdit()->setPlaceholderText(tr("the whole feed"));
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_ui->errorLabel->setPalette(errorPalette);
    m_ui->errorLabel->hide();

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &AlertDialog::updateRows);
    connect(m_ui->rearmCombo, &QComboBox::currentIndexChanged, this, &AlertDialog::updateRows);
    connect(m_ui->ruleList, &QListWidget::itemSelectionChanged, this, &AlertDialog::handleSelection);
    connect(m_ui->symbolCombo, &QComboBox::currentTextChanged, this, &AlertDialog::followLastPrice);
    connect(m_ui->levelSpin, &QDoubleSpinBox::valueChanged, this, [this] { m_levelTyped = true; });
    connect(m_ui->newButton, &QPushButton::clicked, this, &AlertDialog::newRule);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &AlertDialog::saveRule);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &AlertDialog::deleteRule);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_center, &AlertCenter::rulesChanged, this, &AlertDialog::reloadList);

    reloadList();
    if (m_ui->ruleList->count() > 0)
        m_ui->ruleList->setCurrentRow(0);
    else
        newRule();
}

AlertDialog::~AlertDialog() = default;

QString AlertDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void AlertDialog::reloadList()
{
    // Rebuilt in place: the form keeps what is being typed.
    const QSignalBlocker blocker(m_ui->ruleList);
    m_ui->ruleList->clear();
    for (const AlertRule &rule : m_center.rules()) {
        QString text = describeAlertRule(rule);
        if (!rule.enabled)
            text = tr("%1 (off)").arg(text);
        auto *item = new QListWidgetItem(text, m_ui->ruleList);
        item->setData(IdRole, rule.id);
        if (rule.id == m_editingId) {
            item->setSelected(true);
            m_ui->ruleList->setCurrentItem(item);
        }
    }
    updateRuleStatus();
}

void AlertDialog::updateRuleStatus()
{
    m_ui->deleteButton->setEnabled(!m_editingId.isEmpty());
    const auto &rules = m_center.rules();
    const auto editing = std::find_if(rules.cbegin(), rules.cend(),
                                      [this](const AlertRule &r) { return r.id == m_editingId; });
    const qint64 lastFiredMs = editing != rules.cend() ? editing->lastFiredMs : 0;
    m_ui->lastFiredLabel->setText(
        lastFiredMs > 0 ? tr("Last fired %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(lastFiredMs).toLocalTime(),
                                                                     QLocale::ShortFormat))
                        : QString());
}

void AlertDialog::handleSelection()
{
    const QList<QListWidgetItem *> selected = m_ui->ruleList->selectedItems();
    if (selected.isEmpty())
        return;
    const QString id = selected.constFirst()->data(IdRole).toString();
    for (const AlertRule &rule : m_center.rules()) {
        if (rule.id == id) {
            showRule(rule);
            return;
        }
    }
}

void AlertDialog::showRule(const AlertRule &rule)
{
    m_editingId = rule.id;
    const QSignalBlocker symbolBlocker(m_ui->symbolCombo);
    const QSignalBlocker levelBlocker(m_ui->levelSpin);
    m_ui->symbolCombo->setEditText(rule.symbol);
    selectData(m_ui->kindCombo, int(rule.kind));
    selectData(m_ui->rearmCombo, int(rule.rearm));
    if (rule.kind == AlertKind::PriceAbove || rule.kind == AlertKind::PriceBelow)
        m_ui->levelSpin->setValue(rule.level);
    if (rule.kind == AlertKind::PercentMove) {
        m_ui->percentSpin->setValue(rule.percent);
        m_ui->windowSpin->setValue(rule.windowSeconds);
    }
    if (rule.kind == AlertKind::FeedStale)
        m_ui->staleSpin->setValue(rule.staleSeconds);
    if (rule.rearm == AlertRearm::AfterCooldown)
        m_ui->cooldownSpin->setValue(rule.cooldownSeconds);
    m_ui->enabledCheck->setChecked(rule.enabled);
    m_ui->errorLabel->hide();
    m_ui->ruleGroup->setTitle(tr("Rule"));
    updateRuleStatus();
    updateRows();
}

AlertRule AlertDialog::ruleFromForm() const
{
    AlertRule rule;
    rule.id = m_editingId;
    rule.symbol = m_ui->symbolCombo->currentText().trimmed();
    rule.kind = AlertKind(m_ui->kindCombo->currentData().toInt());
    rule.rearm = AlertRearm(m_ui->rearmCombo->currentData().toInt());
    rule.enabled = m_ui->enabledCheck->isChecked();
    switch (rule.kind) {
    case AlertKind::PriceAbove:
    case AlertKind::PriceBelow:
        rule.level = m_ui->levelSpin->value();
        break;
    case AlertKind::PercentMove:
        rule.percent = m_ui->percentSpin->value();
        rule.windowSeconds = m_ui->windowSpin->value();
        break;
    case AlertKind::FeedStale:
        rule.staleSeconds = m_ui->staleSpin->value();
        break;
    case AlertKind::Week52High:
    case AlertKind::Week52Low:
        break;
    }
    if (rule.rearm == AlertRearm::AfterCooldown)
        rule.cooldownSeconds = m_ui->cooldownSpin->value();
    return rule;
}

void AlertDialog::updateRows()
{
    const auto kind = AlertKind(m_ui->kindCombo->currentData().toInt());
    const bool price = kind == AlertKind::PriceAbove || kind == AlertKind::PriceBelow;
    QFormLayout *form = m_ui->formLayout;
    form->setRowVisible(m_ui->levelSpin, price);
    form->setRowVisible(m_ui->percentSpin, kind == AlertKind::PercentMove);
    form->setRowVisible(m_ui->windowSpin, kind == AlertKind::PercentMove);
    form->setRowVisible(m_ui->staleSpin, kind == AlertKind::FeedStale);
    form->setRowVisible(m_ui->cooldownSpin,
                        AlertRearm(m_ui->rearmCombo->currentData().toInt()) == AlertRearm::AfterCooldown);
}

void AlertDialog::newRule()
{
    AlertRule rule;
    const QStringList symbols = m_center.knownSymbols();
    rule.symbol = symbols.value(0);
    m_ui->ruleList->clearSelection();
    showRule(rule);
    m_levelTyped = false;
    {
        const QSignalBlocker blocker(m_ui->levelSpin);
        m_ui->levelSpin->setValue(0.0);
    }
    followLastPrice();
    m_ui->ruleGroup->setTitle(tr("New rule"));
    m_ui->symbolCombo->setFocus();
    m_ui->symbolCombo->lineEdit()->selectAll();
}

void AlertDialog::followLastPrice()
{
    if (!m_editingId.isEmpty() || m_levelTyped || !m_lastPrice)
        return;
    const std::optional<double> price = m_lastPrice(m_ui->symbolCombo->currentText().trimmed().toUpper());
    const QSignalBlocker blocker(m_ui->levelSpin);
    m_ui->levelSpin->setValue(price.value_or(0.0));
}

void AlertDialog::saveRule()
{
    AlertRule rule = ruleFromForm();
    if (rule.id.isEmpty())
        rule.id = newAlertRuleId();
    const QString problem = m_center.saveRule(rule);
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    m_editingId = rule.id;
    m_ui->errorLabel->hide();
    m_ui->ruleGroup->setTitle(tr("Rule"));
    reloadList();
}

void AlertDialog::deleteRule()
{
    if (m_editingId.isEmpty())
        return;
    m_center.removeRule(m_editingId);
    m_editingId.clear();
    if (m_ui->ruleList->count() > 0)
        m_ui->ruleList->setCurrentRow(0);
    else
        newRule();
}

void AlertDialog::showError(const QString &reason)
{
    m_ui->errorLabel->setText(reason);
    m_ui->errorLabel->show();
}

} // namespace tickerline
