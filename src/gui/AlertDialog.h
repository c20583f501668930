#pragma once

#include "AlertRule.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class AlertDialog;
}

namespace tickerline {

class AlertCenter;

// Create, edit and delete alert rules: the list on the left, the selected (or
// new) rule's form on the right. Save Rule keeps it at once, or says in the
// dialog why it cannot (unknown symbol, a level of zero …). A new price rule's
// level starts at the symbol's last price, and follows the symbol chosen until
// the user types a level.
class AlertDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertDialog)
public:
    // The symbol's last price, or nothing when no quote has come yet.
    using LastPrice = std::function<std::optional<double>(const QString &symbol)>;

    explicit AlertDialog(AlertCenter &center, LastPrice lastPrice = {}, QWidget *parent = nullptr);
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
    // A new rule's level: the symbol's last price, unless the user typed one.
    void followLastPrice();

    const std::unique_ptr<Ui::AlertDialog> m_ui;
    AlertCenter &m_center;
    const LastPrice m_lastPrice;
    bool m_levelTyped = false;   // the new rule's level is the user's, not the last price
    QString m_editingId;   // empty: the form holds a new rule
};

} // namespace tickerline
