#pragma once

#include "SettingsPage.h"

#include <memory>

namespace Ui {
class DataPage;
}

namespace tickerline {

// Where ticks are recorded, and for how long. The store opens its database
// once at start-up, so a new location applies from the next start; a new
// retention applies at once.
class DataPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataPage)
public:
    // defaultLocation: the database used when the setting is empty, shown as
    // the edit's placeholder.
    explicit DataPage(const QString &defaultLocation, QWidget *parent = nullptr);
    ~DataPage() override;

    [[nodiscard]] QString title() const override;
    void load(const Settings &settings) override;
    void save(Settings &settings) override;

private:
    void handleBrowse();
    void updateButtons();

    const std::unique_ptr<Ui::DataPage> m_ui;
    const QString m_defaultLocation;
};

} // namespace tickerline
