#include "StudiesButton.h"

#include "ChartStudies.h"
#include "StudyDialog.h"

#include <QMenu>

namespace tickerline {

StudiesButton::StudiesButton(ChartStudies *studies, QWidget *parent)
    : QToolButton(parent)
    , m_studies(studies)
{
    setText(tr("Studies"));
    setToolTip(tr("Add or remove indicators (SMA, EMA, VWAP, Bollinger) and spread or ratio lines"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(new QMenu(this));
    connect(menu(), &QMenu::aboutToShow, this, &StudiesButton::rebuildMenu);
    rebuildMenu();
}

void StudiesButton::setSymbols(const QStringList &symbols)
{
    m_symbols = symbols;
}

void StudiesButton::setCurrentSymbol(const QString &symbol)
{
    m_currentSymbol = symbol;
}

StudyDialog *StudiesButton::openDialog()
{
    auto *dialog = new StudyDialog(m_symbols, m_currentSymbol, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_studies->addStudy(dialog->study()); });
    dialog->open();
    return dialog;
}

void StudiesButton::rebuildMenu()
{
    QMenu *m = menu();
    m->clear();
    QAction *add = m->addAction(tr("&Add Study\u2026"), this, [this] { openDialog(); });
    add->setEnabled(!m_symbols.isEmpty());
    const StudyList &studies = m_studies->studies();
    if (studies.isEmpty())
        return;
    m->addSeparator();
    for (qsizetype i = 0; i < studies.size(); ++i) {
        const QString key = studies.at(i).key();
        m->addAction(tr("Remove %1").arg(studies.at(i).label()), this, [this, key] {
            // By key: the list may have changed since the menu was built.
            const StudyList &now = m_studies->studies();
            for (qsizetype j = 0; j < now.size(); ++j) {
                if (now.at(j).key() == key) {
                    m_studies->removeStudy(j);
                    return;
                }
            }
        });
    }
    m->addSeparator();
    m->addAction(tr("Remove All Studies"), this, [this] { m_studies->setStudies({}); });
}

} // namespace tickerline
