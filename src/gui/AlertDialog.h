#pragma once

#include "AlertRule.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AlertDialog;
}

namespace tickerline {

class AlertCenter;

// Create, edit and delete alert rules: the list on the left, the selected (or
// new) rule's form on the right. Save Rule keeps it at once, or says in the
// dialog why it cannot (unknown symbol, a level of zero …).
class AlertDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertDialog)
public:
    explicit AlertDialog(AlertCenter &center, QWidget *parent = nullptr);
    ~AlertDialog() override;

    // The reason the last Save Rule was refused; empty after a good one.
    [[nodiscard]] QString errorText() const;

private:
    void reloadList();
    // The delete button and the last-fired line of the rule in the form.
    void updateRuleStatus();
    void showRule(const AlertRule &rule);
    [[nodiscard]] AlertRule ruleFromForm() const;
    void updateRows();
    void handleSelection();
    void newRule();
    void saveRule();
    void deleteRule();
    void showError(const QString &reason);

    const std::unique_ptr<Ui::AlertDialog> m_ui;
    AlertCenter &m_center;
    QString m_editingId;   // empty: the form holds a new rule
};

} // namespace tickerline
