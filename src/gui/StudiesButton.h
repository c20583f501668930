#pragma once

#include <QToolButton>

namespace tickerline {

class ChartStudies;
class StudyDialog;

// "Studies" in the chart's toolbar: a menu that adds a study (through a
// StudyDialog, opened without blocking) and removes one or all.
class StudiesButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudiesButton)
public:
    // The studies must outlive the button.
    explicit StudiesButton(ChartStudies *studies, QWidget *parent = nullptr);

    // What the dialog offers, and the symbol it starts with.
    void setSymbols(const QStringList &symbols);
    void setCurrentSymbol(const QString &symbol);

    // Opens the dialog (window-modal); the study is added when it is accepted.
    StudyDialog *openDialog();

private:
    void rebuildMenu();

    ChartStudies *m_studies;
    QStringList m_symbols;
    QString m_currentSymbol;
};

} // namespace tickerline
