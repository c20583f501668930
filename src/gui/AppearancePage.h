#pragma once

#include "SettingsPage.h"

#include <memory>

namespace Ui {
class AppearancePage;
}

namespace tickerline {

// Light, dark, or whatever the system uses; and the language.
class AppearancePage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppearancePage)
public:
    explicit AppearancePage(QWidget *parent = nullptr);
    ~AppearancePage() override;

    [[nodiscard]] QString title() const override;
    void load(const Settings &settings) override;
    void save(Settings &settings) override;

private:
    const std::unique_ptr<Ui::AppearancePage> m_ui;
};

} // namespace tickerline
