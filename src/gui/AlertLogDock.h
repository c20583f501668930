#pragma once

#include <QDockWidget>

QT_BEGIN_NAMESPACE
class QTableView;
QT_END_NAMESPACE

namespace tickerline {

class AlertLogModel;

// The alerts log as a dock of the main window: time, symbol, rule and the
// price of the tick that fired each alert, newest on top.
class AlertLogDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertLogDock)
public:
    explicit AlertLogDock(AlertLogModel *model, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *view() const { return m_view; }

private:
    QTableView *m_view;
};

} // namespace tickerline
