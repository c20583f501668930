#include "StudyDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>

namespace tickerline {

StudyDialog::StudyDialog(const QStringList &symbols, const QString &symbol, QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_symbol(new QComboBox(this))
    , m_otherSymbol(new QComboBox(this))
    , m_period(new QSpinBox(this))
    , m_width(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Add Study"));
    m_kind->addItem(tr("Simple moving average (SMA)"), QVariant::fromValue(int(StudyKind::Sma)));
    m_kind->addItem(tr("Exponential moving average (EMA)"), QVariant::fromValue(int(StudyKind::Ema)));
    m_kind->addItem(tr("Volume-weighted average price (VWAP)"), QVariant::fromValue(int(StudyKind::Vwap)));
    m_kind->addItem(tr("Bollinger bands"), QVariant::fromValue(int(StudyKind::Bollinger)));
    m_kind->addItem(tr("Spread of two symbols (A \u2212 B)"), QVariant::fromValue(int(StudyKind::Spread)));
    m_kind->addItem(tr("Ratio of two symbols (A / B)"), QVariant::fromValue(int(StudyKind::Ratio)));
    m_symbol->addItems(symbols);
    m_symbol->setCurrentText(symbol);
    m_otherSymbol->addItems(symbols);
    // A spread of a symbol with itself says nothing: offer the next one.
    m_otherSymbol->setCurrentIndex(symbols.size() > 1 ? (m_symbol->currentIndex() + 1) % int(symbols.size()) : 0);
    m_period->setRange(1, 1000);
    m_period->setValue(20);
    m_period->setSuffix(tr(" candles"));
    m_width->setRange(0.5, 5.0);
    m_width->setSingleStep(0.5);
    m_width->setValue(2.0);
    m_width->setSuffix(tr(" \u03c3"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Study:"), m_kind);
    form->addRow(tr("S&ymbol:"), m_symbol);
    form->addRow(tr("&Second symbol:"), m_otherSymbol);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &StudyDialog::updateEnabled);
    updateEnabled();
}

void StudyDialog::setKind(StudyKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(QVariant::fromValue(int(kind))));
}

StudySpec StudyDialog::study() const
{
    StudySpec spec;
    spec.kind = StudyKind(m_kind->currentData().toInt());
    spec.symbol = m_symbol->currentText();
    if (spec.isDerived())
        spec.otherSymbol = m_otherSymbol->currentText();
    if (spec.hasPeriod())
        spec.period = m_period->value();
    if (spec.kind == StudyKind::Bollinger)
        spec.width = m_width->value();
    return spec;
}

void StudyDialog::updateEnabled()
{
    const StudySpec spec = study();
    m_otherSymbol->setEnabled(spec.isDerived());
    m_period->setEnabled(spec.hasPeriod());
    m_width->setEnabled(spec.kind == StudyKind::Bollinger);
}

} // namespace tickerline
