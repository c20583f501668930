#pragma once

#include <QWidget>

namespace tickerline {

class Settings;

// One page of the settings dialog. A page edits a copy of some settings and
// writes them back only when the dialog applies, so Cancel discards.
class SettingsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)
public:
    using QWidget::QWidget;

    [[nodiscard]] virtual QString title() const = 0;
    virtual void load(const Settings &settings) = 0;
    // False when the page cannot be saved as it stands; the page shows why.
    [[nodiscard]] virtual bool validate() { return true; }
    virtual void save(Settings &settings) = 0;

Q_SIGNALS:
    // The user changed something on the page.
    void edited();
    // Something appeared on the page (a banner) that needs more room than it had.
    void needsRoom();
};

} // namespace tickerline
