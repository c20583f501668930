#pragma once

#include "StudySpec.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
QT_END_NAMESPACE

namespace tickerline {

// Asks for one study: its kind, the symbol (and the second one of a spread
// or ratio), the period and the Bollinger width; only what the kind uses is
// enabled.
class StudyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudyDialog)
public:
    StudyDialog(const QStringList &symbols, const QString &symbol, QWidget *parent = nullptr);

    void setKind(tickerline::StudyKind kind);
    [[nodiscard]] tickerline::StudySpec study() const;

    // For tests.
    [[nodiscard]] QComboBox *kindBox() const { return m_kind; }
    [[nodiscard]] QComboBox *symbolBox() const { return m_symbol; }
    [[nodiscard]] QComboBox *otherSymbolBox() const { return m_otherSymbol; }
    [[nodiscard]] QSpinBox *periodBox() const { return m_period; }
    [[nodiscard]] QDoubleSpinBox *widthBox() const { return m_width; }

private:
    void updateEnabled();

    QComboBox *m_kind;
    QComboBox *m_symbol;
    QComboBox *m_otherSymbol;
    QSpinBox *m_period;
    QDoubleSpinBox *m_width;
};

} // namespace tickerline
