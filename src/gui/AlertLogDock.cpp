#include "AlertLogDock.h"

#include "AlertLogModel.h"

#include <QHeaderView>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace tickerline {

AlertLogDock::AlertLogDock(AlertLogModel *model, QWidget *parent)
    : QDockWidget(tr("Alerts Log"), parent)
    , m_view(new QTableView(this))
{
    setObjectName(u"alertLogDock"_s);   // saveState() needs it
    m_view->setObjectName(u"alertLogView"_s);
    m_view->setAccessibleName(tr("Alerts log"));
    m_view->setModel(model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AlertLogModel::RuleColumn, QHeaderView::Stretch);
    setWidget(m_view);
}

} // namespace tickerline
